/**
 * Reads what a person typed into the parts the engine searches for.
 */
import { tokenize } from './normalize.ts';

/** A query word: the typed form and its term. */
export interface QueryWord {
  input: string;
  term: string;
  /** Hyphenated parts, when the word had some (`anti-tank`). */
  parts?: string[];
}

export interface ParsedQuery {
  /** Free words, in order; each may match fuzzily. */
  words: QueryWord[];
  /** Quoted phrases, each as its words in order; they match exactly and in sequence. */
  phrases: QueryWord[][];
}

// Straight and typographic double quotes open and close phrases.
const QUOTES = /["\u201C\u201D\u201E\u201F\u00AB\u00BB]/;

/**
 * `Kim "armored train" Vladivostok` → words `kim`, `vladivostok`; phrase
 * `armored train`. An unclosed quote runs to the end (the person is still
 * typing the phrase). A one-word phrase is just a word that must match exactly.
 */
export function parseQuery(query: string): ParsedQuery {
  const words: QueryWord[] = [];
  const phrases: QueryWord[][] = [];
  query.split(QUOTES).forEach((segment, i) => {
    const segmentWords = tokenize(segment).map(({ term, start, end, parts }) => ({
      input: segment.slice(start, end),
      term,
      ...(parts ? { parts } : {}),
    }));
    if (i % 2 === 1 && segmentWords.length > 0) phrases.push(segmentWords);
    else words.push(...segmentWords);
  });
  return { words, phrases };
}
