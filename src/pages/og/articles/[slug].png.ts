import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE_TITLE } from '../../../consts';
import { keyedStoryPaths, type Article } from '../../../lib/articles';
import { formatDate } from '../../../lib/dates';
import { drawCardsAhead } from '../../../lib/meta/cards-ahead';
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
export const getStaticPaths = (async () => {
  const paths = await keyedStoryPaths((article) => cardKey(cardOf(article)));
  // A build (not the dev server, which draws a card when asked) starts drawing the missing cards on another thread.
  if (import.meta.env.PROD) {
    drawCardsAhead(paths.map(({ props }) => cardOf(props.article))).catch((error: unknown) =>
      console.warn(`Share cards were not drawn ahead (the build draws them): ${String(error)}`),
    );
  }
  return paths;
}) satisfies GetStaticPaths;

/** The story's 1200×630 share card: headline, outlet and date. */
export const GET: APIRoute<{ article: Article }> = async ({ props }) =>
  new Response(await socialCardPng(cardOf(props.article)), { headers: { 'content-type': 'image/png' } });
