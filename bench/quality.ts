import type { BenchQuery, QueryKind } from './queries.ts';

export interface QueryQuality {
  query: string;
  kind: QueryKind;
  relevant: number;
  returned: number;
  /** Relevant stories in the top 10, over the most there could be (`min(10, relevant)`). */
  precisionAt10: number;
  /** Relevant stories in the top `depth`, over `min(depth, relevant)`. */
  recall: number;
}

export interface QualitySummary {
  /** Mean over the exact-word queries (words, names, places, two words, hyphen and acronym forms). */
  exactPrecisionAt10: number;
  exactRecall: number;
  /** Mean recall of the intended word over the typo queries. */
  typoRecall: number;
  /** Stories returned for queries that should find nothing. */
  missReturned: number;
  perQuery: QueryQuality[];
}

const EXACT: readonly QueryKind[] = ['word', 'name', 'place', 'two-words', 'hyphen', 'acronym'];

/** The story id in `/articles/<id>/` (with or without a fragment or index.html). */
export function storyId(url: string): string {
  return /\/articles\/([^/#?]+)/.exec(url)?.[1] ?? url;
}

/** Scores an engine's ranked results against the exact answers. */
export function scoreQuality(
  queries: readonly BenchQuery[],
  results: readonly { query: string; total: number; urls: string[] }[],
  depth = 100,
): QualitySummary {
  const perQuery = queries.map((query): QueryQuality => {
    const found = results.find((result) => result.query === query.query);
    const ids = (found?.urls ?? []).map(storyId);
    const relevant = new Set(query.relevant);
    const hits = (list: string[]) => list.filter((id) => relevant.has(id)).length;
    const top10 = ids.slice(0, 10);
    const precisionAt10 =
      relevant.size === 0 ? (top10.length === 0 ? 1 : 0) : hits(top10) / Math.min(10, relevant.size);
    const recall = relevant.size === 0 ? 1 : hits(ids.slice(0, depth)) / Math.min(depth, relevant.size);
    return {
      query: query.query,
      kind: query.kind,
      relevant: relevant.size,
      returned: found?.total ?? 0,
      precisionAt10,
      recall,
    };
  });
  const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : NaN);
  const exact = perQuery.filter((q) => EXACT.includes(q.kind));
  const typos = perQuery.filter((q) => q.kind === 'typo');
  return {
    exactPrecisionAt10: mean(exact.map((q) => q.precisionAt10)),
    exactRecall: mean(exact.map((q) => q.recall)),
    typoRecall: mean(typos.map((q) => q.recall)),
    missReturned: perQuery.filter((q) => q.kind === 'miss').reduce((sum, q) => sum + q.returned, 0),
    perQuery,
  };
}
