import type { StoryFile } from './index-format.ts';
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { buildSearchIndex } from './build-index.ts';
import { createSearch } from './client.ts';
import { SearchIndexError } from './errors.ts';
import { CALLER, NYT, memoryFetch, twoRealStories } from './test/real-documents.ts';

const docs = twoRealStories();
const index = buildSearchIndex(docs);
const manifestUrl = `/search-index/${index.manifest}`;
const client = () => {
  const { fetch, requests } = memoryFetch(index.files);
  return { search: createSearch({ manifestUrl, fetch }), requests };
};

describe('the index files', () => {
  test('are deterministic: the same stories in any order give the same bytes', () => {
    expect(buildSearchIndex([...docs].reverse())).toEqual(index);
    expect(buildSearchIndex(structuredClone(docs))).toEqual(index);
  });

  test('list the outlets in the order the filter shows them, with their story counts', async () => {
    // Code-unit order would put "Zeta" before "abc" and "Été" last; the page shows them as they come.
    const outlets = ['Zeta Wire', 'abc News', 'Été Press', 'abc News'];
    const stories = outlets.map((outlet, i) => ({ ...structuredClone(docs[0]!), id: `story-${i}`, outlet }));
    const built = buildSearchIndex(stories);
    const { fetch } = memoryFetch(built.files);
    const facets = await createSearch({ manifestUrl: `/search-index/${built.manifest}`, fetch }).facets();
    expect(facets.outlets.map(({ name, count }) => [name, count])).toEqual([
      ['abc News', 2],
      ['Été Press', 1],
      ['Zeta Wire', 1],
    ]);
  });

  test('are named by kind and the hash of their content', () => {
    expect(index.files.map((f) => f.path)).toContain(index.manifest);
    const stories = index.files.filter(({ path }) => path.startsWith('doc.'));
    const ledes = index.files.filter(({ path }) => path.startsWith('lede.'));
    for (const { path, body } of index.files.filter((file) => !stories.includes(file) && !ledes.includes(file))) {
      const [, , hash] = /^(manifest|table|vocab|postings|stems|tails)\.([0-9a-f]{12})\.json$/.exec(path) ?? [];
      expect(hash, path).toBe(createHash('sha256').update(body).digest('hex').slice(0, 12));
    }
    // One file per story, named by its number and the hash of all story files together.
    const storyHash = createHash('sha256');
    stories.forEach((_, n) => {
      const file = stories.find(({ path }) => path.startsWith(`doc.${n}.`));
      storyHash.update(file?.body ?? '').update('\n');
    });
    const hash = storyHash.digest('hex').slice(0, 12);
    expect(stories.map(({ path }) => path).sort()).toEqual(docs.map((_, n) => `doc.${n}.${hash}.json`).sort());
    // Beside each, its lede file: the same story with its first paragraph only.
    expect(ledes.map(({ path }) => path).sort()).toEqual(docs.map((_, n) => `lede.${n}.${hash}.json`).sort());
    for (const [n] of docs.entries()) {
      const read = (files: typeof stories, kind: string) =>
        JSON.parse(files.find(({ path }) => path.startsWith(`${kind}.${n}.`))?.body ?? '{}') as StoryFile;
      const whole = read(stories, 'doc');
      const lede = read(ledes, 'lede');
      expect(lede).toEqual({ ...whole, paragraphs: whole.paragraphs.slice(0, 1) });
    }
  });

  test('change name when a story changes', () => {
    const edited = buildSearchIndex(docs.map((doc) => (doc.id === NYT ? { ...doc, title: `${doc.title}!` } : doc)));
    expect(edited.manifest).not.toBe(index.manifest);
  });

  test('reject duplicate ids and bad dates', () => {
    const [first] = docs;
    if (!first) throw new Error('no real documents');
    expect(() => buildSearchIndex([first, first])).toThrow(/share the id/);
    expect(() => buildSearchIndex([{ ...first, date: 'Sept. 4' }])).toThrow(/YYYY-MM-DD/);
  });

  test('an empty archive gives an index that finds nothing', async () => {
    const empty = buildSearchIndex([]);
    const { fetch } = memoryFetch(empty.files);
    const engine = createSearch({ manifestUrl: `/search-index/${empty.manifest}`, fetch });
    expect((await engine.search('Putin')).hits).toEqual([]);
    expect((await engine.recent()).total).toBe(0);
  });
});

describe('loading', () => {
  test('only the manifest loads before the first search; a query loads what its words need', async () => {
    const { search: engine, requests } = client();
    await engine.facets();
    expect(requests).toEqual([manifestUrl]);
    const { hits } = await engine.search('Kirby');
    const kinds = requests.map((url) => /\/(\w+)\.[^/]*$/.exec(url)?.[1]);
    expect(kinds.filter((kind) => kind === 'vocab').length).toBeLessThanOrEqual(2);
    expect(kinds.filter((kind) => kind === 'postings')).toEqual(['postings']);
    expect(kinds).not.toContain('table');
    expect(kinds.filter((kind) => kind === 'doc').length).toBe(hits.length);
    await engine.search('Kirby', { outlet: 'The New York Times' });
    expect(requests.filter((url) => url.includes('/table.')).length).toBe(1);
  });

  test('each file is fetched once, even when asked for by queries in flight together', async () => {
    const { search: engine, requests } = client();
    await Promise.all([engine.search('Vladivostok'), engine.search('Vladivostok'), engine.search('Vladivostock')]);
    await engine.search('Vladivostok');
    expect(new Set(requests).size).toBe(requests.length);
  });

  test('a repeated query is answered from memory, a different option is not', async () => {
    const { search: engine } = client();
    const first = engine.search('Vladivostok', { sort: 'date' });
    expect(engine.search('Vladivostok', { sort: 'date' })).toBe(first);
    expect(engine.search('Vladivostok', { sort: 'relevance' })).not.toBe(first);
    expect((await first).hits.map((hit) => hit.id)).toEqual([CALLER, NYT]);
  });

  test('a missing file is a clear error, and the next query retries', async () => {
    const { fetch } = memoryFetch(index.files);
    let fail = true;
    const flaky = (async (input: string) =>
      fail ? new Response('', { status: 503 }) : fetch(input)) as typeof globalThis.fetch;
    const engine = createSearch({ manifestUrl, fetch: flaky });
    await expect(engine.search('Putin')).rejects.toThrow(SearchIndexError);
    await expect(engine.search('Putin')).rejects.toThrow(`Could not load the search index (${manifestUrl}: 503).`);
    fail = false;
    expect((await engine.search('Putin')).total).toBe(2);
  });

  test('a manifest of another format is refused', async () => {
    const { fetch } = memoryFetch([{ path: 'manifest.x.json', body: '{"v":1}' }]);
    const engine = createSearch({ manifestUrl: '/search-index/manifest.x.json', fetch });
    await expect(engine.facets()).rejects.toThrow(/not one this page can read/);
  });
});
