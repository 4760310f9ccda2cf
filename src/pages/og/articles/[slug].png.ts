import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE_TITLE } from '../../../consts';
import { keyedStoryPaths, type Article } from '../../../lib/articles';
import { formatDate } from '../../../lib/dates';
import { cardKey, socialCardPng, type CardText } from '../../../lib/meta/social-card';

/** What the story's card shows. */
const cardOf = (article: Article): CardText => {
  const { title, titleByArchive, outlet, date } = article.data;
  return {
    headline: title,
    footer: `${outlet} · ${formatDate(date)}`,
    ...(titleByArchive ? { note: 'Headline written by the archive from the article’s lede' } : {}),
    siteName: SITE_TITLE,
  };
};

// Keyed by the card's text: a warm build copies every card whose text did not change.
export const getStaticPaths = (() => keyedStoryPaths((article) => cardKey(cardOf(article)))) satisfies GetStaticPaths;

/** The story's 1200×630 share card: headline, outlet and date. */
export const GET: APIRoute<{ article: Article }> = async ({ props }) =>
  new Response(await socialCardPng(cardOf(props.article)), { headers: { 'content-type': 'image/png' } });
