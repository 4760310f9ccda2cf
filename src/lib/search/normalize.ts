import { foldCase, foldQuotes } from '../text-fold.ts';

/**
 * Text normalization shared by the index build and the browser, so a word is
 * spelled the same way on both sides. One token becomes one term:
 *
 * | written                        | term        | why                                                   |
 * | ------------------------------ | ----------- | ----------------------------------------------------- |
 * | `Putin`, `PUTIN`               | `putin`     | case never matters                                    |
 * | `Zelenskyy`, `Pérez`, `Øresund`| `perez` …   | diacritics dropped (`text-fold.ts`, the archive's one policy) |
 * | `Russia’s`, `Russia's`         | `russia`    | possessive `’s` and a trailing `’` (`officials’`) dropped; all apostrophes are one |
 * | `O’Brien`, `don't`             | `obrien`    | inner apostrophes dropped                             |
 * | `anti-tank`, `anti‑tank`       | `antitank`  | hyphens join; the parts (`anti`, `tank`) are kept too |
 * | `D.P.R.K.`, `U. S.`, `US`      | `dprk`, `us`| dotted acronyms (two or more single letters, a space allowed after a dot) lose the dots |
 *
 * A word written as an acronym (dotted, or 2–6 capital letters: `U.S.`, `US`,
 * `NATO`) is also indexed under its acronym term (`u.s.`, `n.a.t.o.`), which
 * no plain word can spell: `U.S.` then finds the country and not the pronoun.
 *
 * En and em dashes separate words (`Kim—who`, `10–13`): only the hyphen
 * characters (`-`, U+2010, U+2011) join. `anti tank` (two words) finding
 * `antitank` is the query's job: it also tries each pair of adjacent words
 * joined. No stop words; word forms (stems) are the vocabulary's business
 * (see `stem.ts`), so a term is always the word as written.
 */

/** One word of a text, with where it sits in the original string. */
export interface Token {
  /** The normalized term (`antitank` for `anti-tank`). */
  term: string;
  /** UTF-16 offsets into the original text, `[start, end)`. */
  start: number;
  end: number;
  /** The hyphenated word's parts (`['anti', 'tank']`), when it has more than one. */
  parts?: string[];
  /** The acronym term (`u.s.`) when the word is written as an acronym. */
  acronym?: string;
}

const DOTTED_ACRONYM = /^\p{L}\.(?:(?:\p{L}\.)*\p{L}\.?|(?: \p{L}\.)+)$/u;
const CAPITALS = /^\p{Lu}{2,6}$/u;
const CAPITALIZED = /^\p{Lu}/u;
const HYPHENS = /[-\u2010\u2011]/;

/** The term for one word as the tokenizer found it (see the table above); `''` for none. */
export function normalizeWord(word: string): string {
  return termOf(word).term;
}

type Term = { term: string; parts?: string[]; acronym?: string };

// Words repeat: remember the last few thousand readings.
const MEMO_LIMIT = 50_000;
const memo = new Map<string, Term>();

function termOf(word: string): Term {
  let known = memo.get(word);
  if (!known) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, (known = readWord(word)));
  }
  return known;
}

