import type { APIRoute } from 'astro';
import { BASE_PATH, absoluteUrl, sitemapIndexPath } from '../lib/routes';

/** Lets every crawler in and points it at the sitemap, by its absolute URL. */
export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('The `site` setting is required for the sitemap URL.');
  const body = [
    'User-agent: *',
    `Allow: ${BASE_PATH}`,
    '',
    `Sitemap: ${absoluteUrl(sitemapIndexPath(), site)}`,
    '',
  ].join('\n');
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
