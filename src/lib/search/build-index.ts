/**
 * Builds the static search index from the archive's stories.
 *
 * Design (made for 10,000 stories and ~80,000 distinct words; one Fuse index
 * over whole bodies is 50 MB and seconds per query at that size):
 *
 * - **manifest** (`manifest.<hash>.json`, the only file a page loads up front):
 *   story count, outlets, date span, and the hashes of the table and of every
 *   vocabulary chunk: about 1 KB gzipped for the real archive, 1.5 KB at 10,000 stories.
 * - **vocabulary chunks** (`vocab.<hash>.json`): the distinct terms, split by first
 *   character and length band (`VOCAB_LENGTH_BANDS`), each a serialized Fuse.js
 *   index (`Fuse.createIndex(...).toJSON()`, loaded with `Fuse.parseIndex`). A query
 *   word fetches only the chunks whose lengths are within its typo budget, looks
 *   itself up exactly (binary search) and, only when absent, asks Fuse.
 * - **postings** (`postings.<hash>.json`): term → stories with precomputed BM25F
 *   scores (title and byline weighted by `FIELD_WEIGHTS`), neighbouring terms of
 *   one chunk sharing a file of about `POSTINGS_SHARD_BYTES`; the chunk lists them.
 * - **table** (`table.<hash>.json`): per-story date and outlet, run-length and
 *   index coded, fetched only when a filter is set.
 * - **story files** (`doc.<story>.<hash>.json`): one per story, with what a
 *   result shows (headline, byline, outlet, date, link) and the paragraphs a
 *   snippet is cut from, fetched only for the hits shown. Ranking, filters and
 *   date order never need them.
 *
 * Stories are numbered newest first (ties by id), so date order is story
 * order and postings are delta coded. Output is deterministic: everything is
 * sorted, and the same stories give byte-identical files.
 */
import { createHash } from 'node:crypto';
import Fuse from 'fuse.js';
import { ERRORS } from './errors.ts';
import {
  dayNumber,
  fileName,
  firstChar,
  vocabChunkKey,
  type FileKind,
  docFileName,
  type Manifest,
  type PostingsShard,
  type StoryFile,
  type Table,
  type VocabChunk,
} from './index-format.ts';
import { forEachTerm } from './normalize.ts';
import { BM25, FIELD_WEIGHTS, HASH_LENGTH, POSTINGS_SHARD_BYTES, SCORE_SCALE } from './options.ts';
import type { SearchDocument, SearchIndexFiles } from './types.ts';

type Field = keyof typeof FIELD_WEIGHTS;
const FIELDS = Object.keys(FIELD_WEIGHTS) as Field[];

/** The index files for `docs` (any order; ids unique, dates `YYYY-MM-DD`). */
export function buildSearchIndex(docs: readonly SearchDocument[]): SearchIndexFiles {
  const stories = sortStories(docs);
  const files = new Map<string, string>();
  const emit = (kind: FileKind, value: unknown): string => {
    const body = JSON.stringify(value);
    const hash = contentHash(body);
    files.set(fileName(kind, hash), body);
    return hash;
  };

  const postings = scoreTerms(stories);
  const vocab: Record<string, string> = {};
  for (const [key, terms] of vocabularyChunks([...postings.keys()].sort(byCodeUnit))) {
    vocab[key] = emit('vocab', vocabChunk(terms, postings, emit));
  }

  const outletNames = [...new Set(stories.map((doc) => doc.outlet))].sort(byCodeUnit);
  const outletNumbers = new Map(outletNames.map((name, i) => [name, i]));
  const table: Table = {
    days: runLengths(stories.map((doc) => dayNumber(doc.date))),
    outlets: stories.map((doc) => outletNumbers.get(doc.outlet) ?? -1),
  };
  const storyBodies = stories.map((doc) => JSON.stringify(storyFile(doc)));
  const storyHash = createHash('sha256');
  for (const body of storyBodies) storyHash.update(body).update('\n');
  const docHash = storyHash.digest('hex').slice(0, HASH_LENGTH);
  storyBodies.forEach((body, story) => files.set(docFileName(story, docHash), body));

  const manifest: Manifest = {
    v: 1,
    docs: stories.length,
    outlets: outletNames.map((name, i) => [name, table.outlets.filter((outlet) => outlet === i).length]),
    first: stories.at(-1)?.date ?? '',
    last: stories[0]?.date ?? '',
    table: emit('table', table),
    docHash,
    vocab,
  };
  const manifestBody = JSON.stringify(manifest);
  const manifestName = fileName('manifest', contentHash(manifestBody));
  files.set(manifestName, manifestBody);

  return {
    manifest: manifestName,
    files: [...files].sort(([a], [b]) => byCodeUnit(a, b)).map(([path, body]) => ({ path, body })),
  };
}

