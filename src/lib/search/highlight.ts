/**
 * The one highlighter: finds the matched words in a story's text, picks the
 * passage to show, links to it, and cuts text into marked and plain runs for
 * the page (`segments`).
 */
import { tokenize, tokenTerms, type Token } from './normalize.ts';
import { SNIPPET_LEAD, SNIPPET_LENGTH, TEXT_FRAGMENT_MAX } from './options.ts';
import type { Range } from './types.ts';
import { paragraphId } from '../paragraph-anchor.ts';

/** What counts as a match: terms standing for query units, and quoted phrases. */
export interface Matcher {
  /** Term → the query units (words, phrases) it satisfies. */
  terms: ReadonlyMap<string, readonly number[]>;
  /** Each phrase as its unit number and its terms in order. */
  phrases: readonly { unit: number; terms: readonly string[] }[];
}

export interface TextMatches {
  /** Sorted, non-overlapping ranges of the matched words (a phrase is one range). */
  ranges: Range[];
  /** The query units found in the text. */
  units: Set<number>;
}

/** Where `matcher` matches in `text` (whose tokens may be passed in when already known). */
export function findMatches(text: string, matcher: Matcher, tokens: readonly Token[] = tokenize(text)): TextMatches {
  const ranges: Range[] = [];
  const units = new Set<number>();
  for (const token of tokens) {
    let matched = false;
    for (const term of tokenTerms(token)) {
      for (const unit of matcher.terms.get(term) ?? []) {
        units.add(unit);
        matched = true;
      }
    }
    if (matched) ranges.push([token.start, token.end]);
  }
  for (const { unit, terms } of matcher.phrases) {
    if (terms.length === 0) continue;
    for (let i = 0; i < tokens.length; i++) {
      const end = sequenceEnd(tokens, i, terms);
      if (end >= 0) {
        units.add(unit);
        ranges.push([tokens[i]?.start ?? 0, tokens[end]?.end ?? 0]);
      }
    }
  }
  return { ranges: mergeRanges(ranges), units };
}

/**
 * The index of the last token of `terms` read in order from token `i`, or -1.
 * A hyphenated token stands for its whole term or for its parts in a row, so
 * `"Secretary General"` finds `Secretary-General` and `"anti-tank guns"` finds `antitank guns`.
 */
function sequenceEnd(tokens: readonly Token[], i: number, terms: readonly string[]): number {
  let at = i;
  let j = 0;
  while (j < terms.length) {
    const token = tokens[at];
    if (!token) return -1;
    if (token.term === terms[j]) j += 1;
    else if (token.parts && token.parts.every((part, k) => terms[j + k] === part)) j += token.parts.length;
    else return -1;
    at += 1;
  }
  return at - 1;
}

function mergeRanges(ranges: Range[]): Range[] {
  const merged: Range[] = [];
  for (const [start, end] of ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1])) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/**
 * At most `SNIPPET_LENGTH` characters of `text` around its first match, cut at
 * word boundaries and marked with `…` where cut; `ranges` shifted to match.
 */
export function snippet(text: string, ranges: readonly Range[]): { text: string; matches: Range[] } {
  if (text.length <= SNIPPET_LENGTH) return { text, matches: ranges.map(([s, e]): Range => [s, e]) };
  const first = ranges[0]?.[0] ?? 0;
  let start = first <= SNIPPET_LEAD ? 0 : wordStartAfter(text, first - SNIPPET_LEAD);
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length) end = wordEndBefore(text, end, start);
  else start = wordStartAfter(text, end - SNIPPET_LENGTH);
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const shift = prefix.length - start;
  return {
    text: prefix + text.slice(start, end) + suffix,
    matches: ranges.filter(([s, e]) => s >= start && e <= end).map(([s, e]): Range => [s + shift, e + shift]),
  };
}

function wordStartAfter(text: string, index: number): number {
  if (index <= 0) return 0;
  const space = text.slice(index).search(/\s/);
  return space === -1 ? index : index + space + 1;
}

function wordEndBefore(text: string, index: number, floor: number): number {
  const space = text.slice(floor, index + 1).search(/\s\S*$/);
  return space <= 0 ? index : floor + space;
}

/**
 * `/articles/x/#p3:~:text=to-,Vladivostok`: the story at paragraph `n`, with
 * the matched text highlighted by the browser (a URL text fragment). The text
 * is the paragraph's own, from the first to the last match when that span is
 * short, else the first match; the words before it are a prefix that pins it
 * to this paragraph. Without matches, plain `#p{n}`.
 */
export function paragraphHref(url: string, n: number, paragraph: string, ranges: readonly Range[]): string {
  const first = ranges[0];
  const last = ranges.at(-1);
  if (!first || !last) return `${url}#${paragraphId(n)}`;
  const end = last[1] - first[0] <= TEXT_FRAGMENT_MAX ? last[1] : first[1];
  const text = paragraph.slice(first[0], end);
  // Up to two words right before the match, so the browser picks this occurrence and not one in the headline.
  const prefix = /(?:\S+\s+)?\S+$/.exec(paragraph.slice(0, first[0]).trimEnd())?.[0];
  const directive = (prefix ? `${encodeTextDirective(prefix)}-,` : '') + encodeTextDirective(text);
  return `${url}#${paragraphId(n)}:~:text=${directive}`;
}

/** Percent-encodes for a text directive: as a URI component, plus `-` (`&` and `,` already are). */
export const encodeTextDirective = (text: string): string => encodeURIComponent(text).replaceAll('-', '%2D');

/** A run of text, marked when it matched the query. */
export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * Cuts `text` into plain and marked runs. Ranges may come in any order,
 * overlap or run past the end: they are clamped and merged, so every
 * character appears exactly once.
 */
export function segments(text: string, ranges: readonly Range[]): Segment[] {
  const sorted = ranges
    .map(([start, end]): Range => [Math.max(0, start), Math.min(text.length, end)])
    .filter(([start, end]) => start < end)
    .sort((a, b) => a[0] - b[0]);
  const out: Segment[] = [];
  let at = 0;
  for (const [start, end] of sorted) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    const last = out.at(-1);
    if (from > at) out.push({ text: text.slice(at, from), mark: false });
    // Touching or overlapping ranges make one mark, not two side by side.
    if (from === at && last?.mark) last.text += text.slice(from, end);
    else out.push({ text: text.slice(from, end), mark: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}
