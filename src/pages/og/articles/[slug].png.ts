import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE_TITLE } from '../../../consts';
import { storyPaths, type Article } from '../../../lib/articles';
import { formatDate } from '../../../lib/dates';
import { socialCardPng } from '../../../lib/meta/social-card';

export const getStaticPaths = storyPaths satisfies GetStaticPaths;

/** The story's 1200×630 share card: headline, outlet and date. */
export const GET: APIRoute<{ article: Article }> = async ({ props }) => {
  const { title, titleByArchive, outlet, date } = props.article.data;
  const png = await socialCardPng({
    headline: title,
    footer: `${outlet} · ${formatDate(date)}`,
    ...(titleByArchive ? { note: 'Headline written by the archive from the article’s lede' } : {}),
    siteName: SITE_TITLE,
  });
  return new Response(png, { headers: { 'content-type': 'image/png' } });
};
