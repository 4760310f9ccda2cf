import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles } from '../../../lib/articles';
import { byOutlet } from '../../../lib/grouping';
import { outletFeed } from '../../../lib/meta/feed-source';
import { jsonFeed } from '../../../lib/meta/feeds';

export const getStaticPaths = (async () => {
  return byOutlet(await getArticles()).map((outlet) => ({ params: { outlet: outlet.key } }));
}) satisfies GetStaticPaths;

/** One outlet's stories as a JSON Feed 1.1, in full. */
export const GET: APIRoute = async ({ params, site }) => {
  if (!site || !params['outlet']) throw new Error('The feeds need the `site` setting and an outlet.');
  const { channel, entries } = await outletFeed(site, 'json', params['outlet']);
  return new Response(JSON.stringify(jsonFeed(channel, entries, site), null, 2), {
    headers: { 'content-type': 'application/feed+json; charset=utf-8' },
  });
};
