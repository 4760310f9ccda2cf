/**
 * The browser's view of the index files: each loaded once (two asks while in
 * flight share one fetch) and kept for the page's life; a failed fetch is not
 * kept, so the next query retries it. Only the manifest is fetched up front.
 */
import type FuseType from 'fuse.js';
import { ERRORS, SearchIndexError } from './errors.ts';
import {
  bucketOf,
  dayNumber,
  docFileName,
  ledeFileName,
  fileName,
  firstChar,
  vocabChunkKey,
  type FileKind,
  type Manifest,
  type PostingsShard,
  type StemFile,
  type StoryFile,
  type Table,
  type TailFile,
  type VocabChunk,
} from './index-format.ts';
import { placeAt } from './lede.ts';
import { postingsHashOf, termIndex } from './vocab-lookup.ts';
import { STEM_BUCKETS, TAIL_BUCKETS } from './options.ts';

export type Fuse = typeof FuseType;

export interface LoadedChunk {
  /** The chunk's terms, sorted by code unit. */
  terms: string[];
  data: VocabChunk;
  /** Built on the chunk's first typo. */
  fuse?: FuseType<string>;
}

export interface Postings {
  docs: number[];
  scores: number[];
  /** Where the term stands in each story, packed (`lede.ts`). */
  places: string;
}

/** The place (`lede.ts`) of a term in story `doc`, from its postings; undefined if the story lacks it. */
export function placeIn(postings: Postings, doc: number): string | undefined {
  const { docs } = postings;
  let low = 0;
  let high = docs.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = docs[mid] ?? 0;
    if (at === doc) return placeAt(postings.places, mid);
    if (at < doc) low = mid + 1;
    else high = mid - 1;
  }
  return undefined;
}

export interface LoadedTable {
  days: Int32Array;
  outlets: number[];
  /** `[name, slug]` by name; per story, indexes into it. */
  authorNames: [string, string][];
  authors: number[][];
}

export interface IndexLoader {
  manifest(): Promise<Manifest>;
  /** The vocabulary chunk of `key`, or undefined when the archive has no such terms. */
  chunk(key: string): Promise<LoadedChunk | undefined>;
  /** The chunk that would hold `term`. */
  chunkOf(term: string): Promise<LoadedChunk | undefined>;
  hasTerm(term: string): Promise<boolean>;
  postings(term: string): Promise<Postings>;
  stemFile(stem: string): Promise<StemFile>;
  tailFile(key: string): Promise<TailFile>;
  table(): Promise<LoadedTable>;
  story(doc: number): Promise<StoryFile>;
  /** Story `doc`'s file with its first paragraph only (`lede.ts`). */
  lede(doc: number): Promise<StoryFile>;
  /** Fuse.js itself, needed for typos only: it loads with the first one. */
  fuse(): Promise<Fuse>;
}

