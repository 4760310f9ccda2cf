/**
 * The layout of the index files, written by `build-index.ts` and read by
 * `client.ts`. Internal to the engine: the page sees only `types.ts`.
 *
 * Every file but the manifest and the story files is named `<kind>.<hash>.json`,
 * where the hash is of its content; the manifest and the files that point
 * onward hold the hashes. Story files are named `doc.<story>.<hash>.json` (and
 * their lede files `lede.<story>.<hash>.json`), the hash being of all story files together (`Manifest.docHash`): a story's number
 * is its place in date order, so adding one story renumbers them all anyway.
 */
import type { SearchDocument } from './types.ts';
import { VOCAB_LENGTH_BANDS } from './options.ts';

/** The one file a page loads up front: small, it points at everything else. */
export interface Manifest {
  v: 3;
  /** Number of stories; story `i` is the i-th newest (ties by id). */
  docs: number;
  /** `[name, stories]`, by name in English collation: the order the search page's filter shows. */
  outlets: [string, number][];
  /** Each outlet's URL segment (as in `/outlets/<slug>/`), in `outlets` order. */
  outletSlugs?: string[];
  /** Oldest and newest publication days, `YYYY-MM-DD` (`''` when empty). */
  first: string;
  last: string;
  /** Hash of the table file. */
  table: string;
  /** Hash shared by the story files' names (see `docFileName`). */
  docHash: string;
  /** Vocabulary chunk key (see `vocabChunkKey`) → hash of its file. */
  vocab: Record<string, string>;
  /** Hashes of the word-form files, `STEM_BUCKETS` of them: stem `s` is in file `bucketOf(s, STEM_BUCKETS)`. */
  stems: string[];
  /** Hashes of the first-letter-typo files, `TAIL_BUCKETS` of them, by `bucketOf(tailKey(term), TAIL_BUCKETS)`. */
  tails: string[];
}

/** Stem → the terms of that class (two or more, sorted). */
export type StemFile = Record<string, string[]>;

/**
 * `tailKey` → the terms of 4+ letters with that key, sorted. A typo in the
 * first letter leaves the letters after it: `ladivostok`, `wladivostok` and
 * `lvadivostok` all lead back to key `la` of `vladivostok` (see `tailKeysOf`).
 */
export type TailFile = Record<string, string[]>;

/** The second and third letters of a term: what a slip of its first letter leaves standing. */
export const tailKey = (term: string): string => term.slice(1, 3);

/**
 * The keys under which a word with one edit touching its first letter finds
 * what was meant: the first letter replaced (`w|la…`), dropped (`|la…` read
 * as `la`), added (`xv|la…`), or swapped with the second (`lv|a…`).
 */
export const tailKeysOf = (word: string): string[] => [
  ...new Set([word.slice(1, 3), word.slice(0, 2), word.slice(2, 4), (word[0] ?? '') + (word[2] ?? '')]),
];

/** Which of `count` files a key lives in (FNV-1a): the same on both sides. */
export function bucketOf(key: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % count;
}

/**
 * Per-story columns for the filters, fetched only when a filter is set (date
 * order is story order, so sorting by date needs no file).
 */
export interface Table {
  /** Days since 1970-01-01, run-length coded in story order: `[day, count]`. */
  days: [number, number][];
  /** Index into `Manifest.outlets`, per story. */
  outlets: number[];
  /** Every author as `[name, URL segment]`, by name. */
  authorNames?: [string, string][];
  /** Indexes into `authorNames`, per story, in byline order. */
  authors?: number[][];
}

/** The vocabulary terms in one chunk, ready for Fuse, and where their postings are. */
export interface VocabChunk {
  /** The chunk's terms in code-unit order (what Fuse indexes, and binary search reads). */
  terms: string[];
  /** Hashes of the postings files for this chunk's terms, in term order. */
  postings: string[];
  /** Index of the first term held by each postings file. */
  starts: number[];
  /** Stories holding each term, in term order: the commonest terms stand for a prefix. */
  df: number[];
}

/**
 * Term → `[story numbers as deltas from the previous one, scores, places]`, the
 * places packed by `packPlaces` (`lede.ts`) and left off when empty.
 */
export type PostingsShard = Record<string, [number[], number[]] | [number[], number[], string]>;

/** One story's file: what a result shows and the paragraphs its snippet is cut from (the document as indexed). */
export type StoryFile = SearchDocument;

export type FileKind = 'table' | 'vocab' | 'postings' | 'stems' | 'tails';

/** `vocab.3fa9c1d2e0b4.json` */
export const fileName = (kind: FileKind | 'manifest', hash: string): string => `${kind}.${hash}.json`;

/** `doc.17.3fa9c1d2e0b4.json`: story 17's file, `hash` being `Manifest.docHash`. */
export const docFileName = (story: number, hash: string): string => `doc.${story}.${hash}.json`;

/** `lede.17.3fa9c1d2e0b4.json`: story 17's file with its first paragraph only. */
export const ledeFileName = (story: number, hash: string): string => `lede.${story}.${hash}.json`;

/**
 * The chunk a term of this first character and length lives in: the character
 * itself for `a`–`z` and `0`–`9`, its code point in hex otherwise, then the
 * length band (`vladivostok` → `v3`).
 */
export function vocabChunkKey(firstChar: string, length: number): string {
  const key = /^[a-z0-9]$/.test(firstChar) ? firstChar : `u${(firstChar.codePointAt(0) ?? 0).toString(16)}`;
  return `${key}${lengthBand(length)}`;
}

/** Which of `VOCAB_LENGTH_BANDS` a term length falls in. */
export function lengthBand(length: number): number {
  const band = VOCAB_LENGTH_BANDS.findIndex((bound) => length <= bound);
  return band === -1 ? VOCAB_LENGTH_BANDS.length : band;
}

/** The first character of a term (a whole code point). */
export const firstChar = (term: string): string => String.fromCodePoint(term.codePointAt(0) ?? 0);

/** Days since 1970-01-01 for `YYYY-MM-DD`. */
export const dayNumber = (isoDay: string): number => Math.round(Date.parse(`${isoDay}T00:00:00Z`) / 86_400_000);
