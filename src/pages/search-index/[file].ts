import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteSearchIndex } from '../../lib/search/site-index';

export const prerender = true;

/** Every index file (`manifest.<hash>.json`, `vocab.<hash>.json`, …) as a static JSON file. */
export const getStaticPaths = (async () => {
  const { files } = await getSiteSearchIndex();
  return files.map(({ path, body }) => ({ params: { file: path }, props: { body } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
