import type { SearchOptions, SortOrder } from '../../lib/search/types.ts';

/** Everything a search page URL holds (`?q=&outlet=&author=&from=&to=&sort=`), as the form shows it. */
export interface QueryState {
  /** The query as typed. */
  q: string;
  /** An outlet's URL segment as the site's own URLs have it (`the-new-york-times`), or '' for all outlets. */
  outlet: string;
  /** An author's URL segment (`julian-e-barnes`), or '' for all authors. */
  author: string;
  /** Inclusive `YYYY-MM-DD` bounds, or ''. */
  from: string;
  to: string;
  sort: SortOrder;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads a URL's search parameters; a malformed date or an unknown sort falls back to no filter and relevance. */
export function readState(params: URLSearchParams): QueryState {
  const day = (name: string) => {
    const value = params.get(name) ?? '';
    return DAY.test(value) ? value : '';
  };
  return {
    q: params.get('q') ?? '',
    outlet: params.get('outlet') ?? '',
    author: params.get('author') ?? '',
    from: day('from'),
    to: day('to'),
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
  };
}

/**
 * The canonical search string for a state (`?q=kim&sort=date`), or '' when
 * every field is empty or default, so that one search has one URL.
 */
export function writeState(state: QueryState): string {
  const params = new URLSearchParams();
  const q = normalizeQuery(state.q);
  if (q) params.set('q', q);
  if (state.outlet) params.set('outlet', state.outlet);
  if (state.author) params.set('author', state.author);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const search = params.toString();
  return search ? `?${search}` : '';
}

/**
 * The query as the page reports it and sends it to the engine: trimmed, runs
 * of whitespace made one space. The engine does the real normalization.
 */
export const normalizeQuery = (q: string): string => q.trim().replace(/\s+/g, ' ');

/** Whether any filter narrows the search. */
export const hasFilters = (state: QueryState): boolean =>
  Boolean(state.outlet || state.author || state.from || state.to);

/** The engine's options for a state, with the outlet and author by the display names their slugs stand for. */
export function searchOptions(state: QueryState, names: { outlet?: string; author?: string } = {}): SearchOptions {
  const options: SearchOptions = { sort: state.sort };
  if (names.outlet) options.outlet = names.outlet;
  if (names.author) options.author = names.author;
  if (state.from) options.from = state.from;
  if (state.to) options.to = state.to;
  return options;
}
