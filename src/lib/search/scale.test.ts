import { describe, expect, test } from 'vitest';
import { buildSearchIndex } from './build-index.ts';
import { createSearch } from './client.ts';
import { memoryFetch } from './test/real-documents.ts';
import type { SearchDocument } from './types.ts';

/** A small seeded generator (mulberry32): the same archive on every run. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(42);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
const syllables = ['ka', 'lo', 'mir', 'ven', 'dra', 'sol', 'tik', 'por', 'bel', 'nu', 'gra', 'fen', 'zu', 'hal', 'ost'];
const vocabulary = [
  ...new Set(
    Array.from({ length: 3000 }, () =>
      Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(syllables)).join(''),
    ),
  ),
];
// Zipf-like: low indexes are common.
const word = () => vocabulary[Math.floor(vocabulary.length * next() ** 3)] as string;
const outlets = ['Daily Planet', 'The Bugle', 'Gazette'];

const docs: SearchDocument[] = Array.from({ length: 400 }, (_, i) => ({
  id: `story-${String(i).padStart(3, '0')}`,
  url: `/articles/story-${i}/`,
  title: Array.from({ length: 6 }, word).join(' '),
  authors: [`${word()} ${word()}`],
  outlet: pick(outlets),
  date: `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
  paragraphs: Array.from({ length: 4 }, () => Array.from({ length: 40 }, word).join(' ') + '.'),
}));

// The ground truth, independent of the engine: which stories contain the word anywhere.
const holders = (w: string) =>
  docs
    .filter((doc) => [doc.title, ...doc.authors, ...doc.paragraphs].some((text) => text.split(/[\s.]+/).includes(w)))
    .map((doc) => doc.id)
    .sort();

describe('a synthetic archive of 400 stories', () => {
  const index = buildSearchIndex(docs);
  const { fetch } = memoryFetch(index.files);
  const engine = createSearch({ manifestUrl: `/search-index/${index.manifest}`, fetch });
  const sample = [...new Set(Array.from({ length: 40 }, word))];

  test('every exact word, quoted, finds exactly the stories that contain it; unquoted, those first', async () => {
    for (const w of sample) {
      const expected = holders(w);
      const { total, hits } = await engine.search(`"${w}"`, { limit: 1000 });
      expect(total, w).toBe(expected.length);
      expect(hits.map((hit) => hit.id).sort(), w).toEqual(expected);
      const loose = await engine.search(w, { limit: 1000 });
      expect(
        loose.hits
          .slice(0, expected.length)
          .map((hit) => hit.id)
          .sort(),
        w,
      ).toEqual(expected);
    }
  });

  test('a word with one letter swapped or dropped finds the word meant', async () => {
    const long = sample.filter((w) => w.length >= 7).slice(0, 10);
    expect(long.length).toBeGreaterThan(3);
    for (const w of long) {
      const typo = w.slice(0, 3) + w.charAt(4) + w.charAt(3) + w.slice(5);
      if (vocabulary.includes(typo)) continue;
      const { terms } = await engine.search(typo);
      expect(terms[0]?.matched, `${typo} → ${w}`).toContain(w);
    }
  });

  test('two words: every hit has both', async () => {
    const [a = '', b = ''] = sample;
    const both = holders(a).filter((id) => holders(b).includes(id));
    const { hits, total } = await engine.search(`"${a}" "${b}"`, { limit: 1000 });
    expect(total).toBe(both.length);
    expect(hits.map((hit) => hit.id).sort()).toEqual(both);
  });

  test('words from elsewhere find nothing', async () => {
    for (const w of ['zebra', 'xylophone', 'quartz', 'qqqq']) expect((await engine.search(w)).total, w).toBe(0);
  });

  test('date order and filters hold across shards', async () => {
    const { hits } = await engine.search(sample[0] ?? '', {
      sort: 'date',
      outlet: 'The Bugle',
      from: '2024-03-01',
      limit: 1000,
    });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => hit.outlet === 'The Bugle' && hit.date >= '2024-03-01')).toBe(true);
    expect(hits.map((hit) => hit.date)).toEqual(
      hits
        .map((hit) => hit.date)
        .sort()
        .reverse(),
    );
  });

  test('the manifest stays small and a query fetches few files', async () => {
    const manifest = index.files.find((file) => file.path === index.manifest);
    // The vocabulary chunks' hashes, and the 2 × 64 of the word-form and first-letter-typo files.
    expect(manifest?.body.length).toBeLessThan(5000);
    const fresh = memoryFetch(index.files);
    await createSearch({ manifestUrl: `/search-index/${index.manifest}`, fetch: fresh.fetch }).search(sample[1] ?? '', {
      limit: 10,
    });
    // manifest, ≤2 vocabulary chunks, one postings file, one story file per hit shown; no table without a filter
    const kinds = fresh.requests.map((url) => /\/(\w+)\.[^/]*$/.exec(url)?.[1]);
    expect(kinds).not.toContain('table');
    expect(kinds.filter((kind) => kind === 'doc').length).toBeLessThanOrEqual(10);
    expect(fresh.requests.length).toBeLessThanOrEqual(4 + 10);
  });
});
