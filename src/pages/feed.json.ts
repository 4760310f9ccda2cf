import type { APIRoute } from 'astro';
import { siteFeed } from '../lib/meta/feed-source';
import { feedResponse } from '../lib/meta/feed-response';

/** The whole archive as a JSON Feed 1.1, the newest stories in full. */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('The `site` setting is required for the feeds.');
  return feedResponse(await siteFeed(site, 'json'), 'json', site);
};
