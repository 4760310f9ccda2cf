import rss from '@astrojs/rss';
import type { FeedSource } from './feed-source.ts';
import { jsonFeed, RSS_NAMESPACES, rssChannelData, rssItems } from './feeds.ts';

/** A feed endpoint's response: RSS 2.0 through @astrojs/rss, or JSON Feed 1.1. */
export function feedResponse({ channel, entries }: FeedSource, format: 'rss' | 'json', site: URL): Promise<Response> {
  if (format === 'json') {
    return Promise.resolve(
      new Response(JSON.stringify(jsonFeed(channel, entries, site), null, 2), {
        headers: { 'content-type': 'application/feed+json; charset=utf-8' },
      }),
    );
  }
  return rss({
    title: channel.title,
    description: channel.description,
    site: channel.homePageUrl,
    items: rssItems(entries, site),
    xmlns: RSS_NAMESPACES,
    customData: rssChannelData(channel),
  });
}
