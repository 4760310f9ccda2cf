import { cosine, topTerms, type SparseVector } from './tfidf.ts';

/** One story as pair finding needs it: its day number and its TF-IDF vector. */
export interface Comparable {
  /** Days since 1970-01-01 (UTC). */
  day: number;
  vector: SparseVector;
}

/** Two stories (indexes into the input) and their cosine similarity. */
export interface SimilarPair {
  a: number;
  b: number;
  score: number;
}

/** How many of a story's heaviest terms are used to find its candidates. */
export const SIGNATURE_SIZE = 15;

/**
 * Every pair of stories at most `windowDays` apart whose cosine similarity
 * is at least `threshold`.
 *
 * It does not compare every pair: a story is compared only with stories in
 * the date window that share at least one of its `SIGNATURE_SIZE` heaviest
 * terms (an inverted index over those terms, walked in date order). Two
 * stories about one event share their distinctive names, so they always
 * meet; at 10,000 stories this is thousands of comparisons, not fifty million.
 */
export function similarPairs(stories: readonly Comparable[], windowDays: number, threshold: number): SimilarPair[] {
  const order = [...stories.keys()].sort((x, y) => (stories[x]?.day ?? 0) - (stories[y]?.day ?? 0) || x - y);
  const postings = new Map<number, number[]>();
  // Where each story sits in each of its signature terms' postings, to start walking from there.
  const signatures = order.map((index, rank) => {
    const story = stories[index];
    if (!story) return [];
    return topTerms(story.vector, SIGNATURE_SIZE).map((term) => {
      const list = postings.get(term) ?? [];
      postings.set(term, list);
      list.push(rank);
      return { list, at: list.length - 1 };
    });
  });

  const pairs: SimilarPair[] = [];
  order.forEach((index, rank) => {
    const story = stories[index];
    if (!story) return;
    const candidates = new Set<number>();
    for (const { list, at } of signatures[rank] ?? []) {
      for (let k = at + 1; k < list.length; k++) {
        const other = order[list[k] ?? 0] ?? 0;
        if ((stories[other]?.day ?? Infinity) - story.day > windowDays) break;
        candidates.add(other);
      }
    }
    for (const other of candidates) {
      const score = cosine(story.vector, stories[other]?.vector ?? story.vector);
      if (score >= threshold) pairs.push({ a: Math.min(index, other), b: Math.max(index, other), score });
    }
  });
  return pairs;
}
