import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles } from '../../../lib/articles';
import { byOutlet } from '../../../lib/grouping';
import { outletFeed } from '../../../lib/meta/feed-source';
import { RSS_NAMESPACES, rssChannelData, rssItems } from '../../../lib/meta/feeds';

export const getStaticPaths = (async () => {
  return byOutlet(await getArticles()).map((outlet) => ({ params: { outlet: outlet.key } }));
}) satisfies GetStaticPaths;

/** One outlet's stories as RSS 2.0, in full. */
export const GET: APIRoute = async ({ params, site }) => {
  if (!site || !params['outlet']) throw new Error('The feeds need the `site` setting and an outlet.');
  const { channel, entries } = await outletFeed(site, 'rss', params['outlet']);
  return rss({
    title: channel.title,
    description: channel.description,
    site: channel.homePageUrl,
    items: rssItems(entries, site),
    xmlns: RSS_NAMESPACES,
    customData: rssChannelData(channel),
  });
};
