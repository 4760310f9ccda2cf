import { isoDay } from '../dates.ts';
import { absoluteUrl, authorPathOf, storyCardPath, storyPath } from '../routes.ts';
import { CARD_HEIGHT, CARD_WIDTH, type StoryFacts } from './story.ts';

/** A JSON-LD node: plain JSON with schema.org keys. */
export type JsonLd = { [key: string]: JsonValue };
type JsonValue = string | number | boolean | JsonLd | JsonValue[];

const organization = (name: string): JsonLd => ({ '@type': 'Organization', name });

const people = (authors: readonly string[], site: URL | string): JsonLd[] =>
  authors.map((name) => ({
    '@type': 'Person',
    name,
    url: absoluteUrl(authorPathOf(name), site),
  }));

/**
 * The schema.org `NewsArticle` for a story page. The outlet is publisher and
 * source organization; `isBasedOn` describes the outlet's own published
 * article, of which the page is a copy. Optional facts are left out rather
 * than given empty.
 */
export function newsArticleJsonLd(story: StoryFacts, site: URL | string): JsonLd {
  const { data } = story;
  const url = absoluteUrl(storyPath(story.id), site);
  const outlet = organization(data.outlet);
  const published = isoDay(data.date);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': `${url}#article`,
    headline: data.title,
    description: data.description,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    datePublished: published,
    author: people(data.authors, site),
    publisher: outlet,
    sourceOrganization: outlet,
    image: {
      '@type': 'ImageObject',
      url: absoluteUrl(storyCardPath(story.id), site),
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
    },
    isAccessibleForFree: true,
    inLanguage: 'en',
    ...(data.dateline ? { dateline: data.dateline } : {}),
    isBasedOn: {
      '@type': 'NewsArticle',
      publisher: outlet,
      author: data.authors.map((name) => ({ '@type': 'Person', name })),
      datePublished: published,
    },
  };
}

/** One step of a breadcrumb trail, root-relative. */
export interface Crumb {
  href: string;
  label: string;
}

/** A schema.org `BreadcrumbList` from the top of the site down to the page itself. */
export function breadcrumbListJsonLd(trail: readonly Crumb[], site: URL | string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.label,
      item: new URL(crumb.href, site).href,
    })),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is escaped so that no
 * string in the data can close the script element.
 */
export const serializeJsonLd = (node: JsonLd): string => JSON.stringify(node).replace(/</g, '\\u003c');
