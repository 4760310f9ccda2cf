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
 *   character and length band (`VOCAB_LENGTH_BANDS`), sorted. A query word fetches
 *   only the chunks whose lengths are within its typo budget, looks itself up
 *   exactly (binary search) and, only when absent, asks Fuse, which indexes the
 *   chunk's terms in the browser: a serialized Fuse index (`createIndex().toJSON()`)
 *   adds a position and a norm to every term, 55% more bytes for what a few
 *   milliseconds recompute (7.0 KB against 4.5 KB gzipped for `v3` at 10,000 stories).
 * - **word forms** (`stems.<hash>.json`, `STEM_BUCKETS` files): stem → the
 *   terms of that class (`appoint` → appointed, appointment), names excepted
 *   (see `stem.ts`); a query word fetches the one file its stem hashes to.
 * - **first-letter typos** (`tails.<hash>.json`, `TAIL_BUCKETS` files): terms by
 *   their second and third letters (`tailKey`), fetched only to correct a word
 *   that finds nothing, since a slip of the first letter leaves its chunk behind.
 * - **postings** (`postings.<hash>.json`): term → stories with precomputed BM25F
 *   scores (title and byline weighted by `FIELD_WEIGHTS`) and where in each story
 *   the term stands (lede, body, elsewhere: `lede.ts`), neighbouring terms of
 *   one chunk sharing a file of about `POSTINGS_SHARD_BYTES`; the chunk lists them.
 * - **table** (`table.<hash>.json`): per-story date and outlet, run-length and
 *   index coded, fetched only when a filter is set.
 * - **story files** (`doc.<story>.<hash>.json`): one per story, with what a
 *   result shows (headline, byline, outlet, date, link) and the paragraphs a
 *   snippet is cut from, fetched only for the hits shown. Ranking, filters and
 *   date order never need them. Beside each, its **lede file**
 *   (`lede.<story>.<hash>.json`): the same with the first paragraph only, which
 *   is all a hit needs when the postings say the query's words are in it
 *   (`lede.ts`): about a fifth of the bytes.
 *
 * Stories are numbered newest first (ties by id), so date order is story
 * order and postings are delta coded. Output is deterministic: everything is
 * sorted, and the same stories give byte-identical files.
 */
import { createHash } from 'node:crypto';
import { slugify } from '../slug.ts';
import { ERRORS } from './errors.ts';
import {
  bucketOf,
  dayNumber,
  tailKey,
  type StemFile,
  type TailFile,
  fileName,
  firstChar,
  vocabChunkKey,
  type FileKind,
  docFileName,
  ledeFileName,
  type Manifest,
  type PostingsShard,
  type StoryFile,
  type Table,
  type VocabChunk,
} from './index-format.ts';
import { scoreTerms } from './build-postings.ts';
import { packPlaces } from './lede.ts';
import { isAcronymTerm } from './normalize.ts';
import { HASH_LENGTH, POSTINGS_SHARD_BYTES, STEM_BUCKETS, TAIL_BUCKETS } from './options.ts';
import { isStemmable, stemOf } from './stem.ts';
import type { SearchDocument, SearchIndexFiles } from './types.ts';

/** The index files for `docs` (any order; ids unique, dates `YYYY-MM-DD`). */
export function buildSearchIndex(docs: readonly SearchDocument[]): SearchIndexFiles {
  return searchIndexOf(docs, buildIndexCore(docs));
}

/**
 * Every index file but the story files, as plain data (a build keeps it: `site-index.ts`), and the hash
 * the story files' names share. `searchIndexOf` adds the story files, made from the same `docs`.
 */
export interface IndexCore {
  manifest: string;
  files: { path: string; body: string }[];
  docHash: string;
}

/** The index files for `docs` given their core (`buildIndexCore(docs)`, made now or kept from a build of the same docs). */
export function searchIndexOf(docs: readonly SearchDocument[], core: IndexCore): SearchIndexFiles {
  const stories = sortStories(docs);
  // Story files are written out when asked for, not held: their text is the archive's text once more (about
  // 1 GB of strings at 100,000 stories).
  const storyFiles = stories.flatMap((doc, story) => [
    {
      path: docFileName(story, core.docHash),
      get body() {
        return JSON.stringify(storyFile(doc));
      },
    },
    {
      path: ledeFileName(story, core.docHash),
      get body() {
        return JSON.stringify(storyFile({ ...doc, paragraphs: doc.paragraphs.slice(0, 1) }));
      },
    },
  ]);
  return {
    manifest: core.manifest,
    files: [...core.files, ...storyFiles].sort((a, b) => byCodeUnit(a.path, b.path)),
  };
}

