/**
 * Every setting the index build and the browser must agree on, in one place:
 * change a number here and both sides follow.
 */
import type { IFuseOptions } from 'fuse.js';

/** Field weights for BM25F: a word in the headline or the byline counts for more than one in the body. */
export const FIELD_WEIGHTS = { title: 3, authors: 2, outlet: 2, body: 1 } as const;

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
 * A word that finds nothing as typed, as a stem or as a prefix is corrected
 * automatically when it has this many letters and one edit (Damerau–Levenshtein,
 * the first letter included) reaches a term: shorter words have too many
 * neighbours (`war`, `was`, `way`) to pick one without guessing.
 */
export const TYPO_MIN_LENGTH = 5;

/** Edits a "Did you mean" suggestion may be from a word that matched nothing (never searched on its own). */
export const SUGGESTION_EDITS = 2;

/** At most this many "Did you mean" suggestions per word. */
export const MAX_SUGGESTIONS = 3;

/** The word being typed matches terms it begins with from this many letters on (`Ki` → Kim, Kirby). */
export const PREFIX_MIN_LENGTH = 2;

/**
 * At most this many terms stand in for a prefix, the commonest first: `st`
 * begins thousands of words, and the few commonest already fill a results page.
 */
export const MAX_PREFIX_TERMS = 40;

/**
 * How a match of each kind weighs: `tier` orders stories first (a story with
 * the word as typed above one with another form, above one with only a word
 * the prefix begins), `factor` scales its BM25 score within a tier.
 */
export const MATCH_KINDS = {
  exact: { tier: 3, factor: 1 },
  stem: { tier: 2, factor: 0.8 },
  typo: { tier: 2, factor: 0.8 },
  prefix: { tier: 1, factor: 0.5 },
} as const;

/**
 * A term written with a capital in at least this share of its occurrences is
 * a name and joins no word-form class: `Providence` (always capitalized) must
 * not find `provide`. Chosen on the Brown press stories (bench/real-text.ts).
 */
export const PROPER_NOUN_SHARE = 0.8;

/** Stem classes and first-letter-typo lists are spread over this many files each (hashed by key). */
export const STEM_BUCKETS = 64;
export const TAIL_BUCKETS = 64;

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
