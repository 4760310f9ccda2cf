import type { APIRoute } from 'astro';
import { SITE_TITLE } from '../../consts';
import { socialCardPng } from '../../lib/meta/social-card';

/** The share card of every page that is not a story. */
export const GET: APIRoute = async () => {
  const png = await socialCardPng({
    headline: 'Verbatim copies of published news articles',
    footer: 'Browse by month, outlet and author; link to any story or paragraph',
    siteName: SITE_TITLE,
  });
  return new Response(png, { headers: { 'content-type': 'image/png' } });
};
