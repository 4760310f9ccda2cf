import { foldCase, foldQuotes } from '../text-fold.ts';

/**
 * Text normalization shared by thread grouping, attribution detection and
 * passage alignment, so that "D.P.R.K." and "DPRK", “curly” and "straight"
 * quotes, "anti-tank" and "antitank", or "Pérez" and "Perez" (the archive's
 * diacritic policy, `text-fold.ts`) compare equal everywhere.
 */

const DOTTED_ACRONYM = /\b(?:\p{L}\.){2,}/gu;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

// Passage alignment reads the quote fold from here.
export { foldQuotes };

/**
 * The comparison key of one whitespace-delimited word: folded (`foldCase`), dotted
 * acronyms closed up ("D.P.R.K." → "dprk"), hyphens dropped ("anti-tank" →
 * "antitank"), a possessive "'s" and surrounding punctuation removed. An
 * empty key means the word is punctuation only ("—").
 */
export function wordKey(word: string): string {
  // Most words are plain letters; the rest repeat often enough to be worth remembering.
  if (/^[A-Za-z]+$/.test(word)) return word.toLowerCase();
  let key = keyCache.get(word);
  if (key === undefined) {
    key = foldQuotes(foldCase(word))
      .replace(DOTTED_ACRONYM, (acronym) => acronym.replace(/\./g, ''))
      .replace(EDGE_PUNCTUATION, '')
      .replace(/'s$/, '')
      .replace(/[^\p{L}\p{N}]/gu, '');
    if (keyCache.size > 200_000) keyCache.clear();
    keyCache.set(word, key);
  }
  return key;
}

const keyCache = new Map<string, string>();

/** The words of a text (split on whitespace), each with its comparison key; punctuation-only words are kept with key ''. */
export function words(text: string): { surface: string; key: string }[] {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((surface) => ({ surface, key: wordKey(surface) }));
}

/** Comparison keys of a text's words, punctuation-only words dropped. */
export function keys(text: string): string[] {
  return words(text)
    .map((word) => word.key)
    .filter(Boolean);
}

// Function words and the verbs of attribution every news story uses: they say nothing about which event it covers.
const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both
  but by can could did do does doing down during each few for from further had has have having he her here hers herself
  him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or
  other our ours ourselves out over own same she should so some such than that the their theirs them themselves then
  there these they this those through to too under until up very was we were what when where which while who whom why
  will with would you your yours yourself yourselves said says say told according reported report reports statement
  mr mrs ms dr monday tuesday wednesday thursday friday saturday sunday one two three new also may might must us
  however another since still yet previously recently including`.split(/\s+/),
);

/** A crude stem, enough to match "satellites" with "satellite" and "supplies" with "supply". */
export function stem(key: string): string {
  if (key.length > 4 && key.endsWith('ies')) return key.slice(0, -3) + 'y';
  if (key.length > 3 && key.endsWith('s') && !key.endsWith('ss') && !key.endsWith('us')) return key.slice(0, -1);
  return key;
}

/** The stems of a text's content words (stopwords and bare numbers of one digit dropped), in order. */
export function contentTerms(text: string): string[] {
  const terms: string[] = [];
  for (const key of keys(text)) {
    if (STOPWORDS.has(key) || /^\d$/.test(key) || key.length < 2) continue;
    terms.push(stem(key));
  }
  return terms;
}
