import { parseIsoDay } from './dates.ts';
import { canonicalOutlet, splitTrailingOutlet } from './outlets.ts';

/**
 * A raw copy of an article as the archive receives it:
 *
 * ```
 *  date 2023-09-04 By Edward Wong</p><p>and Julian E. Barnes New York Times
 *
 * WASHINGTON – Kim Jong Un, the leader of North Korea, plans to …
 * ```
 *
 * The first line holds the date and the byline; the outlet ends the byline or
 * stands alone on the next line; then come the body paragraphs, one per line.
 */
export interface ParsedArticle {
  /** Publication date, `YYYY-MM-DD`. */
  date: string;
  authors: string[];
  outlet: string;
  /** The place name that opens the body ("WASHINGTON"), when there is one. */
  dateline?: string;
  /** The body paragraphs, verbatim. */
  paragraphs: string[];
}

/** A problem with one input file: the message names the file and what is wrong. */
export class RawArticleError extends Error {
  override name = 'RawArticleError';
}

const DATE_LINE = /^date\s+(\S+)(?:\s+(.*))?$/i;
// A clock time after the day ("14:30", "2:30 p.m."): the archive records days only.
const TIME = /^(?:T|\s)?(\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)(?=\s|$)/i;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?`;
/**
 * A dateline: an all-capitals place, maybe a region, maybe the day and a
 * parenthetical, then a dash (or "--"). Group 1 is the place with its region.
 * "WASHINGTON –", "SEOUL, South Korea -", "MIAMI, Fla., March 17 —",
 * "LONDON, Feb. 9 —", "ST. JOHNS, Mich., April 19. —", "SALEM (special) —".
 */
const DATELINE = new RegExp(
  String.raw`^([A-Z][A-Z.'’ -]*[A-Z.](?:,\s+[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)*)?)` +
    String.raw`(?:,\s+${MONTH}\s+\d{1,2}\.?)?(?:\s+\([^()]{1,40}\))?\s+(?:--|[–—-])\s+`,
);

/** Parses a raw article; throws RawArticleError naming `file` on bad input. */
export function parseRawArticle(bytes: Uint8Array, file: string): ParsedArticle {
  const fail = (problem: string): never => {
    throw new RawArticleError(`${file}: ${problem}`);
  };
  if (bytes.includes(0)) fail('is a binary file, not text (it contains NUL bytes)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('is not valid UTF-8 text');
  }
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => line.trim());
  const blocks = lines.filter((line) => line !== '');
  const first = blocks.shift();
  const dateMatch = first === undefined ? null : DATE_LINE.exec(first);
  if (!dateMatch) return fail('has no date line (expected the first line to read "date YYYY-MM-DD By …")');
  const date = dateMatch[1] ?? '';
  const time = TIME.exec(date.replace(/^\d{4}-\d{2}-\d{2}/, '')) ?? TIME.exec(dateMatch[2] ?? '');
  if (time) {
    fail(
      `has a time "${time[1]}" in its date line; the archive records the day only (write "date ${date.slice(0, 10)} By …")`,
    );
  }
  if (!parseIsoDay(date)) fail(`has an impossible date "${date}" (expected a real calendar date, YYYY-MM-DD)`);

  const bylineRaw = cleanResidue(dateMatch[2] ?? '');
  const byMatch = /^By\s+(.+)$/i.exec(bylineRaw);
  if (!byMatch) return fail('has no byline (expected "By <author>" after the date)');
  const split = splitTrailingOutlet(byMatch[1] ?? '');
  const authors = splitAuthors(split.byline);
  if (authors.length === 0) fail('has an empty byline');

  let outlet = split.outlet;
  if (outlet === undefined) {
    const sourceLine = blocks.shift();
    if (sourceLine === undefined || !looksLikeSourceLine(sourceLine)) {
      return fail('names no outlet (expected it at the end of the byline or alone on the line after it)');
    }
    const known = canonicalOutlet(sourceLine);
    if (!known && mayEndWithOutlet(authors.at(-1) ?? '')) {
      fail(
        `read "${authors.join('; ')}" as the byline and "${sourceLine}" as the outlet, which looks wrong: ` +
          'if the byline ends with the outlet, put the outlet alone on the next line (or add it to src/lib/outlets.ts)',
      );
    }
    outlet = known ?? sourceLine;
  }
  if (blocks.length === 0) fail('has an empty body');

  const dateline = DATELINE.exec(blocks[0] ?? '')?.[1];
  return { date, authors, outlet, ...(dateline ? { dateline } : {}), paragraphs: blocks };
}

/** Removes stray HTML left in a byline by the copy's source ("</p><p>"). */
function cleanResidue(value: string): string {
  return value
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "A, B and C" → ["A", "B", "C"]. */
function splitAuthors(byline: string): string[] {
  return byline
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/i)
    .map((name) => name.replace(/^and\s+/i, '').trim())
    .filter((name) => name !== '');
}

/**
 * Whether a name may have an unknown outlet's name stuck to its end ("Dana
 * Diaz Reuters"): three or more words and no initial, where most bylines have two.
 */
function mayEndWithOutlet(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 3 && !words.some((word) => /^[A-Z]\.?$|\.$/.test(word));
}

// A source line is short and reads like a name, not a sentence.
function looksLikeSourceLine(line: string): boolean {
  return line.length <= 80 && !/[.!?,;:”"]$/.test(line);
}

/** The lede without its dateline: the article's own summary of itself. */
export function lede(article: ParsedArticle): string {
  const first = article.paragraphs[0] ?? '';
  return first.replace(DATELINE, '');
}
