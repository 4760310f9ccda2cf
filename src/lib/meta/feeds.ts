import type { RSSFeedItem } from '@astrojs/rss';
import { absoluteUrl, authorPathOf, feedPath, storyCardPath, storyPath } from '../routes.ts';
import { slugify } from '../slug.ts';
import { absolutizeLinks, escapeXml } from './feed-content.ts';
import type { StoryFacts } from './story.ts';

/** A story with its body rendered to HTML, as feeds carry it in full. */
export interface FeedEntry {
  story: StoryFacts;
  /** The rendered body, links relative to the story page. */
  html: string;
}

/** A feed's own description: the site-wide feed or one outlet's. */
export interface FeedChannel {
  title: string;
  description: string;
  /** The page the feed mirrors, absolute. */
  homePageUrl: string;
  /** The feed's own address, absolute. */
  feedUrl: string;
}

/** A `<link rel="alternate">` to a feed. */
export interface FeedLink {
  type: 'application/rss+xml' | 'application/feed+json';
  title: string;
  /** Absolute URL. */
  href: string;
}

/**
 * The feeds a page advertises: the whole archive's, then the outlet's when
 * the page belongs to one, each in RSS and JSON Feed.
 */
export function feedLinks(site: URL | string, siteName: string, outlet?: string): FeedLink[] {
  const links = (title: string, key?: string): FeedLink[] => [
    { type: 'application/rss+xml', title: `${title} (RSS)`, href: absoluteUrl(feedPath('rss', key), site) },
    { type: 'application/feed+json', title: `${title} (JSON Feed)`, href: absoluteUrl(feedPath('json', key), site) },
  ];
  return [...links(siteName), ...(outlet ? links(`${outlet} · ${siteName}`, slugify(outlet)) : [])];
}

/**
 * RSS items for `@astrojs/rss`: the permalink as link and guid, the outlet as
 * category, each author as `dc:creator` (RSS's own `author` must be an email
 * address), and the full body as `content:encoded`. Needs the `dc` namespace
 * declared on the channel.
 */
export function rssItems(entries: readonly FeedEntry[], site: URL | string): RSSFeedItem[] {
  return entries.map(({ story, html }) => {
    const url = absoluteUrl(storyPath(story.id), site);
    return {
      title: story.data.title,
      link: url,
      pubDate: story.data.date,
      description: story.data.description,
      content: absolutizeLinks(html, url),
      categories: [story.data.outlet],
      customData: story.data.authors.map((author) => `<dc:creator>${escapeXml(author)}</dc:creator>`).join(''),
    };
  });
}

/** The namespaces `rssItems` and `rssChannelData` use. */
export const RSS_NAMESPACES = { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' };

/** The channel's language and its `atom:link rel="self"`, which feed validators ask for. */
export const rssChannelData = (channel: FeedChannel): string =>
  `<language>en</language><atom:link href="${escapeXml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>`;

/** A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1) with the newest stories in full. */
export function jsonFeed(channel: FeedChannel, entries: readonly FeedEntry[], site: URL | string): object {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: channel.homePageUrl,
    feed_url: channel.feedUrl,
    description: channel.description,
    language: 'en',
    items: entries.map(({ story, html }) => {
      const url = absoluteUrl(storyPath(story.id), site);
      return {
        id: url,
        url,
        title: story.data.title,
        summary: story.data.description,
        content_html: absolutizeLinks(html, url),
        image: absoluteUrl(storyCardPath(story.id), site),
        date_published: story.data.date.toISOString(),
        authors: story.data.authors.map((name) => ({ name, url: absoluteUrl(authorPathOf(name), site) })),
        tags: [story.data.outlet],
      };
    }),
  };
}