function readWord(word: string): Term {
  const folded = foldQuotes(foldCase(word));
  if (DOTTED_ACRONYM.test(folded)) {
    const term = folded.replace(/[. ]/g, '');
    return { term, acronym: acronymTerm(term) };
  }
  const bare = folded.replace(/'s$|'$/, '').replaceAll("'", '');
  const parts = bare.split(HYPHENS).filter(Boolean);
  const term = parts.join('');
  const acronym = CAPITALS.test(word.replace(/['\u2019\u02BC]s?$/u, '')) ? { acronym: acronymTerm(term) } : {};
  return parts.length > 1 ? { term, parts, ...acronym } : { term, ...acronym };
}

/** `us` → `u.s.`: the term an acronym is indexed under besides its plain one. */
export const acronymTerm = (letters: string): string => [...letters].map((letter) => `${letter}.`).join('');

/** Whether a term is an acronym term (`u.s.`), which prefixes, stems and typos leave alone. */
export const isAcronymTerm = (term: string): boolean => term.endsWith('.');

/** Every word of `text`, in order, with its term and offsets into `text`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  eachWord(text, (word, { term, parts, acronym }, start) =>
    tokens.push({
      term,
      start,
      end: start + word.length,
      ...(parts ? { parts } : {}),
      ...(acronym ? { acronym } : {}),
    }),
  );
  return tokens;
}

/**
 * Calls `visit` with the terms of every word of `text` (`tokenTerms`), in the
 * order `tokenize` finds them, and whether the word began with a capital;
 * returns the number of words. The index build's loop: `tokenize`'s reading
 * without the token objects.
 */
export function forEachTerm(text: string, visit: (term: string, capitalized: boolean) => void): number {
  let words = 0;
  eachWord(text, (word, { term, parts, acronym }) => {
    const first = word.charCodeAt(0);
    const capitalized = first < 128 ? first >= 65 && first <= 90 : CAPITALIZED.test(word);
    eachTerm(term, parts, acronym, (indexed) => visit(indexed, capitalized));
    words += 1;
  });
  return words;
}

// The one tokenizer. A word is, at the first letter or digit from where the last one ended, the first of:
// 1. a dotted acronym without its last dot, `d.p.r.k` (letter-dot pairs, then a letter that no letter, mark, digit,
//    dot, apostrophe or hyphen follows);
// 2. letter-dot pairs, two or more: `D.P.R.K.`, `U.S.`;
// 3. a spaced acronym, `U. S.` (a letter-dot pair, then ` X.` pieces no letter follows);
// 4. letters, marks and digits joined by hyphens and apostrophes, with an optional closing apostrophe (`officials’`).
// Every word with a term goes to `visit`, read once (and remembered) by `readWord`; a word of lower-case ASCII
// letters and digits is its own term.
function eachWord(text: string, visit: (word: string, reading: Term, start: number) => void): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    const kind = kindAt(text, i);
    if (!(kind & (LETTER | NUMBER))) {
      i += widthAt(text, i);
      continue;
    }
    const start = i;
    const end = kind & LETTER && text.charCodeAt(i + widthAt(text, i)) === DOT ? acronymEnd(text, i) : -1;
    if (end > 0) i = end;
    else {
      let plain = true;
      for (;;) {
        // Letters, marks and digits.
        for (;;) {
          const code = text.charCodeAt(i);
          if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) i += 1;
          else if (kindAt(text, i) & (LETTER | NUMBER | MARK)) {
            plain = false;
            i += widthAt(text, i);
          } else break;
        }
        if (!JOINERS.has(text.charCodeAt(i)) || !(kindAt(text, i + 1) & (LETTER | NUMBER))) break;
        plain = false;
        i += 1;
      }
      if (APOSTROPHE_CODES.has(text.charCodeAt(i))) {
        plain = false;
        i += 1;
      }
      const word = text.slice(start, i);
      if (plain) {
        visit(word, { term: word }, start);
        continue;
      }
    }
    const word = text.slice(start, i);
    const reading = termOf(word);
    if (reading.term) visit(word, reading, start);
  }
}

const DOT = 46;
const SPACE = 32;
const APOSTROPHE_CODES = new Set([0x27, 0x2019, 0x02bc]);
const JOINERS = new Set([0x2d, 0x2010, 0x2011, ...APOSTROPHE_CODES]);

// Where the dotted acronym starting at `start` (a letter before a dot) ends (rules 1–3 above), or -1 for none.
function acronymEnd(text: string, start: number): number {
  let pairs = 0;
  let i = start;
  while (kindAt(text, i) & LETTER && text.charCodeAt(i + widthAt(text, i)) === DOT) {
    i += widthAt(text, i) + 1;
    pairs += 1;
  }
  if (kindAt(text, i) & LETTER) {
    const after = i + widthAt(text, i);
    const next = text.charCodeAt(after);
    if (!(kindAt(text, after) & (LETTER | MARK | NUMBER)) && next !== DOT && !JOINERS.has(next)) return after;
  }
  if (pairs >= 2) return i;
  let spaced = -1;
  while (text.charCodeAt(i) === SPACE && kindAt(text, i + 1) & LETTER) {
    const dot = i + 1 + widthAt(text, i + 1);
    if (text.charCodeAt(dot) !== DOT || kindAt(text, dot + 1) & LETTER) break;
    i = spaced = dot + 1;
  }
  return spaced;
}

const LETTER = 1;
const NUMBER = 2;
const MARK = 4;
const kinds = new Map<number, number>();

// Whether the character at `i` is a letter, a digit (any number), a combining mark, or none (0).
function kindAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) {
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return LETTER;
    return code >= 48 && code <= 57 ? NUMBER : 0;
  }
  if (Number.isNaN(code)) return 0;
  const point = text.codePointAt(i) ?? code;
  let kind = kinds.get(point);
  if (kind === undefined) {
    const char = String.fromCodePoint(point);
    kind = /\p{L}/u.test(char) ? LETTER : /\p{N}/u.test(char) ? NUMBER : /\p{M}/u.test(char) ? MARK : 0;
    kinds.set(point, kind);
  }
  return kind;
}

// A high surrogate starts a two-unit character.
const widthAt = (text: string, i: number): number => {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff ? 2 : 1;
};

/** The terms a token is indexed under: the whole word, then its hyphenated parts, then its acronym term. */
export function tokenTerms({ term, parts, acronym }: Token): string[] {
  const terms: string[] = [];
  eachTerm(term, parts, acronym, (indexed) => terms.push(indexed));
  return terms;
}

function eachTerm(
  term: string,
  parts: string[] | undefined,
  acronym: string | undefined,
  visit: (term: string) => void,
) {
  visit(term);
  if (parts) for (const part of parts) visit(part);
  if (acronym) visit(acronym);
}
