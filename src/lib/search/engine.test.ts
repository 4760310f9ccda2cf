import { describe, expect, test } from 'vitest';
import { buildSearchIndex } from './build-index.ts';
import { createSearch } from './client.ts';
import { SNIPPET_LENGTH } from './options.ts';
import { CALLER, NYT, memoryFetch, twoRealStories } from './test/real-documents.ts';
import type { SearchDocument, SearchOptions } from './types.ts';

const docs = twoRealStories();
const index = buildSearchIndex(docs);
const manifestUrl = `/search-index/${index.manifest}`;
const client = () => {
  const { fetch, requests } = memoryFetch(index.files);
  return { search: createSearch({ manifestUrl, fetch }), requests };
};
const { search } = client();
const ids = async (query: string, options?: SearchOptions) =>
  (await search.search(query, options)).hits.map((hit) => hit.id);

describe('the engine on the two real articles', () => {
  // Query → ids in the order expected. CALLER is the Daily Caller story (Sept. 5), NYT the Times story (Sept. 4).
  test.each<[string, string[]]>([
    // names (body; the byline field is boosted)
    ['Adrienne Watson', [CALLER, NYT]],
    ['Kirby', [CALLER, NYT]],
    ['Edward Wong', [NYT]],
    ['Jake Smith', [CALLER]],
    // places: Vladivostok is in the Caller's headline
    ['Vladivostok', [CALLER, NYT]],
    ['Pyongyang', [CALLER, NYT]],
    ['Moscow', [CALLER, NYT]],
    ['Pyöngyang', [CALLER, NYT]],
    // typos
    ['Vladivostock', [CALLER, NYT]],
    ['Pyongayng', [CALLER, NYT]],
    ['vladivostk', [CALLER, NYT]],
    ['Adriene Watsno', [CALLER, NYT]],
    // hyphens: the Times writes anti-tank, the Caller antitank
    ['anti-tank', [CALLER, NYT]],
    ['antitank', [CALLER, NYT]],
    ['anti tank', [CALLER, NYT]],
    ['Kim Jong-Un', [NYT, CALLER]],
    // dotted acronyms: the Times writes DPRK, the Caller D.P.R.K.
    ['DPRK', [CALLER, NYT]],
    ['D.P.R.K.', [CALLER, NYT]],
    ['d.p.r.k', [CALLER, NYT]],
    // possessives and quotes
    ['Russia’s', [CALLER, NYT]],
    ["Russia's Pacific", [CALLER]],
    // phrases: only the Times has "armored train"
    ['"armored train"', [NYT]],
    ['“armored train”', [NYT]],
    ['"train armored"', []],
    ['"full support"', [CALLER]],
    // several words: only stories with all of them
    ['Putin armored', [NYT]],
    ['submarines satellite', [CALLER, NYT]],
    ['submarines satellite ', [CALLER, NYT]],
    ['"submarines" "satellite"', [CALLER]],
    // a word no story has: the others' stories are a partial answer (see below)
    ['zebra Vladivostok', [CALLER, NYT]],
    // misses
    ['zebra', []],
    ['xylophone', []],
    ['qqq', []],
    ['"Vladivostok Putin"', []],
  ])('%s', async (query, expected) => {
    expect(await ids(query)).toEqual(expected);
  });

  test('a word no story has makes the answer partial, never a match', async () => {
    const response = await search.search('zebra Vladivostok');
    expect(response.partial).toBe(true);
    expect((await search.search('Vladivostok')).partial).toBeUndefined();
  });

  test('reports what each word matched', async () => {
    const { terms } = await search.search('Vladivostock anti tank zebra');
    expect(terms).toEqual([
      { input: 'Vladivostock', matched: ['vladivostok'] },
      { input: 'anti', matched: ['anti', 'antitank'] },
      { input: 'tank', matched: ['tank', 'antitank'] },
      { input: 'zebra', matched: [] },
    ]);
  });

  test('filters by outlet and dates, sorts by date, limits', async () => {
    expect(await ids('Kim Jong Un')).toEqual([NYT, CALLER]);
    expect(await ids('Kim Jong Un', { sort: 'date' })).toEqual([CALLER, NYT]);
    expect(await ids('Putin', { outlet: 'The New York Times' })).toEqual([NYT]);
    expect(await ids('Putin', { outlet: 'Nobody' })).toEqual([]);
    expect(await ids('Putin', { from: '2023-09-05' })).toEqual([CALLER]);
    expect(await ids('Putin', { to: '2023-09-04' })).toEqual([NYT]);
    expect(await ids('Putin', { from: '2023-09-04', to: '2023-09-05' })).toHaveLength(2);
    const limited = await search.search('Putin', { limit: 1 });
    expect(limited.total).toBe(2);
    expect(limited.hits).toHaveLength(1);
  });

  test('an empty query and recent() list the newest stories', async () => {
    expect((await search.recent()).hits.map((hit) => hit.id)).toEqual([CALLER, NYT]);
    expect((await search.search('  ')).hits.map((hit) => hit.id)).toEqual([CALLER, NYT]);
    const times = await search.recent({ outlet: 'The New York Times' });
    expect(times.total).toBe(1);
    expect(times.hits[0]).toMatchObject({
      id: NYT,
      href: `/articles/${NYT}/`,
      outlet: 'The New York Times',
      date: '2023-09-04',
    });
    expect(times.hits[0]?.snippet.text).toMatch(/^WASHINGTON – Kim Jong Un, the leader of North Korea, .*…$/);
  });

  test('facets come with the manifest', async () => {
    expect(await search.facets()).toEqual({
      outlets: [
        { name: 'Daily Caller News Foundation', count: 1, slug: 'daily-caller-news-foundation' },
        { name: 'The New York Times', count: 1, slug: 'the-new-york-times' },
      ],
      firstDate: '2023-09-04',
      lastDate: '2023-09-05',
    });
  });
});

