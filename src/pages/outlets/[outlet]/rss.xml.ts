import type { APIRoute, GetStaticPaths } from 'astro';
import { outletFeed, outletPaths } from '../../../lib/meta/feed-source';
import { feedResponse } from '../../../lib/meta/feed-response';

export const getStaticPaths = outletPaths satisfies GetStaticPaths;

/** One outlet's newest stories as RSS 2.0, in full. */
export const GET: APIRoute = async ({ params, site }) => {
  if (!site || !params['outlet']) throw new Error('The feeds need the `site` setting and an outlet.');
  return feedResponse(await outletFeed(site, 'rss', params['outlet']), 'rss', site);
};
