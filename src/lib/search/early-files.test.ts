import { describe, expect, test } from 'vitest';
import { buildSearchIndex } from './build-index.ts';
import { createSearch } from './client.ts';
import { earlyFiles, earlyPostingsFiles } from './early-files.ts';
import type { Manifest, VocabChunk } from './index-format.ts';
import { memoryFetch, twoRealStories } from './test/real-documents.ts';

const index = buildSearchIndex(twoRealStories());
const manifestUrl = `/search-index/${index.manifest}`;
const manifest = JSON.parse(index.files.find((file) => file.path === index.manifest)?.body ?? '') as Manifest;

/** The files the engine itself fetches for `query`, in a fresh client. */
async function filesFetchedFor(query: string): Promise<string[]> {
  const { fetch, requests } = memoryFetch(index.files);
  await createSearch({ manifestUrl, fetch }).search(query);
  return requests.map(String);
}

describe('the files named early for a query from the address', () => {
  test('are vocabulary files the engine then asks for itself', async () => {
    for (const query of ['Vladivostok', 'Putin Kim', 'Kim -armored', 'Putin OR weapons']) {
      const early = earlyFiles(manifest, manifestUrl, query);
      expect(early.length, query).toBeGreaterThan(0);
      expect(
        early.every((url) => /\/search-index\/vocab\.[0-9a-f]{12}\.json$/.test(url)),
        query,
      ).toBe(true);
      const fetched = await filesFetchedFor(query);
      for (const url of early) expect(fetched, `${query}: ${url}`).toContain(url);
    }
  });

  test('are one per chunk, and none for a word it cannot name without the engine', () => {
    expect(earlyFiles(manifest, manifestUrl, 'Putin putin PUTIN')).toHaveLength(1);
    expect(earlyFiles(manifest, manifestUrl, '')).toEqual([]);
    expect(earlyFiles(manifest, manifestUrl, 'Pérez')).toEqual([]);
  });
});

/** The vocabulary chunk a URL names, as the built index holds it. */
const chunkAt = (url: string): VocabChunk =>
  JSON.parse(index.files.find((file) => url.endsWith(`/${file.path}`))?.body ?? '') as VocabChunk;

describe('the postings files named early, from a vocabulary chunk as it comes in', () => {
  test('are postings files the engine then asks for itself', async () => {
    for (const query of ['Vladivostok', 'Putin Kim', 'Putin OR weapons']) {
      const early = earlyFiles(manifest, manifestUrl, query).flatMap((url) =>
        earlyPostingsFiles(chunkAt(url), manifestUrl, query),
      );
      expect(early.length, query).toBeGreaterThan(0);
      expect(
        early.every((url) => /\/search-index\/postings\.[0-9a-f]{12}\.json$/.test(url)),
        query,
      ).toBe(true);
      const fetched = await filesFetchedFor(query);
      for (const url of early) expect(fetched, `${query}: ${url}`).toContain(url);
    }
  });

  test('are none for a word the chunk does not hold', () => {
    const [url = ''] = earlyFiles(manifest, manifestUrl, 'Vladivostok');
    expect(earlyPostingsFiles(chunkAt(url), manifestUrl, 'Vladivostoq')).toEqual([]);
    expect(earlyPostingsFiles(chunkAt(url), manifestUrl, '')).toEqual([]);
  });
});