/** A loader over the index at `manifestUrl` (its other files sit beside it); the manifest is requested at once. */
export function createLoader(manifestUrl: string, fetchFile: typeof fetch): IndexLoader {
  const base = manifestUrl.slice(0, manifestUrl.lastIndexOf('/') + 1);
  const files = new Map<string, Promise<unknown>>();
  const chunks = new Map<string, Promise<LoadedChunk>>();
  const postingsCache = new Map<string, Promise<Postings>>();

  const loadJson = <T>(url: string): Promise<T> =>
    memo(files, url, () =>
      fetchFile(url).then(
        (response) => {
          if (!response.ok) throw new SearchIndexError(ERRORS.fetchFailed(url, response.status));
          return response.json();
        },
        (error: unknown) => {
          throw new SearchIndexError(ERRORS.fetchFailed(url, error instanceof Error ? error.message : String(error)));
        },
      ),
    ) as Promise<T>;
  const loadFile = <T>(kind: FileKind, hash: string): Promise<T> => loadJson<T>(base + fileName(kind, hash));

  const manifest = retryable(() =>
    loadJson<Manifest>(manifestUrl).then((loaded) => {
      if (loaded?.v !== 3) throw new SearchIndexError(ERRORS.badManifest(manifestUrl));
      return loaded;
    }),
  );
  // Start at once; a failure reaches whoever asks next, and is retried then.
  manifest().catch(() => {});

  const table = retryable(() =>
    manifest()
      .then((loaded) => loadFile<Table>('table', loaded.table))
      .then((loaded): LoadedTable => {
        const days = new Int32Array(loaded.outlets.length);
        let i = 0;
        for (const [day, count] of loaded.days) days.fill(day, i, (i += count));
        return { days, outlets: loaded.outlets, authorNames: loaded.authorNames ?? [], authors: loaded.authors ?? [] };
      }),
  );

  const chunk = (key: string): Promise<LoadedChunk | undefined> =>
    manifest().then((loaded) => {
      const hash = loaded.vocab[key];
      if (!hash) return undefined;
      return memo(chunks, key, () => loadFile<VocabChunk>('vocab', hash).then((data) => ({ data, terms: data.terms })));
    });
  const chunkOf = (term: string) => chunk(vocabChunkKey(firstChar(term), term.length));

  const postings = (term: string): Promise<Postings> =>
    memo(postingsCache, term, () =>
      chunkOf(term).then(async (loaded) => {
        const hash = loaded && postingsHashOf(loaded.data, term);
        if (!hash) return { docs: [], scores: [], places: '' };
        const file = await loadFile<PostingsShard>('postings', hash);
        const [deltas = [], scores = [], places = ''] = file[term] ?? [];
        let doc = 0;
        return { docs: deltas.map((delta) => (doc += delta)), scores, places };
      }),
    );

  return {
    manifest,
    chunk,
    chunkOf,
    hasTerm: async (term) => {
      const loaded = await chunkOf(term);
      return loaded ? termIndex(loaded.terms, term) >= 0 : false;
    },
    postings,
    stemFile: (stem) =>
      manifest().then((loaded) => loadFile<StemFile>('stems', loaded.stems[bucketOf(stem, STEM_BUCKETS)] ?? '')),
    tailFile: (key) =>
      manifest().then((loaded) => loadFile<TailFile>('tails', loaded.tails[bucketOf(key, TAIL_BUCKETS)] ?? '')),
    table,
    story: (doc) => manifest().then((loaded) => loadJson<StoryFile>(base + docFileName(doc, loaded.docHash))),
    lede: (doc) => manifest().then((loaded) => loadJson<StoryFile>(base + ledeFileName(doc, loaded.docHash))),
    fuse: retryable((): Promise<Fuse> => import('fuse.js/basic').then((module) => module.default)),
  };
}

/** Stories passing the filters, as a predicate on story numbers; the table loads only for a filter. */
export async function filterOf(
  loader: IndexLoader,
  options: {
    outlet?: string | undefined;
    author?: string | undefined;
    from?: string | undefined;
    to?: string | undefined;
  },
): Promise<(doc: number) => boolean> {
  if (!options.outlet && !options.author && !options.from && !options.to) return () => true;
  const [manifest, table] = await Promise.all([loader.manifest(), loader.table()]);
  const outlet = options.outlet === undefined ? -1 : manifest.outlets.findIndex(([name]) => name === options.outlet);
  if (options.outlet && outlet < 0) return () => false;
  const author = options.author ? table.authorNames.findIndex(([name]) => name === options.author) : -1;
  if (options.author && author < 0) return () => false;
  const from = options.from ? dayNumber(options.from) : -Infinity;
  const to = options.to ? dayNumber(options.to) : Infinity;
  return (doc) => {
    const day = table.days[doc] ?? 0;
    return (
      (outlet < 0 || table.outlets[doc] === outlet) &&
      (author < 0 || (table.authors[doc]?.includes(author) ?? false)) &&
      day >= from &&
      day <= to
    );
  };
}

/** The cached promise for `key`, made on first ask; a rejected one is dropped so the next ask retries. */
export function memo<K, T>(cache: Map<K, Promise<T>>, key: K, make: () => Promise<T>): Promise<T> {
  let promise = cache.get(key);
  if (!promise) {
    promise = make();
    promise.catch(() => cache.delete(key));
    cache.set(key, promise);
  }
  return promise;
}

/** `make()` once, again only after it fails. */
function retryable<T>(make: () => Promise<T>): () => Promise<T> {
  const cache = new Map<0, Promise<T>>();
  return () => memo(cache, 0, make);
}
