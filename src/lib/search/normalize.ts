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
 * | `D.P.R.K.`, `U.S.`             | `dprk`, `us`| dotted acronyms (two or more single letters) lose the dots |
 *
 * En and em dashes separate words (`Kim—who`, `10–13`): only the hyphen
 * characters (`-`, U+2010, U+2011) join. `anti tank` (two words) finding
 * `antitank` is the query's job: it also tries each pair of adjacent words
 * joined. No stemming and no stop words: an exact word finds exactly the
 * stories that contain it.
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
}

// A dotted acronym (`D.P.R.K.`), or a word of letters, marks and digits joined
// by hyphens and apostrophes, with an optional closing apostrophe (`officials’`).
const TOKEN =
  /(?:\p{L}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-\u2010\u2011'\u2019\u02BC][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*['\u2019\u02BC]?/gu;
const DOTTED_ACRONYM = /^(?:\p{L}\.){2,}$/u;
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

type Term = { term: string; parts?: string[] };

// Words repeat: remember the last few thousand readings. Plain ASCII words skip all of it.
const PLAIN = /^[A-Za-z0-9]+$/;
const MEMO_LIMIT = 50_000;
const memo = new Map<string, Term>();

function termOf(word: string): Term {
  if (PLAIN.test(word)) return { term: word.toLowerCase() };
  let known = memo.get(word);
  if (!known) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, (known = readWord(word)));
  }
  return known;
}

function readWord(word: string): Term {
  const folded = foldCase(word).replace(APOSTROPHES, "'");
  if (DOTTED_ACRONYM.test(folded)) return { term: folded.replaceAll('.', '') };
  const bare = folded.replace(/'s$|'$/, '').replaceAll("'", '');
  const parts = bare.split(HYPHENS).filter(Boolean);
  const term = parts.join('');
  return parts.length > 1 ? { term, parts } : { term };
}

/** Every word of `text`, in order, with its term and offsets into `text`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const { term, parts } = termOf(match[0]);
    if (!term) continue;
    const start = match.index;
    tokens.push(
      parts ? { term, start, end: start + match[0].length, parts } : { term, start, end: start + match[0].length },
    );
  }
  return tokens;
}

/**
 * Calls `visit` with the term of every word of `text`, then with each part of
 * a hyphenated word, exactly as `tokenize` reads them; returns the number of
 * words. The index build's hot loop: a plain ASCII word (optionally wrapped
 * in punctuation that cannot join words, `(word),`) is read by hand with no
 * regular expression or token object; any other whitespace-separated chunk
 * goes through `tokenize`, which no token crosses whitespace to make the two
 * agree.
 */
export function forEachTerm(text: string, visit: (term: string) => void): number {
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
    let upper = false;
    for (; i < length; i++) {
      const code = text.charCodeAt(i);
      if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) continue;
      if (code >= 65 && code <= 90) upper = true;
      else break;
    }
    const wordEnd = i;
    // A lone letter before a dot may open a dotted acronym (`U.S.`); hyphens and apostrophes may join.
    let plain = wordEnd > wordStart && !(wordEnd - wordStart === 1 && text.charCodeAt(wordEnd) === 46);
    for (; i < length; i++) {
      const code = text.charCodeAt(i);
      if (isSpace(code)) break;
      if (!isAsciiPunctuation(code) || code === 45 || code === 39) plain = false;
    }
    if (plain) {
      const word = text.slice(wordStart, wordEnd);
      visit(upper ? word.toLowerCase() : word);
      words += 1;
      continue;
    }
    for (const token of tokenize(text.slice(chunkStart, i))) {
      visit(token.term);
      for (const part of token.parts ?? []) visit(part);
      words += 1;
    }
  }
  return words;
}

const isSpace = (code: number): boolean => code === 32 || code === 10 || code === 9 || code === 13;

/** ASCII, printable, and neither a letter nor a digit. */
const isAsciiPunctuation = (code: number): boolean =>
  code > 32 && code < 127 && !((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122));

/** The terms a token is indexed under: the whole word, then its hyphenated parts. */
export function tokenTerms(token: Token): string[] {
  return token.parts ? [token.term, ...token.parts] : [token.term];
}
