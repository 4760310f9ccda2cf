import type { APIRoute } from 'astro';
import { siteFeed } from '../lib/meta/feed-source';
import { jsonFeed } from '../lib/meta/feeds';

/** The whole archive as a JSON Feed 1.1, the newest stories in full. */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('The `site` setting is required for the feeds.');
  const { channel, entries } = await siteFeed(site, 'json');
  return new Response(JSON.stringify(jsonFeed(channel, entries, site), null, 2), {
    headers: { 'content-type': 'application/feed+json; charset=utf-8' },
  });
};
