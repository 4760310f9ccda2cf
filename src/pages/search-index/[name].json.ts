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
  // The file itself, not its body: a story file's body is made when the file is written (build-index.ts).
  return files.map((file) => {
    if (!file.path.endsWith('.json')) {
      throw new Error(`search index file "${file.path}": every index file must end in .json`);
    }
    // Every index file's name carries its content's hash: the name is the key (incremental builds).
    return { params: { name: file.path.slice(0, -'.json'.length) }, props: { file }, cacheKey: file.path };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { file: { body: string } }).file.body, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
