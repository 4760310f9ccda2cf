import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { monthKey } from '../dates.ts';
import { authorPathOf, monthPath, outletPathOf, storyPath, withoutBase } from '../routes.ts';

/** The dates and groups of one story that decide when pages last changed. */
export interface DatedStory {
  id: string;
  /** When the copy entered the archive, else when the outlet published it. */
  changed: Date;
  outlet: string;
  authors: string[];
  date: Date;
}

const latest = (dates: Iterable<Date>): Date | undefined => {
  let max: Date | undefined;
  for (const date of dates) if (!max || date > max) max = date;
  return max;
};

/**
 * When each page of the site last changed, by URL path: a story when it
 * entered the archive; a listing (every page of it) when its newest story
 * did, since each new story shifts the whole listing; any other page when
 * the archive last gained a story. Paths are without the base path.
 */
export function lastmodByPath(stories: readonly DatedStory[]): (pathname: string) => Date | undefined {
  const byStory = new Map(stories.map((s) => [withoutBase(storyPath(s.id)), s.changed]));
  // The newest change per listing, kept as it goes: one pass over the stories.
  const newestPerGroup = new Map<string, Date>();
  const add = (path: string, date: Date) => {
    const prefix = withoutBase(path);
    const seen = newestPerGroup.get(prefix);
    if (!seen || date > seen) newestPerGroup.set(prefix, date);
  };
  for (const story of stories) {
    add(outletPathOf(story.outlet), story.changed);
    for (const author of story.authors) add(authorPathOf(author), story.changed);
    add(monthPath(monthKey(story.date)), story.changed);
  }
  const newest = latest(stories.map((s) => s.changed));
  return (pathname) => {
    const story = byStory.get(pathname);
    if (story) return story;
    // A listing's later pages ("/outlets/x/2/") share its first page's date.
    const prefix = pathname.match(/^\/(?:outlets|authors)\/[^/]+\/|^\/archive\/\d{4}\/\d{2}\//)?.[0];
    return (prefix && newestPerGroup.get(prefix)) || newest;
  };
}

const asDate = (value: unknown): Date | undefined => {
  if (!(value instanceof Date) && typeof value !== 'string') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
};

/**
 * Reads the dates and groups of every story under `contentDir` straight from
 * the Markdown frontmatter, for the sitemap (which is written after the build,
 * outside the content collection). Files without a usable date are skipped.
 */
export function readDatedStories(contentDir: string): DatedStory[] {
  const files = readdirSync(contentDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
  return files.flatMap((file) => {
    const { frontmatter } = parseFrontmatter(readFileSync(join(contentDir, file), 'utf8'));
    const date = asDate(frontmatter['date']);
    const authors: unknown = frontmatter['authors'];
    const outlet: unknown = frontmatter['outlet'];
    if (!date || typeof outlet !== 'string' || !Array.isArray(authors)) return [];
    const id = relative('.', file).split(sep).join('/').replace(/\.md$/, '');
    return [{ id, date, outlet, authors: authors.map(String), changed: asDate(frontmatter['archived']) ?? date }];
  });
}

/**
 * The `serialize` hook for `@astrojs/sitemap`: gives every URL its `lastmod`.
 * The content is read on the first call, after the build, not when the
 * config loads. `basePath` is the site's (`/` or `/wire/`).
 */
export function sitemapSerializer(contentDir: string, basePath: string) {
  let lastmodOf: ((pathname: string) => Date | undefined) | undefined;
  return <T extends { url: string; lastmod?: string | undefined }>(item: T): T => {
    lastmodOf ??= lastmodByPath(readDatedStories(contentDir));
    const lastmod = lastmodOf(withoutBase(new URL(item.url).pathname, basePath));
    return lastmod ? { ...item, lastmod: lastmod.toISOString().slice(0, 10) } : item;
  };
}
