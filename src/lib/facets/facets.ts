/**
 * Facet counts for a result list: how many matching stories each outlet and
 * author has, each facet counted under every filter but its own (so that
 * picking an outlet still shows what the others hold), and the stories the
 * timeline draws (every filter but the dates). Pure; the search page runs
 * it over every hit of a query.
 */

/** What the facets read of one matching story. */
export interface FacetStory {
  /** `YYYY-MM-DD` */
  date: string;
  outlet: string;
  authors: readonly string[];
}

/** The filters in force, by display name; `from`/`to` are inclusive `YYYY-MM-DD` bounds. */
export interface FacetFilters {
  outlet?: string | undefined;
  author?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export interface FacetValue {
  name: string;
  count: number;
}

export interface FacetCounts {
  /** Stories that pass every filter. */
  total: number;
  /** By count, most first, then by name. */
  outlets: FacetValue[];
  authors: FacetValue[];
  /** Stories that pass every filter but the dates: what the timeline draws. */
  timeline: FacetStory[];
}

const inDates = (story: FacetStory, { from, to }: FacetFilters) =>
  (!from || story.date >= from) && (!to || story.date <= to);
const ofOutlet = (story: FacetStory, { outlet }: FacetFilters) => !outlet || story.outlet === outlet;
const byAuthor = (story: FacetStory, { author }: FacetFilters) => !author || story.authors.includes(author);

function ranked(counts: Map<string, number>): FacetValue[] {
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

const bump = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

/** Counts `stories` (the query's matches, unfiltered) per outlet and author under `filters`. */
export function countFacets(stories: Iterable<FacetStory>, filters: FacetFilters = {}): FacetCounts {
  const outlets = new Map<string, number>();
  const authors = new Map<string, number>();
  const timeline: FacetStory[] = [];
  let total = 0;
  for (const story of stories) {
    const dates = inDates(story, filters);
    const outlet = ofOutlet(story, filters);
    const author = byAuthor(story, filters);
    if (dates && author) bump(outlets, story.outlet);
    if (dates && outlet) for (const name of new Set(story.authors)) bump(authors, name);
    if (outlet && author) timeline.push(story);
    if (dates && outlet && author) total += 1;
  }
  return { total, outlets: ranked(outlets), authors: ranked(authors), timeline };
}