function sortStories(docs: readonly SearchDocument[]): SearchDocument[] {
  const ids = new Set<string>();
  for (const doc of docs) {
    if (ids.has(doc.id)) throw new Error(ERRORS.duplicateId(doc.id));
    if (!/^\d{4}-\d{2}-\d{2}$/.test(doc.date) || Number.isNaN(dayNumber(doc.date))) {
      throw new Error(ERRORS.badDate(doc.id, doc.date));
    }
    ids.add(doc.id);
  }
  return [...docs].sort((a, b) => byCodeUnit(b.date, a.date) || byCodeUnit(a.id, b.id));
}

/** Term → `[story numbers ascending, BM25F scores as integers]`. */
function scoreTerms(stories: readonly SearchDocument[]): Map<string, [number[], number[]]> {
  const fieldCount = FIELDS.length;
  // Terms are numbered as first seen, so that counting a word costs one map lookup and array increments.
  const termIds = new Map<string, number>();
  let storyCounts = new Int32Array(4096 * fieldCount);
  let lastSeen = new Int32Array(4096).fill(-1);
  const seen: number[] = [];
  // Every (term, story) pair in story order, in typed arrays rather than millions of small JS arrays.
  const entries = {
    terms: new Int32Array(1 << 16),
    stories: new Int32Array(1 << 16),
    counts: new Int32Array(fieldCount << 16),
  };
  let used = 0;
  const lengths: number[][] = [];
  let story = 0;
  let field = 0;
  const visit = (term: string): void => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = termIds.size;
      termIds.set(term, id);
      if (id >= lastSeen.length) {
        storyCounts = grown(storyCounts, storyCounts.length * 2);
        lastSeen = grown(lastSeen, lastSeen.length * 2).fill(-1, lastSeen.length);
      }
    }
    if (lastSeen[id] !== story) {
      lastSeen[id] = story;
      seen.push(id);
    }
    const slot = id * fieldCount + field;
    storyCounts[slot] = (storyCounts[slot] ?? 0) + 1;
  };
  for (; story < stories.length; story++) {
    const doc = stories[story] as SearchDocument;
    const texts: Record<Field, readonly string[]> = { title: [doc.title], authors: doc.authors, body: doc.paragraphs };
    const docLengths: number[] = [];
    for (field = 0; field < fieldCount; field++) {
      let length = 0;
      for (const text of texts[FIELDS[field] as Field]) length += forEachTerm(text, visit);
      docLengths.push(length);
    }
    lengths.push(docLengths);
    if (used + seen.length > entries.terms.length) {
      const size = Math.max(entries.terms.length * 2, used + seen.length);
      entries.terms = grown(entries.terms, size);
      entries.stories = grown(entries.stories, size);
      entries.counts = grown(entries.counts, size * fieldCount);
    }
    for (const id of seen) {
      entries.terms[used] = id;
      entries.stories[used] = story;
      for (let f = 0, slot = id * fieldCount; f < fieldCount; f++, slot++) {
        entries.counts[used * fieldCount + f] = storyCounts[slot] ?? 0;
        storyCounts[slot] = 0;
      }
      used += 1;
    }
    seen.length = 0;
  }

  const averages = FIELDS.map((_, f) => lengths.reduce((sum, l) => sum + (l[f] ?? 0), 0) / (stories.length || 1) || 1);
  // Per story and field: weight / BM25 length normalization, the same for every term.
  const factors = new Float64Array(stories.length * fieldCount);
  lengths.forEach((docLengths, i) =>
    FIELDS.forEach((name, f) => {
      factors[i * fieldCount + f] =
        FIELD_WEIGHTS[name] / (1 - BM25.b + (BM25.b * (docLengths[f] ?? 0)) / (averages[f] ?? 1));
    }),
  );

  // Group the pairs by term, keeping story order (a counting sort).
  const starts = new Int32Array(termIds.size + 1);
  for (let e = 0; e < used; e++) {
    const slot = (entries.terms[e] ?? 0) + 1;
    starts[slot] = (starts[slot] ?? 0) + 1;
  }
  for (let t = 0; t < termIds.size; t++) starts[t + 1] = (starts[t + 1] ?? 0) + (starts[t] ?? 0);
  const next = starts.slice(0, termIds.size);
  const order = new Int32Array(used);
  for (let e = 0; e < used; e++) {
    const t = entries.terms[e] ?? 0;
    order[next[t] ?? 0] = e;
    next[t] = (next[t] ?? 0) + 1;
  }

  const postings = new Map<string, [number[], number[]]>();
  for (const [term, id] of termIds) {
    const from = starts[id] ?? 0;
    const df = (starts[id + 1] ?? 0) - from;
    const idf = Math.log(1 + (stories.length - df + 0.5) / (df + 0.5));
    const docs = new Array<number>(df);
    const scores = new Array<number>(df);
    for (let j = 0; j < df; j++) {
      const e = order[from + j] ?? 0;
      const doc = entries.stories[e] ?? 0;
      let tf = 0;
      for (let f = 0; f < fieldCount; f++) {
        tf += (factors[doc * fieldCount + f] ?? 0) * (entries.counts[e * fieldCount + f] ?? 0);
      }
      docs[j] = doc;
      scores[j] = Math.max(1, Math.round(((idf * tf) / (BM25.k1 + tf)) * SCORE_SCALE));
    }
    postings.set(term, [docs, scores]);
  }
  return postings;
}