describe('hits', () => {
  const marked = (text: string, ranges: [number, number][]) => ranges.map(([s, e]) => text.slice(s, e));

  test('a typo is highlighted as the word in the text, and the link opens its paragraph', async () => {
    const [caller, nyt] = (await search.search('Vladivostock')).hits;
    expect(caller).toMatchObject({
      id: CALLER,
      url: `/articles/${CALLER}/`,
      outlet: 'Daily Caller News Foundation',
      authors: ['Jake Smith'],
      date: '2023-09-05',
      paragraph: 2,
      href: `/articles/${CALLER}/#p2:~:text=travel%20to-,Vladivostok`,
    });
    expect(marked(caller?.title ?? '', caller?.titleMatches ?? [])).toEqual(['Vladivostok']);
    expect(marked(caller?.snippet.text ?? '', caller?.snippet.matches ?? [])).toEqual(['Vladivostok']);
    expect(nyt?.titleMatches).toEqual([]);
    expect(nyt?.href).toBe(`/articles/${NYT}/#p2:~:text=train%2C%20to-,Vladivostok`);
  });

  test('the snippet is cut from the paragraph at word boundaries, the cut marked with an ellipsis', async () => {
    const [hit] = (await search.search('Kirby', { outlet: 'The New York Times' })).hits;
    const paragraph = docs.find((doc) => doc.id === NYT)?.paragraphs[4] ?? '';
    const { text, matches } = hit?.snippet ?? { text: '', matches: [] };
    // Kirby sits near the end of a long paragraph: the snippet is its last SNIPPET_LENGTH characters, from a word start.
    expect(paragraph.length).toBeGreaterThan(SNIPPET_LENGTH);
    expect(text.startsWith('…')).toBe(true);
    expect(paragraph.endsWith(text.slice(1))).toBe(true);
    expect(paragraph.at(paragraph.length - text.length)).toBe(' ');
    expect(text.length - 1).toBeLessThanOrEqual(SNIPPET_LENGTH);
    expect(marked(text, matches)).toEqual(['Kirby']);
    expect(hit?.href).toBe(`/articles/${NYT}/#p5:~:text=John%20F.-,Kirby`);
  });

  test('a phrase is one highlight; the link carries the exact text', async () => {
    const [hit] = (await search.search('"armored train"')).hits;
    expect(hit?.paragraph).toBe(2);
    expect(marked(hit?.snippet.text ?? '', hit?.snippet.matches ?? [])).toEqual(['armored train']);
    expect(hit?.href).toBe(`/articles/${NYT}/#p2:~:text=probably%20by-,armored%20train`);
  });

  test('hyphenated and dotted forms are highlighted as written, with - encoded in the link', async () => {
    const hits = (await search.search('anti tank')).hits;
    expect(hits.map((hit) => marked(hit.snippet.text, hit.snippet.matches))).toEqual([['antitank'], ['anti-tank']]);
    expect(hits[1]?.href).toBe(`/articles/${NYT}/#p3:~:text=shells%20and-,anti%2Dtank`);
    const dotted = (await search.search('DPRK')).hits[0];
    expect(marked(dotted?.snippet.text ?? '', dotted?.snippet.matches ?? [])).toEqual(['D.P.R.K.']);
  });

  test('several words pick the paragraph holding most of them and link the span between', async () => {
    const [hit] = (await search.search('Adrienne Watson', { outlet: 'The New York Times' })).hits;
    expect(hit?.paragraph).toBe(7);
    expect(hit?.href).toBe(`/articles/${NYT}/#p7:~:text=new%20intelligence%2C-,Adrienne%20Watson`);
  });

  test('a match only in the byline links the story itself', async () => {
    const [hit] = (await search.search('Wong')).hits;
    expect(hit?.paragraph).toBeUndefined();
    expect(hit?.href).toBe(`/articles/${NYT}/`);
    expect(hit?.snippet.matches).toEqual([]);
  });
});

describe('two words that also form one', () => {
  const story = (id: string, text: string): SearchDocument => ({
    id,
    url: `/articles/${id}/`,
    title: id,
    authors: ['Reporter'],
    outlet: 'Gazette',
    date: '2024-01-01',
    paragraphs: [text],
  });
  const stories = [
    story('hyphen', 'They sent anti-tank guns.'),
    story('joined', 'They sent antitank guns.'),
    story('spaced', 'They sent anti tank guns.'),
    story('apart', 'An anti-aircraft battery guarded the tank depot.'),
  ];
  const built = buildSearchIndex(stories);
  const engine = createSearch({
    manifestUrl: `/search-index/${built.manifest}`,
    fetch: memoryFetch(built.files).fetch,
  });
  const found = async (query: string) => (await engine.search(query)).hits.map((hit) => hit.id).sort();

  test('`anti tank` finds the joined term or the two words in a row, not the two words apart', async () => {
    expect(await found('anti tank')).toEqual(['hyphen', 'joined', 'spaced']);
  });

  test('`anti-tank` and `antitank` find the joined term', async () => {
    expect(await found('anti-tank')).toEqual(['hyphen', 'joined']);
    expect(await found('antitank')).toEqual(['hyphen', 'joined']);
  });

  test('the words alone still find every story holding them', async () => {
    expect(await found('tank')).toEqual(['apart', 'hyphen', 'spaced']);
  });
});
