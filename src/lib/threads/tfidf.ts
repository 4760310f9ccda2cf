import { contentTerms } from './normalize.ts';

/** A sparse, L2-normalized TF-IDF vector: term ids ascending, with their weights. */
export interface SparseVector {
  terms: Uint32Array;
  weights: Float64Array;
}

/**
 * TF-IDF vectors for a corpus of texts. Term frequency is sublinear
 * (1 + ln tf) so a word repeated ten times does not drown the rest; IDF is
 * smoothed, ln((1 + N) / (1 + df)) + 1, so that a word both stories of a
 * two-story archive share still counts.
 */
export function tfidfVectors(texts: Iterable<string>): SparseVector[] {
  const ids = new Map<string, number>();
  const df: number[] = [];
  // Each text's term counts go into typed arrays as soon as it is read: a Map per story, all alive until the
  // weights are known, was the largest part of the build's peak heap at 100,000 stories.
  const counted: { terms: Uint32Array; counts: Uint32Array }[] = [];
  for (const text of texts) {
    const tf = new Map<number, number>();
    for (const term of contentTerms(text)) {
      let id = ids.get(term);
      if (id === undefined) {
        id = ids.size;
        ids.set(term, id);
      }
      tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    const terms = Uint32Array.from(tf.keys()).sort();
    for (const id of terms) df[id] = (df[id] ?? 0) + 1;
    counted.push({ terms, counts: Uint32Array.from(terms, (id) => tf.get(id) ?? 1) });
  }
  const n = counted.length;
  return counted.map(({ terms, counts }) => {
    const weights = new Float64Array(terms.length);
    let norm = 0;
    terms.forEach((id, i) => {
      const w = (1 + Math.log(counts[i] ?? 1)) * (Math.log((1 + n) / (1 + (df[id] ?? 0))) + 1);
      weights[i] = w;
      norm += w * w;
    });
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] ?? 0) / norm;
    return { terms, weights };
  });
}

/** Cosine similarity of two normalized sparse vectors (a merge over their sorted term ids). */
export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const ta = a.terms[i] ?? 0;
    const tb = b.terms[j] ?? 0;
    if (ta === tb) dot += (a.weights[i++] ?? 0) * (b.weights[j++] ?? 0);
    else if (ta < tb) i++;
    else j++;
  }
  return dot;
}

/** The ids of a vector's `count` heaviest terms: what the story is most distinctly about. */
export function topTerms(vector: SparseVector, count: number): number[] {
  const order = [...vector.terms.keys()].sort(
    (x, y) => (vector.weights[y] ?? 0) - (vector.weights[x] ?? 0) || (vector.terms[x] ?? 0) - (vector.terms[y] ?? 0),
  );
  return order.slice(0, count).map((index) => vector.terms[index] ?? 0);
}