/** A copy of `array` with room for `size` values. */
function grown(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const copy = new Int32Array(size);
  copy.set(array);
  return copy;
}

/** Sorted terms grouped by `vocabChunkKey`, chunks in key order. */
function vocabularyChunks(sortedTerms: readonly string[]): [string, string[]][] {
  const chunks = new Map<string, string[]>();
  for (const term of sortedTerms) {
    const key = vocabChunkKey(firstChar(term), term.length);
    const terms = chunks.get(key) ?? [];
    terms.push(term);
    chunks.set(key, terms);
  }
  return [...chunks].sort(([a], [b]) => byCodeUnit(a, b));
}

function vocabChunk(
  terms: readonly string[],
  postings: ReadonlyMap<string, [number[], number[]]>,
  emit: (kind: FileKind, value: unknown) => string,
): VocabChunk {
  const hashes: string[] = [];
  const starts: number[] = [];
  let shard: PostingsShard = {};
  let shardBytes = 0;
  const flush = () => {
    if (shardBytes > 0) hashes.push(emit('postings', shard));
    shard = {};
    shardBytes = 0;
  };
  terms.forEach((term, i) => {
    const [stories = [], scores = []] = postings.get(term) ?? [];
    const entry: [number[], number[]] = [stories.map((story, j) => story - (stories[j - 1] ?? 0)), scores];
    const bytes = term.length + 8 + 2 * stories.length * 4;
    if (shardBytes > 0 && shardBytes + bytes > POSTINGS_SHARD_BYTES) flush();
    if (shardBytes === 0) starts.push(i);
    shard[term] = entry;
    shardBytes += bytes;
  });
  flush();
  const index = Fuse.createIndex([], terms).toJSON() as VocabChunk['index'];
  return { index, postings: hashes, starts };
}

function storyFile(doc: SearchDocument): StoryFile {
  const { id, url, title, authors, outlet, date, paragraphs, thread } = doc;
  return {
    id,
    url,
    title,
    authors,
    outlet,
    date,
    paragraphs,
    ...(thread ? { thread: { url: thread.url, outlets: thread.outlets } } : {}),
  };
}

function runLengths(values: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const value of values) {
    const last = runs.at(-1);
    if (last && last[0] === value) last[1] += 1;
    else runs.push([value, 1]);
  }
  return runs;
}

const contentHash = (body: string): string => createHash('sha256').update(body).digest('hex').slice(0, HASH_LENGTH);

// Code-unit order, not locale order: the same on every machine and what the client's binary search expects.
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
