/**
 * Ranking, as pure functions of the query's units and their postings: no
 * fetching, no text. A story is ordered by how many units it meets, then by
 * how exactly (`MATCH_KINDS` tiers: the word as typed, another form, a
 * continuation of the word being typed), then by BM25F score.
 */
import type { Postings } from './loader.ts';

/** Part of a query a story can meet: a word (with its forms), an `OR` of words, or a phrase. */
export interface Unit {
  /** Terms any one of which meets the unit, each with its tier and score factor. */
  terms: ReadonlyMap<string, { tier: number; factor: number }>;
  /** Terms that meet the unit when they stand in this order in the text (a phrase, or `anti tank`). */
  sequence?: readonly string[];
  /** Quoted: every hit must meet it, even among partial matches. */
  required: boolean;
}

export interface Candidate {
  doc: number;
  /** Units met. */
  coverage: number;
  /** Sum over the units met of the best tier reached. */
  tier: number;
  score: number;
  /** Units met only if the text shows their sequence: still to be checked. */
  maybe: number[];
}

const EMPTY: Postings = { docs: [], scores: [], places: '' };

export const byRelevance = (a: Candidate, b: Candidate): number =>
  b.coverage - a.coverage || b.tier - a.tier || b.score - a.score || a.doc - b.doc;

/**
 * Every story meeting at least one unit (and every required one, or possibly
 * so), outside `excluded` and passing `passes`, by relevance.
 */
export function candidatesOf(
  units: readonly Unit[],
  postings: ReadonlyMap<string, Postings>,
  passes: (doc: number) => boolean,
  excluded: ReadonlySet<number> = new Set(),
): Candidate[] {
  // Per story and unit: the best outright score and tier, and the summed score and count of the sequence's terms.
  const outright = new Map<number, Float64Array>();
  const tiers = new Map<number, Int8Array>();
  const sequenceScore = new Map<number, Float64Array>();
  const sequenceCount = new Map<number, Int32Array>();
  const row = <A extends Float64Array | Int32Array | Int8Array>(
    map: Map<number, A>,
    doc: number,
    make: (n: number) => A,
  ): A => {
    let values = map.get(doc);
    if (!values) map.set(doc, (values = make(units.length)));
    return values;
  };
  const usable = (doc: number) => passes(doc) && !excluded.has(doc);
  units.forEach((unit, u) => {
    for (const [term, { tier, factor }] of unit.terms) {
      const { docs, scores } = postings.get(term) ?? EMPTY;
      docs.forEach((doc, i) => {
        if (!usable(doc)) return;
        const values = row(outright, doc, (n) => new Float64Array(n));
        const best = row(tiers, doc, (n) => new Int8Array(n));
        const score = (scores[i] ?? 0) * factor;
        if (tier > (best[u] ?? 0) || (tier === best[u] && score > (values[u] ?? 0))) {
          best[u] = tier;
          values[u] = score;
        }
      });
    }
    for (const term of new Set(unit.sequence)) {
      const { docs, scores } = postings.get(term) ?? EMPTY;
      docs.forEach((doc, i) => {
        if (!usable(doc)) return;
        const sums = row(sequenceScore, doc, (n) => new Float64Array(n));
        sums[u] = (sums[u] ?? 0) + (scores[i] ?? 0);
        const counts = row(sequenceCount, doc, (n) => new Int32Array(n));
        counts[u] = (counts[u] ?? 0) + 1;
      });
    }
  });

  const candidates: Candidate[] = [];
  for (const doc of new Set([...outright.keys(), ...sequenceCount.keys()])) {
    const candidate: Candidate = { doc, coverage: 0, tier: 0, score: 0, maybe: [] };
    let possible = true;
    units.forEach((unit, u) => {
      const tier = tiers.get(doc)?.[u] ?? 0;
      const sequence = unit.sequence ?? [];
      const complete = sequence.length > 0 && (sequenceCount.get(doc)?.[u] ?? 0) >= new Set(sequence).size;
      if (tier > 0) {
        candidate.coverage += 1;
        candidate.tier += tier;
        candidate.score += outright.get(doc)?.[u] ?? 0;
      } else if (complete) {
        // A sequence found in the text is the words as typed: the top tier.
        candidate.coverage += 1;
        candidate.tier += 3;
        candidate.score += sequenceScore.get(doc)?.[u] ?? 0;
        // One word in a row is no more than the word: only a longer sequence needs the text.
        if (sequence.length > 1) candidate.maybe.push(u);
      } else if (unit.required) possible = false;
    });
    if (possible && candidate.coverage > 0) candidates.push(candidate);
  }
  return candidates.sort(byRelevance);
}

/**
 * Applies the text checks of sequences: `found(candidate, u)` says whether
 * the story shows unit `u`'s sequence (undefined: not checked, so dropped).
 * A required unit not shown drops the story; another unit not shown is not met.
 */
export function settleSequences(
  candidates: readonly Candidate[],
  units: readonly Unit[],
  found: (candidate: Candidate, unit: number) => boolean | undefined,
): Candidate[] {
  return candidates.flatMap((candidate) => {
    if (candidate.maybe.length === 0) return [candidate];
    const shown = candidate.maybe.map((u) => found(candidate, u));
    if (shown.some((value) => value === undefined)) return [];
    const missing = candidate.maybe.filter((_, i) => !shown[i]);
    if (missing.some((u) => units[u]?.required)) return [];
    const coverage = candidate.coverage - missing.length;
    const tier = candidate.tier - 3 * missing.length;
    return coverage > 0 ? [{ ...candidate, coverage, tier, maybe: [] }] : [];
  });
}

/**
 * The answer: the stories meeting every unit, or, when none does, those
 * meeting some (`partial`), most units first. Date order is story order.
 */
export function selectMatches(
  candidates: readonly Candidate[],
  unitCount: number,
  sort: 'relevance' | 'date' = 'relevance',
): { matched: Candidate[]; partial: boolean } {
  const complete = candidates.filter(({ coverage }) => coverage === unitCount);
  const partial = complete.length === 0 && candidates.length > 0;
  const matched = [...(partial ? candidates : complete)];
  matched.sort(sort === 'date' ? (a, b) => a.doc - b.doc : byRelevance);
  return { matched, partial };
}

/** Stories holding any of `terms`. */
export function docsHolding(terms: Iterable<string>, postings: ReadonlyMap<string, Postings>): Set<number> {
  const docs = new Set<number>();
  for (const term of terms) for (const doc of postings.get(term)?.docs ?? []) docs.add(doc);
  return docs;
}