/** Every file but the story files: the manifest, vocabulary, postings, word forms, typo keys and table. */
export function buildIndexCore(docs: readonly SearchDocument[]): IndexCore {
  const stories = sortStories(docs);
  const files = new Map<string, string>();
  const emit = (kind: FileKind, value: unknown): string => {
    const body = JSON.stringify(value);
    const hash = contentHash(body);
    files.set(fileName(kind, hash), body);
    return hash;
  };

  const { postings, names } = scoreTerms(stories);
  const sortedTerms = [...postings.keys()].sort(byCodeUnit);
  const vocab: Record<string, string> = {};
  for (const [key, terms] of vocabularyChunks(sortedTerms)) {
    vocab[key] = emit('vocab', vocabChunk(terms, postings, emit));
  }
  const stems = stemFiles(sortedTerms, names).map((file) => emit('stems', file));
  const tails = tailFiles(sortedTerms).map((file) => emit('tails', file));

  // In the order the filter shows them, so the page need not sort: collating in the browser costs its first
  // search about 20 ms (ICU's collator is set up on first use).
  const outletNames = [...new Set(stories.map((doc) => doc.outlet))].sort(
    (a, b) => a.localeCompare(b, 'en') || byCodeUnit(a, b),
  );
  const outletNumbers = new Map(outletNames.map((name, i) => [name, i]));
  const authorNames = [...new Set(stories.flatMap((doc) => doc.authors))].sort(byCodeUnit);
  const authorNumbers = new Map(authorNames.map((name, i) => [name, i]));
  const table: Table = {
    days: runLengths(stories.map((doc) => dayNumber(doc.date))),
    outlets: stories.map((doc) => outletNumbers.get(doc.outlet) ?? -1),
    authorNames: authorNames.map((name) => [name, slugify(name)]),
    authors: stories.map((doc) => doc.authors.map((name) => authorNumbers.get(name) ?? -1)),
  };
  const outletCounts = outletNames.map(() => 0);
  for (const outlet of table.outlets) outletCounts[outlet] = (outletCounts[outlet] ?? 0) + 1;
  // The hash over every story file, taken one body at a time.
  const storyHash = createHash('sha256');
  for (const doc of stories) storyHash.update(JSON.stringify(storyFile(doc))).update('\n');
  const docHash = storyHash.digest('hex').slice(0, HASH_LENGTH);

  const manifest: Manifest = {
    v: 3,
    docs: stories.length,
    outlets: outletNames.map((name, i) => [name, outletCounts[i] ?? 0]),
    outletSlugs: outletNames.map(slugify),
    first: stories.at(-1)?.date ?? '',
    last: stories[0]?.date ?? '',
    table: emit('table', table),
    docHash,
    vocab,
    stems,
    tails,
  };
  const manifestBody = JSON.stringify(manifest);
  const manifestName = fileName('manifest', contentHash(manifestBody));
  files.set(manifestName, manifestBody);
  return { manifest: manifestName, files: [...files].map(([path, body]) => ({ path, body })), docHash };
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
  postings: ReadonlyMap<string, [number[], number[], string]>,
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
    const [stories = [], scores = [], places = ''] = postings.get(term) ?? [];
    const packed = packPlaces(places);
    const deltas = stories.map((story, j) => story - (stories[j - 1] ?? 0));
    const entry: PostingsShard[string] = packed ? [deltas, scores, packed] : [deltas, scores];
    const bytes = term.length + 8 + 2 * stories.length * 4 + packed.length;
    if (shardBytes > 0 && shardBytes + bytes > POSTINGS_SHARD_BYTES) flush();
    if (shardBytes === 0) starts.push(i);
    shard[term] = entry;
    shardBytes += bytes;
  });
  flush();
  return { terms: [...terms], postings: hashes, starts, df: terms.map((term) => postings.get(term)?.[0].length ?? 0) };
}

/** The word-form classes of two or more terms (names left out), spread over `STEM_BUCKETS` files. */
function stemFiles(sortedTerms: readonly string[], names: ReadonlySet<string>): StemFile[] {
  const classes = new Map<string, string[]>();
  for (const term of sortedTerms) {
    if (!isStemmable(term) || names.has(term)) continue;
    const stem = stemOf(term);
    const members = classes.get(stem);
    if (members) members.push(term);
    else classes.set(stem, [term]);
  }
  const files: StemFile[] = Array.from({ length: STEM_BUCKETS }, () => ({}));
  for (const [stem, members] of [...classes].sort(([a], [b]) => byCodeUnit(a, b))) {
    if (members.length > 1) (files[bucketOf(stem, STEM_BUCKETS)] as StemFile)[stem] = members;
  }
  return files;
}

/** Terms of 4+ letters by `tailKey`, spread over `TAIL_BUCKETS` files. */
function tailFiles(sortedTerms: readonly string[]): TailFile[] {
  const files: TailFile[] = Array.from({ length: TAIL_BUCKETS }, () => ({}));
  for (const term of sortedTerms) {
    if (term.length < 4 || isAcronymTerm(term)) continue;
    const key = tailKey(term);
    const file = files[bucketOf(key, TAIL_BUCKETS)] as TailFile;
    (file[key] ??= []).push(term);
  }
  return files;
}

function storyFile(doc: SearchDocument): StoryFile {
  const { id, url, title, authors, outlet, date, paragraphs, extra } = doc;
  return {
    id,
    url,
    title,
    authors,
    outlet,
    date,
    paragraphs,
    ...(extra === undefined ? {} : { extra }),
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
