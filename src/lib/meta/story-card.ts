import { SITE_TITLE } from '../../consts.ts';
import type { Article } from '../articles.ts';
import { formatDate } from '../dates.ts';
import type { CardText } from './social-card.ts';

/** What a story's share card shows: its headline, outlet and date. */
export const storyCard = (article: Article): CardText => {
  const { title, titleByArchive, outlet, date } = article.data;
  return {
    headline: title,
    footer: `${outlet} · ${formatDate(date)}`,
    ...(titleByArchive ? { note: 'Headline written by the archive from the article’s lede' } : {}),
    siteName: SITE_TITLE,
  };
};
