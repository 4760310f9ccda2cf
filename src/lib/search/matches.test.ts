import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from './build-index.ts';
import { createSearch } from './client.ts';
import { memoryFetch } from './test/real-documents.ts';
import type { SearchDocument } from './types.ts';

/** Six stories of known day, outlet and byline; "harbour" is in five of them. */
const doc = (n: number, date: string, outlet: string, authors: string[], text: string): SearchDocument => ({
  id: `story-${n}`,
  url: `/articles/story-${n}/`,
  title: `Story ${n}`,
  authors,
  outlet,
  date,
  paragraphs: [text],
});
const DOCS = [
  doc(1, '2023-09-01', 'The Example Herald', ['Pat Example'], 'The harbour opened.'),
  doc(2, '2023-09-01', 'Fixture Daily', ['Pat Example', 'Sam Sample'], 'A harbour story.'),
  doc(3, '2023-09-03', 'Fixture Daily', ['Sam Sample'], 'The harbour again.'),
  doc(4, '2023-09-10', 'The Example Herald', ['Zoë Ölçer'], 'Harbour news.'),
  doc(5, '2023-09-12', 'Fixture Daily', ['Pat Example'], 'Nothing to see.'),
  doc(6, '2023-09-20', 'The Example Herald', ['Sam Sample'], 'Harbour, last.'),
];
const index = buildSearchIndex(DOCS);
const search = () =>
  createSearch({ manifestUrl: `/search-index/${index.manifest}`, fetch: memoryFetch(index.files).fetch });

describe('the author filter and the matches of a query', () => {
  it('filters by author, by the name as bylines give it', async () => {
    const client = search();
    const hits = await client.search('harbour', { author: 'Sam Sample', sort: 'date' });
    expect(hits.hits.map((hit) => hit.id)).toEqual(['story-6', 'story-3', 'story-2']);
    expect((await client.search('harbour', { author: 'Nobody' })).total).toBe(0);
    expect((await client.recent({ author: 'Zoë Ölçer' })).hits.map((hit) => hit.id)).toEqual(['story-4']);
  });

  it("gives every match's day, outlet and authors, unfiltered, and the archive's slugs, without story files", async () => {
    const { fetch, requests } = memoryFetch(index.files);
    const client = createSearch({ manifestUrl: `/search-index/${index.manifest}`, fetch });
    const matches = await client.matches('harbour');
    expect(requests.filter((url) => /\/(doc|lede)\./.test(url))).toEqual([]);
    expect(matches.stories.map((story) => `${story.date} ${story.outlet} ${story.authors.join('+')}`).sort()).toEqual([
      '2023-09-01 Fixture Daily Pat Example+Sam Sample',
      '2023-09-01 The Example Herald Pat Example',
      '2023-09-03 Fixture Daily Sam Sample',
      '2023-09-10 The Example Herald Zoë Ölçer',
      '2023-09-20 The Example Herald Sam Sample',
    ]);
    expect(matches.stories.length).toBe((await client.search('harbour')).total);
    expect(matches.outlets).toEqual([
      { name: 'Fixture Daily', slug: 'fixture-daily' },
      { name: 'The Example Herald', slug: 'the-example-herald' },
    ]);
    expect(matches.authors).toContainEqual({ name: 'Zoë Ölçer', slug: 'zoe-olcer' });
    expect((await client.matches('')).stories.length).toBe(6);
    expect((await client.facets()).outlets.map((outlet) => outlet.slug)).toEqual([
      'fixture-daily',
      'the-example-herald',
    ]);
  });
});
