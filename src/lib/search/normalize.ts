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

/** The terms a token is indexed under: the whole word, then its hyphenated parts. */
export function tokenTerms(token: Token): string[] {
  return token.parts ? [token.term, ...token.parts] : [token.term];
}
