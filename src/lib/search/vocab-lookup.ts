/**
 * Finding a term in a loaded vocabulary chunk (its terms sorted by code unit),
 * and the postings file that holds it. The engine and the page's early
 * requests (`early-files.ts`) both use these; they import nothing else, so
 * the page script carries only them.
 */
import type { VocabChunk } from './index-format.ts';

/** The hash of the postings file holding `term`, of the vocabulary chunk `chunk`; undefined if it lacks the term. */
export function postingsHashOf(chunk: VocabChunk, term: string): string | undefined {
  const index = termIndex(chunk.terms, term);
  return index < 0 ? undefined : chunk.postings[chunk.starts.findLastIndex((start) => start <= index)];
}

/** Position of `term` in the sorted `terms`, or -1. */
export function termIndex(terms: readonly string[], term: string): number {
  const at = lowerBound(terms, term);
  return terms[at] === term ? at : -1;
}

/** The first position in the sorted `terms` whose term is not below `term`. */
export function lowerBound(terms: readonly string[], term: string): number {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((terms[mid] ?? '') < term) low = mid + 1;
    else high = mid;
  }
  return low;
}
