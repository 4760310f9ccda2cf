import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteSearchIndex } from '../../lib/search/site-index';

export const prerender = true;

/**
 * Every index file (`manifest.<hash>.json`, `vocab.<hash>.json`, …) as a static JSON file.
 *
 * The `.json` is in the route's file name, not in the parameter: Astro only exempts an
 * endpoint from `trailingSlash: 'always'` when its route has a file extension, so with
 * `[file].ts` the dev server answered `/search-index/manifest.<hash>.json` with a 404 and
 * served it only with a trailing slash (search was unavailable under `npm run dev`).
 */
export const getStaticPaths = (async () => {
  const { files } = await getSiteSearchIndex();
  return files.map(({ path, body }) => {
    if (!path.endsWith('.json')) throw new Error(`search index file "${path}": every index file must end in .json`);
    return { params: { name: path.slice(0, -'.json'.length) }, props: { body } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
