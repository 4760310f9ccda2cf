/**
 * Draws the research panel's timeline and facet counts for a query's matches
 * (the story table's rows). Loaded by research.ts beside the table itself, so
 * that its code is not among the bytes before the first search.
 */
import { countFacets } from '../../lib/facets/facets.ts';
import type { SearchMatches } from '../../lib/search/types.ts';
import { facetNodes } from './facets.ts';
import type { QueryState } from './query-state.ts';
import { drawTimeline } from './timeline.ts';

/** Draws both into their elements; returns whether the panel has anything to show. */
export function drawPanel(
  into: { timeline: HTMLElement; facets: HTMLElement },
  state: QueryState,
  names: { outlet?: string; author?: string },
  matches: SearchMatches,
  apply: (patch: Partial<QueryState>) => void,
): boolean {
  const counts = countFacets(matches.stories, { ...names, from: state.from, to: state.to });
  const palette = matches.outlets.map((outlet) => outlet.name);
  drawTimeline(into.timeline, counts.timeline, palette, { from: state.from, to: state.to }, (range) => apply(range));
  const slugs = (list: SearchMatches['outlets']) => {
    const bySlug = new Map(list.map((entry) => [entry.name, entry.slug]));
    return (name: string) => bySlug.get(name) ?? '';
  };
  into.facets.replaceChildren(
    ...facetNodes(
      counts,
      { outlet: slugs(matches.outlets), author: slugs(matches.authors) },
      { outlet: state.outlet, author: state.author },
    ),
  );
  return counts.total > 0 || counts.timeline.length > 0;
}
