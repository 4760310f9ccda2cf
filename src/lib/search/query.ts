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
  /** The acronym term, when the word was typed as one (`U.S.`, `US`, `U. S.`; not `us`). */
  acronym?: string;
  /** Typed with a capital first letter (`Providence`): a name, whose word forms are not sought when it is unknown. */
  capitalized?: boolean;
  /** Joined to the word before by `OR`: either will do. */
  or?: boolean;
  /** The word being typed (the query's last, with no space after it): it matches the words it begins. */
  prefix?: boolean;
}

export interface ParsedQuery {
  /** Free words, in order; each may match other forms, and the last one being typed, its continuations. */
  words: QueryWord[];
  /** Quoted phrases, each as its terms in order (hyphenated words as their parts); they match exactly and in sequence. */
  phrases: QueryWord[][];
  /** Words after a `-`: no story holding one is shown. */
  excluded: QueryWord[];
}

// Straight and typographic double quotes open and close phrases.
const QUOTES = /["\u201C\u201D\u201E\u201F\u00AB\u00BB]/;

/**
 * `Kim "armored train" Vladivostok -Seoul` → words `kim`, `vladivostok`
 * (a prefix: it is being typed); phrase `armored train`; excluded `seoul`.
 * `Kim OR Putin` is one word either way. An unclosed quote runs to the end
 * (the person is still typing the phrase). A one-word phrase is a word that
 * must match exactly.
 */
export function parseQuery(query: string): ParsedQuery {
  const words: QueryWord[] = [];
  const phrases: QueryWord[][] = [];
  const excluded: QueryWord[] = [];
  const segments = query.split(QUOTES);
  segments.forEach((segment, i) => {
    if (i % 2 === 1) {
      const phrase = wordsOf(segment).flatMap((word) =>
        word.parts ? word.parts.map((part) => ({ input: part, term: part })) : [word],
      );
      if (phrase.length > 0) phrases.push(phrase);
      return;
    }
    let or = false;
    // `U. S.` is one word: the spaces inside a spaced acronym do not split it.
    for (const chunk of segment
      .replace(/(?<=(?:^|\s)(?:\p{L}\. )*\p{L}\.) (?=\p{L}\.(?:\s|$))/gu, '\u00A0')
      .split(/[^\S\u00A0]+/u)) {
      if (chunk === 'OR') {
        or = words.length > 0;
        continue;
      }
      if (/^-[\p{L}\p{N}]/u.test(chunk)) {
        excluded.push(...wordsOf(chunk.slice(1)));
        or = false;
        continue;
      }
      for (const word of wordsOf(chunk.replaceAll('\u00A0', ' '))) {
        words.push(or ? { ...word, or } : word);
        or = false;
      }
    }
  });
  const last = words.at(-1);
  const typing = segments.length % 2 === 1 && /[\p{L}\p{N}.]$/u.test(query) && !/\sOR$/.test(query);
  if (last && typing && query.trimEnd().endsWith(last.input)) last.prefix = true;
  return { words, phrases, excluded };
}

function wordsOf(text: string): QueryWord[] {
  return tokenize(text).map(({ term, start, end, parts, acronym }) => {
    const input = text.slice(start, end);
    return {
      input,
      term,
      ...(parts ? { parts } : {}),
      ...(acronym ? { acronym } : {}),
      ...(/^\p{Lu}/u.test(input) ? { capitalized: true } : {}),
    };
  });
}
