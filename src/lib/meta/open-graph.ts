import { isoDay } from '../dates.ts';
import { absoluteUrl, authorPathOf, siteCardPath, storyCardPath, storyPath } from '../routes.ts';
import { citedTitle } from './citation.ts';
import { invertedName } from './names.ts';
import { CARD_HEIGHT, CARD_WIDTH, type StoryFacts } from './story.ts';

/** One `<meta>` tag: Open Graph tags use `property`, Twitter and citation tags use `name`. */
export interface MetaTag {
  attribute: 'property' | 'name';
  key: string;
  content: string;
}

const og = (key: string, content: string): MetaTag => ({ attribute: 'property', key, content });
const named = (key: string, content: string): MetaTag => ({ attribute: 'name', key, content });

/** What every page shares: title, description, its own URL and a card image. */
export interface PageShare {
  title: string;
  description: string;
  /** The page's absolute URL. */
  url: string;
  /** Absolute URL of a 1200×630 card. */
  image: string;
  imageAlt: string;
}

/** Open Graph and Twitter card tags for any page (`og:type` website, large image card). */
export function shareTags(page: PageShare, siteName: string, type: 'website' | 'article' = 'website'): MetaTag[] {
  return [
    og('og:type', type),
    og('og:site_name', siteName),
    og('og:locale', 'en_US'),
    og('og:title', page.title),
    og('og:description', page.description),
    og('og:url', page.url),
    og('og:image', page.image),
    og('og:image:type', 'image/png'),
    og('og:image:width', String(CARD_WIDTH)),
    og('og:image:height', String(CARD_HEIGHT)),
    og('og:image:alt', page.imageAlt),
    named('twitter:card', 'summary_large_image'),
    named('twitter:title', page.title),
    named('twitter:description', page.description),
    named('twitter:image', page.image),
    named('twitter:image:alt', page.imageAlt),
  ];
}

/** The share description of a page that is not a story: its own card. */
export const siteShare = (title: string, description: string, url: string, site: URL | string): PageShare => ({
  title,
  description,
  url,
  image: absoluteUrl(siteCardPath(), site),
  imageAlt: title,
});

/**
 * Every `<meta>` a story page carries beyond the basics: Open Graph article
 * tags (authors as their archive pages, the outlet as section), the Twitter
 * card, and the Highwire `citation_*` tags that reference managers read.
 */
export function storyMetaTags(story: StoryFacts, site: URL | string, siteName: string): MetaTag[] {
  const { data } = story;
  const share: PageShare = {
    title: data.title,
    description: data.description,
    url: absoluteUrl(storyPath(story.id), site),
    image: absoluteUrl(storyCardPath(story.id), site),
    imageAlt: `${data.title} — ${data.outlet}, ${isoDay(data.date)}`,
  };
  const day = isoDay(data.date);
  return [
    ...shareTags(share, siteName, 'article'),
    og('article:published_time', day),
    ...data.authors.map((author) => og('article:author', absoluteUrl(authorPathOf(author), site))),
    og('article:section', data.outlet),
    named('citation_title', citedTitle(story)),
    ...data.authors.map((author) => named('citation_author', invertedName(author))),
    named('citation_publication_date', day.replaceAll('-', '/')),
    named('citation_journal_title', data.outlet),
    named('citation_public_url', share.url),
    named('citation_language', 'en'),
  ];
}
