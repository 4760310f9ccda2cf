import { describe, expect, it } from 'vitest';
import { articleFileName } from './article-file.ts';
import { tokenize } from './search/normalize.ts';
import { slugify } from './slug.ts';
import { foldCase, foldQuotes } from './text-fold.ts';
import { wordKey } from './threads/normalize.ts';

describe('one diacritic policy', () => {
  it.each([
    ['Pérez', 'perez'],
    ['Straße', 'strasse'],
    ['Øresund', 'oresund'],
    ['Łódź', 'lodz'],
    ['ﬁnance', 'finance'],
  ])('search, threads and slugs all read %s as %s', (written, folded) => {
    expect(foldCase(written)).toBe(folded);
    expect(tokenize(written).map((token) => token.term)).toEqual([folded]);
    expect(wordKey(written)).toBe(folded);
    expect(slugify(written)).toBe(folded);
    expect(articleFileName('2023-09-04', written)).toBe(`2023-09-04-${folded}.md`);
  });

  it('makes every apostrophe and quote mark one', () => {
    expect(foldQuotes('‘Kim’s’ “deal” Russiaʼs')).toBe(`'Kim's' "deal" Russia's`);
  });
});
