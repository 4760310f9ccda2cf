/**
 * Every path the site has, built in one place. Pages, components, feeds,
 * metadata, the search index and the tests import these; nothing else writes
 * a site path by hand.
 *
 * Paths are root-relative and carry the site's base path (Astro's `base`,
 * derived from `SITE_URL`'s path in astro.config.mjs), so the archive can live
 * under `https://example.org/wire/`. `absoluteUrl(path, site)` turns one into
 * the full address for canonical links, feeds and citations.
 */

import { paragraphId } from './paragraph-anchor.ts';
import { slugify } from './slug.ts';

/**
 * The base path, always ending in `/`. Inside Astro (build and dev) it is
 * `import.meta.env.BASE_URL`; plain Node and Vitest see `/`.
 */
export const BASE_PATH: string = withSlashes(readBase());

function readBase(): string {
  const env = (import.meta as { env?: { BASE_URL?: string } }).env;
  return env?.BASE_URL ?? '/';
}

function withSlashes(path: string): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** The base path a `SITE_URL` implies: `https://example.org/wire` → `/wire/`. */
export const basePathOf = (siteUrl: string): string => withSlashes(new URL(siteUrl).pathname);

/** A directory page under the base path: `path('outlets', 'x')` → `/outlets/x/`. */
function path(...segments: (string | number)[]): string {
  return segments.length === 0 ? BASE_PATH : `${BASE_PATH}${segments.join('/')}/`;
}

/** A file under the base path: `file('cite', 'x.bib')` → `/cite/x.bib`. */
function file(...segments: string[]): string {
  return `${BASE_PATH}${segments.join('/')}`;
}

/** A listing's page `n` (1 is the listing itself): `/outlets/x/` and `/outlets/x/2/`. */
function paged(n: number | undefined, ...segments: string[]): string {
  return n === undefined || n <= 1 ? path(...segments) : path(...segments, n);
}

export { paragraphId };

/** `/articles/x/` → the story page; `#p3` appended for a paragraph. */
export const storyPath = (id: string): string => path('articles', id);
/** One version of a story, kept at its own permanent address: `/articles/x/v2/`. */
export const versionPath = (id: string, version: number): string => path('articles', id, `v${version}`);
/** The `[version]` route parameter of that address: `v2`. */
export const versionParam = (version: number): string => `v${version}`;
export const paragraphPath = (id: string, n: number): string => `${storyPath(id)}#${paragraphId(n)}`;
/** A paragraph link within its own page: `#p3`. */
export const paragraphHash = (n: number): string => `#${paragraphId(n)}`;

export const homePath = (): string => path();
export const searchPath = (): string => path('search');
export const archivePath = (): string => path('archive');
/** `/archive/2023/09/`, from a month key `YYYY/MM` (`monthKey` in dates.ts). */
export const monthPath = (monthKey: string, page?: number): string => paged(page, 'archive', ...monthKey.split('/'));
export const outletsPath = (): string => path('outlets');
export const outletPath = (outletKey: string, page?: number): string => paged(page, 'outlets', outletKey);
/** An outlet's listing from its display name. */
export const outletPathOf = (name: string): string => outletPath(slugify(name));
export const authorsPath = (): string => path('authors');
export const authorPath = (authorKey: string, page?: number): string => paged(page, 'authors', authorKey);
/** An author's listing from their name. */
export const authorPathOf = (name: string): string => authorPath(slugify(name));
export const threadsPath = (): string => path('threads');
export const threadPath = (slug: string): string => path('threads', slug);

/** The site-wide feed, or one outlet's: `/rss.xml`, `/outlets/x/feed.json`. */
export function feedPath(format: 'rss' | 'json', outletKey?: string): string {
  const name = format === 'rss' ? 'rss.xml' : 'feed.json';
  return outletKey === undefined ? file(name) : file('outlets', outletKey, name);
}

/** A story's share card, 1200×630 PNG. */
export const storyCardPath = (id: string): string => file('og', 'articles', `${id}.png`);
/** The card for every page that is not a story. */
export const siteCardPath = (): string => file('og', 'site.png');
/** A story's citation download, `.bib` or `.ris`. */
export const citationPath = (id: string, format: 'bib' | 'ris'): string => file('cite', `${id}.${format}`);
/** Where the search index files are served: `/search-index/<file>`. */
export const searchIndexPath = (name: string): string => file('search-index', name);
export const sitemapIndexPath = (): string => file('sitemap-index.xml');
/** A file from `public/`, served as it is: `publicPath('favicon.svg')`. */
export const publicPath = (name: string): string => file(name);

/** A site path without the base path: `/wire/articles/x/` → `/articles/x/` (under base `/wire/`). */
export const withoutBase = (sitePath: string, base: string = BASE_PATH): string =>
  sitePath.startsWith(base) ? sitePath.slice(base.length - 1) : sitePath;

/** `path` (root-relative, base included) as an absolute URL on `site`. */
export const absoluteUrl = (sitePath: string, site: URL | string): string => new URL(sitePath, site).href;

/** Page `n` (1-based) of every story in the API, newest first. */
export const apiStoriesPath = (n: number): string => file('api', 'stories', `page-${n}.json`);
/** One story's API file: metadata, paragraphs, thread. */
export const apiStoryPath = (id: string): string => file('api', 'stories', `${id}.json`);
/** The kinds of group the API lists stories by; the same words as the site's listings. */
export type ApiGroupKind = 'outlets' | 'authors';
/** Page `n` of the outlets or the authors themselves, by name. */
export const apiGroupListPath = (kind: ApiGroupKind, n: number): string => file('api', kind, `page-${n}.json`);
/** Page `n` of one outlet's or author's stories, newest first; `key` as in `outletPath`/`authorPath`. */
export const apiGroupPath = (kind: ApiGroupKind, key: string, n: number): string =>
  file('api', kind, key, `page-${n}.json`);
/** The JSON Schema of one API file shape. */
export const apiSchemaPath = (name: string): string => file('api', 'schemas', `${name}.schema.json`);
/** The site's own listing of one outlet or author. */
export const groupPath = (kind: ApiGroupKind, key: string, page?: number): string =>
  kind === 'outlets' ? outletPath(key, page) : authorPath(key, page);
