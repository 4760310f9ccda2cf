import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { siteFeed } from '../lib/meta/feed-source';
import { RSS_NAMESPACES, rssChannelData, rssItems } from '../lib/meta/feeds';

/** The whole archive as RSS 2.0, the newest stories in full. */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('The `site` setting is required for the feeds.');
  const { channel, entries } = await siteFeed(site, 'rss');
  return rss({
    title: channel.title,
    description: channel.description,
    site: channel.homePageUrl,
    items: rssItems(entries, site),
    xmlns: RSS_NAMESPACES,
    customData: rssChannelData(channel),
  });
};
