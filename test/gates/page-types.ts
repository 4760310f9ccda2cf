import { listPages } from '../helpers/dist.ts';

/** One page standing for every page built from the same route. */
export interface PageType {
  /** The route's shape, e.g. `/articles/_/` or `/search/?q=Putin`. */
  name: string;
  /** URL path (and query) to open on the served site. */
  path: string;
}

/** A query the real archive has results for, and one it has none for. */
export const QUERY_WITH_RESULTS = 'Putin';
export const QUERY_WITHOUT_RESULTS = 'zzyzxqwv';

/**
 * The route shape of a built page: every segment after the first becomes `_`
 * (`/archive/2023/09/2/` → `/archive/_/_/_/`), so each route and each depth
 * of pagination is one shape.
 */
export function routeShape(path: string): string {
  const [first, ...rest] = path.split('/').filter(Boolean);
  if (first === undefined) return '/';
  const tail = path.endsWith('/') ? '/' : '';
  return ['', first, ...rest.map(() => '_')].join('/') + tail;
}

/**
 * One page of each route shape in a built site (the first in sort order), so a
 * route added later is covered without naming it here. The search page is
 * opened three times: empty, with a query that finds stories and with one
 * that finds none.
 * `except` drops shapes already covered by another build.
 */
export function pageTypes(siteDir: string, except: ReadonlySet<string> = new Set()): PageType[] {
  const byShape = new Map<string, string>();
  for (const path of listPages(siteDir)) {
    const shape = routeShape(path);
    if (!byShape.has(shape) && !except.has(shape)) byShape.set(shape, path);
  }
  return [...byShape].flatMap(([name, path]): PageType[] =>
    name === '/search/'
      ? [
          { name, path },
          { name: `/search/?q=${QUERY_WITH_RESULTS}`, path: `/search/?q=${QUERY_WITH_RESULTS}` },
          { name: `/search/?q=${QUERY_WITHOUT_RESULTS}`, path: `/search/?q=${QUERY_WITHOUT_RESULTS}` },
        ]
      : [{ name, path }],
  );
}

/** Every route shape in a built site. */
export function routeShapes(siteDir: string): Set<string> {
  return new Set(listPages(siteDir).map(routeShape));
}
