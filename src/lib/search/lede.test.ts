import { describe, expect, test } from 'vitest';
import { buildSearchIndex } from './build-index.ts';
import { createSearch } from './client.ts';
import { PLACES, ledeSuffices, packPlaces, placeAt } from './lede.ts';
import { memoryFetch } from './test/real-documents.ts';
import type { SearchDocument } from './types.ts';

const unit = (...terms: string[]) => ({ terms: new Map(terms.map((term) => [term, 1])) });

describe('where a term stands', () => {
  test('packed places drop trailing body places and read back the same', () => {
    const places = '1020100';
    const packed = packPlaces(places);
    expect(packed).toBe('10201');
    expect([...places].map((_, j) => placeAt(packed, j))).toEqual([...places]);
    expect(packPlaces('000')).toBe('');
  });

  test('the lede suffices when every unit is in it or not in the body at all', () => {
    const at = new Map([
      ['kim', PLACES.lede],
      ['kims', PLACES.body],
      ['train', PLACES.body],
      ['watson', PLACES.outside],
    ]);
    const place = (term: string) => at.get(term);
    expect(ledeSuffices([unit('kim')], place)).toBe(true);
    // One form of the word in the lede is enough for that word.
    expect(ledeSuffices([unit('kims', 'kim')], place)).toBe(true);
    expect(ledeSuffices([unit('kim'), unit('train')], place)).toBe(false);
    // A byline-only word, or one the story lacks (a partial answer), asks nothing of the body.
    expect(ledeSuffices([unit('kim'), unit('watson'), unit('zebra')], place)).toBe(true);
    // A quoted phrase is checked in the whole text.
    expect(ledeSuffices([{ terms: new Map(), sequence: ['armored', 'train'] }], place)).toBe(false);
  });
});

describe('a result read from the lede file', () => {
  const story = (id: string, date: string, paragraphs: string[]): SearchDocument => ({
    id,
    url: `/articles/${id}/`,
    title: `Report ${id}`,
    authors: ['Dana Byline'],
    outlet: 'Fixture Post',
    date,
    paragraphs,
  });
  const docs = [
    story('a', '2023-09-05', [
      'VLADIVOSTOK – Kim Jong Un arrived by train on Tuesday.',
      'Officials said the talks would last two days.',
      'The armored train crossed the border at dawn.',
    ]),
    story('b', '2023-09-04', ['Officials met in Moscow.', 'Kim was not there.']),
  ];
  const index = buildSearchIndex(docs);
  const run = async (query: string) => {
    const { fetch, requests } = memoryFetch(index.files);
    const response = await createSearch({ manifestUrl: `/search-index/${index.manifest}`, fetch }).search(query);
    const read = (kind: 'doc' | 'lede') => requests.filter((url) => url.includes(`/${kind}.`)).length;
    return { response, stories: read('doc'), ledes: read('lede') };
  };

  test('a word in the lede fetches the lede file and shows the lede, as the whole story would', async () => {
    const { response, stories, ledes } = await run('Vladivostok');
    expect([stories, ledes]).toEqual([0, 1]);
    expect(response.hits[0]?.paragraph).toBe(1);
    expect(response.hits[0]?.snippet.text).toContain('VLADIVOSTOK – Kim Jong Un arrived by train');
  });

  test('a word found later in the body fetches the whole story and shows its paragraph', async () => {
    const { response, stories, ledes } = await run('armored');
    expect([stories, ledes]).toEqual([1, 0]);
    expect(response.hits[0]?.paragraph).toBe(3);
  });

  test('each hit is read from the file that shows it: Kim is in a’s lede but only in b’s second paragraph', async () => {
    const { response, stories, ledes } = await run('Kim');
    expect(response.hits.map((hit) => [hit.id, hit.paragraph]).sort()).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    expect([stories, ledes]).toEqual([1, 1]);
  });

  test('a byline-only word reads the lede; a phrase is checked and shown from the whole story', async () => {
    expect((await run('Dana')).stories).toBe(0);
    const phrase = await run('"armored train"');
    expect(phrase.response.hits.map((hit) => hit.id)).toEqual(['a']);
    expect(phrase.response.hits[0]?.paragraph).toBe(3);
    expect(phrase.ledes).toBe(0);
  });
});
