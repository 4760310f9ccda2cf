/**
 * Every setting the index build and the browser must agree on, in one place:
 * change a number here and both sides follow.
 */
import type { IFuseOptions } from 'fuse.js';

/** Field weights for BM25F: a word in the headline or the byline counts for more than one in the body. */
export const FIELD_WEIGHTS = { title: 3, authors: 2, body: 1 } as const;

/** BM25 term-frequency saturation (`k1`) and length normalization (`b`). */
export const BM25 = { k1: 1.2, b: 0.75 } as const;

/** Scores are stored as integers: `Math.round(score * SCORE_SCALE)`. */
export const SCORE_SCALE = 100;

/**
 * The vocabulary is split by the term's first character and by length band, so
 * a query word fetches only the terms it can match. A band holds lengths up to
 * and including its bound; the last band is open.
 */
export const VOCAB_LENGTH_BANDS = [4, 6, 9] as const;

/** Postings of neighbouring terms share a file until it reaches about this size. */
export const POSTINGS_SHARD_BYTES = 16_384;

/** Hex digits of the content hash in every file name. */
export const HASH_LENGTH = 12;

/**
 * Fuse.js proposes vocabulary terms close to a query word; `maxEdits` then
 * decides. Fuse's bitap score also rewards substrings (`war` in `warning`),
 * which is why the edit distance has the last word.
 */
export const VOCAB_FUSE_OPTIONS = {
  includeScore: true,
  isCaseSensitive: true,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  threshold: 0.5,
  shouldSort: true,
} as const satisfies IFuseOptions<string>;

/**
 * How many typos (Damerau–Levenshtein edits) a query word may carry: none up
 * to 3 characters (`war` must not find `was`), one up to 5, two from 6 on.
 */
export function maxEdits(length: number): number {
  if (length <= 3) return 0;
  if (length <= 5) return 1;
  return 2;
}

/** At most this many vocabulary terms stand in for one misspelt word. */
export const MAX_FUZZY_TERMS = 3;

/** A term reached through `n` typos scores `FUZZY_FACTOR ** n` of an exact one. */
export const FUZZY_FACTOR = 0.5;

/** Hits returned when the caller sets no limit. */
export const DEFAULT_LIMIT = 20;

/** Longest snippet, in characters, before the ellipses. */
export const SNIPPET_LENGTH = 220;

/** Characters of context kept before the first match in a snippet. */
export const SNIPPET_LEAD = 60;

/** Stories whose tokenized text the browser keeps for highlighting. */
export const TOKEN_CACHE_STORIES = 300;

/** Whole answers (query + options) the browser remembers: back, forward and retyping answer at once. */
export const RESPONSE_CACHE_SIZE = 50;

/** Phrase checks (story × phrase) the browser remembers. */
export const SEQUENCE_CACHE_SIZE = 20_000;

/** Quoted phrases are checked against the text of at most this many candidate stories. */
export const PHRASE_MAX_CANDIDATES = 200;

/** Longest matched text put into a `#:~:text=` link; longer spans link the first match only. */
export const TEXT_FRAGMENT_MAX = 80;
