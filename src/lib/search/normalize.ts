/**
 * Text normalization shared by the index build and the browser, so a word is
 * spelled the same way on both sides. One token becomes one term:
 *
 * | written                        | term        | why                                                   |
 * | ------------------------------ | ----------- | ----------------------------------------------------- |
 * | `Putin`, `PUTIN`               | `putin`     | case never matters                                    |
 * | `Zelenskyy`, `Pérez`, `Øresund`| `perez` …   | diacritics dropped (NFKD), ß→ss, æ→ae, ø→o, ł→l …     |
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

// A dotted acronym (`D.P.R.K.`), or a word of letters, marks and digits joined
// by hyphens and apostrophes, with an optional closing apostrophe (`officials’`).
const TOKEN =
  /\p{L}\.(?:\p{L}\.)*\p{L}(?![\p{L}\p{M}\p{N}.'\u2019\u02BC-])|\p{L}\.(?:\p{L}\.)+|\p{L}\.(?: \p{L}\.(?!\p{L}))+|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-\u2010\u2011'\u2019\u02BC][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*['\u2019\u02BC]?/gu;
const DOTTED_ACRONYM = /^\p{L}\.(?:(?:\p{L}\.)*\p{L}\.?|(?: \p{L}\.)+)$/u;
const CAPITALS = /^\p{Lu}{2,6}$/u;
const HYPHENS = /[-\u2010\u2011]/;
const APOSTROPHES = /['\u2019\u02BC\u2018]/g;
const MARKS = /\p{M}/gu;
// Letters that NFKD does not decompose.
const LETTER_FOLDS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const FOLDABLE = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');

/** Lower case without diacritics: `Pérez` → `perez`, `Straße` → `strasse`. */
export function foldCase(text: string): string {
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(FOLDABLE, (letter) => LETTER_FOLDS[letter] ?? letter);
}

/** The term for one word as the tokenizer found it (see the table above); `''` for none. */
export function normalizeWord(word: string): string {
  return termOf(word).term;
}

type Term = { term: string; parts?: string[]; acronym?: string };

// Words repeat: remember the last few thousand readings. Plain ASCII words skip all of it.
const PLAIN = /^[A-Za-z0-9]+$/;
const MEMO_LIMIT = 50_000;
const memo = new Map<string, Term>();

function termOf(word: string): Term {
  if (PLAIN.test(word) && !CAPITALS.test(word)) return { term: word.toLowerCase() };
  let known = memo.get(word);
  if (!known) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, (known = readWord(word)));
  }
  return known;
}

function readWord(word: string): Term {
  const folded = foldCase(word).replace(APOSTROPHES, "'");
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
  for (const match of text.matchAll(TOKEN)) {
    const { term, parts, acronym } = termOf(match[0]);
    if (!term) continue;
    const start = match.index;
    tokens.push({
      term,
      start,
      end: start + match[0].length,
      ...(parts ? { parts } : {}),
      ...(acronym ? { acronym } : {}),
    });
  }
  return tokens;
}

/**
 * Calls `visit` with the terms of every word of `text` (`tokenTerms`), exactly
 * as `tokenize` reads them, and whether the word began with a capital; returns
 * the number of words. The index build's hot loop: a plain ASCII word (optionally wrapped
 * in punctuation that cannot join words, `(word),`) is read by hand with no
 * regular expression or token object; any other whitespace-separated chunk
 * goes through `tokenize`, which no token crosses whitespace to make the two
 * agree.
 */
export function forEachTerm(text: string, visit: (term: string, capitalized: boolean) => void): number {
  const length = text.length;
  let words = 0;
  let i = 0;
  while (i < length) {
    if (isSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const chunkStart = i;
    while (i < length && isAsciiPunctuation(text.charCodeAt(i))) i++;
    const wordStart = i;
    let upper = 0;
    for (; i < length; i++) {
      const code = text.charCodeAt(i);
      if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) continue;
      if (code >= 65 && code <= 90) upper++;
      else break;
    }
    const wordEnd = i;
    // A lone letter before a dot may open a dotted acronym (`U.S.`); hyphens and apostrophes may join; capitals
    // alone may be an acronym (`NATO`).
    let plain =
      wordEnd > wordStart &&
      !(wordEnd - wordStart === 1 && text.charCodeAt(wordEnd) === 46) &&
      !(upper >= 2 && upper === wordEnd - wordStart && upper <= 6);
    for (; i < length; i++) {
      const code = text.charCodeAt(i);
      if (isSpace(code)) break;
      if (!isAsciiPunctuation(code) || code === 45 || code === 39) plain = false;
    }
    if (plain) {
      const word = text.slice(wordStart, wordEnd);
      const first = text.charCodeAt(wordStart);
      visit(upper ? word.toLowerCase() : word, first >= 65 && first <= 90);
      words += 1;
      continue;
    }
    // `U. S.`: a dotted acronym may hold spaces, so the chunk runs on over ` X.` pieces.
    while (
      text.charCodeAt(i - 1) === 46 &&
      text.charCodeAt(i) === 32 &&
      isLetterCode(text.charCodeAt(i + 1)) &&
      text.charCodeAt(i + 2) === 46 &&
      (i + 3 >= length || !isLetterCode(text.charCodeAt(i + 3)))
    ) {
      i += 3;
      while (i < length && !isSpace(text.charCodeAt(i))) i++;
    }
    const chunk = text.slice(chunkStart, i);
    for (const token of tokenize(chunk)) {
      const capitalized = /^\p{Lu}/u.test(chunk.slice(token.start, token.start + 1));
      for (const term of tokenTerms(token)) visit(term, capitalized);
      words += 1;
    }
  }
  return words;
}

const isLetterCode = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

const isSpace = (code: number): boolean => code === 32 || code === 10 || code === 9 || code === 13;

/** ASCII, printable, and neither a letter nor a digit. */
const isAsciiPunctuation = (code: number): boolean =>
  code > 32 && code < 127 && !((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122));

/** The terms a token is indexed under: the whole word, then its hyphenated parts, then its acronym term. */
export function tokenTerms(token: Token): string[] {
  if (!token.parts && !token.acronym) return [token.term];
  return [token.term, ...(token.parts ?? []), ...(token.acronym ? [token.acronym] : [])];
}
