import { describe, expect, it } from 'vitest';
import { bibtexEntry, escapeBibtex } from './bibtex.ts';
import { KIM_STORY, PUTIN_STORY } from './real-stories.fixture.ts';
import { risRecord } from './ris.ts';
import { NYT_SLUG } from '../../../test/helpers/real-stories.ts';

const URL_KIM = `https://archive.example/articles/${NYT_SLUG}/`;

describe('BibTeX', () => {
  it('writes an @article entry keyed by the slug', () => {
    expect(bibtexEntry(KIM_STORY, URL_KIM, 'The Wire Archive')).toBe(
      [
        `@article{${NYT_SLUG},`,
        '  author = {Wong, Edward and Barnes, Julian E.},',
        '  title = {{[Kim Jong Un Plans to Travel to Russia to Meet Putin on Arms, U.S. Officials Say]}},',
        '  journal = {The New York Times},',
        '  year = {2023},',
        '  month = sep,',
        `  url = {${URL_KIM}},`,
        '  note = {Copy kept by The Wire Archive; headline supplied by the archive},',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('escapes BibTeX markup characters', () => {
    expect(escapeBibtex('AT&T 50% $5 #1 a_b {x} ~ ^ \\')).toBe(
      'AT\\&T 50\\% \\$5 \\#1 a\\_b \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
  });
});

describe('RIS', () => {
  it('writes a NEWS record with CRLF line ends and one AU per author', () => {
    const record = risRecord(PUTIN_STORY, 'https://archive.example/p/', 'The Wire Archive');
    expect(record.split('\r\n')).toEqual([
      'TY  - NEWS',
      'AU  - Smith, Jake',
      'TI  - [Putin and Kim Could Meet in Vladivostok for Talks on Weapons, Report Says]',
      'T2  - Daily Caller News Foundation',
      'PY  - 2023',
      'DA  - 2023/09/05/',
      `AB  - ${PUTIN_STORY.data.description}`,
      'UR  - https://archive.example/p/',
      'N1  - Copy kept by The Wire Archive; headline supplied by the archive',
      'LA  - en',
      'ER  - ',
      '',
    ]);
    expect(risRecord(KIM_STORY, 'u', 'A').match(/^AU {2}- /gm)).toHaveLength(2);
  });
});
