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
 *   index coded, so filters and date sort need no other file; it lists the meta files.
 * - **meta** and **text** (`meta.<hash>.json`, `text.<hash>.json`): headline,
 *   byline, link; and the paragraphs a snippet is cut from, fetched only for
 *   the hits shown.
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
  type Manifest,
  type MetaRow,
  type MetaShard,
  type PostingsShard,
  type Table,
  type VocabChunk,
} from './index-format.ts';
import { tokenize } from './normalize.ts';
import {
  BM25,
  FIELD_WEIGHTS,
  HASH_LENGTH,
  META_DOCS_PER_SHARD,
  POSTINGS_SHARD_BYTES,
  SCORE_SCALE,
  TEXT_DOCS_PER_SHARD,
} from './options.ts';
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
  const table: Table = {
    days: runLengths(stories.map((doc) => dayNumber(doc.date))),
    outlets: stories.map((doc) => outletNames.indexOf(doc.outlet)),
    meta: chunk(stories, META_DOCS_PER_SHARD).map((group) => emit('meta', metaShard(group, emit))),
  };

  const manifest: Manifest = {
    v: 1,
    docs: stories.length,
    outlets: outletNames.map((name) => [name, stories.filter((doc) => doc.outlet === name).length]),
    first: stories.at(-1)?.date ?? '',
    last: stories[0]?.date ?? '',
    table: emit('table', table),
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

/** A term's occurrences while counting: the stories, and their per-field counts flat (`FIELDS.length` each). */
interface RawPostings {
  stories: number[];
  counts: number[];
}

/** Term → `[story numbers ascending, BM25F scores as integers]`. */
function scoreTerms(stories: readonly SearchDocument[]): Map<string, [number[], number[]]> {
  const fieldCount = FIELDS.length;
  const raw = new Map<string, RawPostings>();
  const lengths: number[][] = [];
  stories.forEach((doc, story) => {
    const texts: Record<Field, string[]> = { title: [doc.title], authors: doc.authors, body: doc.paragraphs };
    const docLengths: number[] = [];
    FIELDS.forEach((field, f) => {
      // Count within the story first: the archive-wide map is then touched once per distinct term.
      const local = new Map<string, number>();
      let length = 0;
      for (const text of texts[field]) {
        for (const token of tokenize(text)) {
          length += 1;
          local.set(token.term, (local.get(token.term) ?? 0) + 1);
          for (const part of token.parts ?? []) local.set(part, (local.get(part) ?? 0) + 1);
        }
      }
      for (const [term, count] of local) {
        let postings = raw.get(term);
        if (!postings) raw.set(term, (postings = { stories: [], counts: [] }));
        // Stories are visited in order, so this story's entry, if any, is the last one.
        if (postings.stories.at(-1) !== story) {
          postings.stories.push(story);
          for (let i = 0; i < fieldCount; i++) postings.counts.push(0);
        }
        postings.counts[postings.counts.length - fieldCount + f] = count;
      }
      docLengths.push(length);
    });
    lengths.push(docLengths);
  });

  const averages = FIELDS.map((_, f) => lengths.reduce((sum, l) => sum + (l[f] ?? 0), 0) / (stories.length || 1) || 1);
  // Per story and field: weight / BM25 length normalization, the same for every term.
  const factors = lengths.map((docLengths) =>
    FIELDS.map(
      (field, f) => FIELD_WEIGHTS[field] / (1 - BM25.b + (BM25.b * (docLengths[f] ?? 0)) / (averages[f] ?? 1)),
    ),
  );
  const postings = new Map<string, [number[], number[]]>();
  for (const [term, { stories: termStories, counts }] of raw) {
    const df = termStories.length;
    const idf = Math.log(1 + (stories.length - df + 0.5) / (df + 0.5));
    const scores = termStories.map((story, j) => {
      let tf = 0;
      for (let f = 0; f < fieldCount; f++) tf += (factors[story]?.[f] ?? 0) * (counts[j * fieldCount + f] ?? 0);
      return Math.max(1, Math.round(((idf * tf) / (BM25.k1 + tf)) * SCORE_SCALE));
    });
    postings.set(term, [termStories, scores]);
  }
  return postings;
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

function metaShard(group: readonly SearchDocument[], emit: (kind: FileKind, value: unknown) => string): MetaShard {
  return {
    docs: group.map((doc): MetaRow => {
      const row: MetaRow = [doc.id, doc.url, doc.title, doc.authors];
      if (doc.thread) row.push({ url: doc.thread.url, outlets: doc.thread.outlets });
      return row;
    }),
    text: chunk(group, TEXT_DOCS_PER_SHARD).map((texts) =>
      emit(
        'text',
        texts.map((doc) => doc.paragraphs),
      ),
    ),
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

function chunk<T>(items: readonly T[], size: number): T[][] {
  const groups: T[][] = [];
  for (let i = 0; i < items.length; i += size) groups.push(items.slice(i, i + size));
  return groups;
}

const contentHash = (body: string): string => createHash('sha256').update(body).digest('hex').slice(0, HASH_LENGTH);

// Code-unit order, not locale order: the same on every machine and what the client's binary search expects.
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
