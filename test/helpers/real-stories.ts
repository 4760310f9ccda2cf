/**
 * The archive's two real stories, for tests: the one place their slugs are
 * written. Each is read from its first version (content/versions/<slug>/v1.md),
 * which the archive never rewrites, so expectations about these stories stay
 * true when they are corrected and when any number of other stories arrive.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { markdownParagraphs } from '../../src/lib/markdown-paragraphs.ts';
import type { StoryFacts } from '../../src/lib/meta/story.ts';
import { ROOT } from '../../scripts/lib/paths.ts';

/** The New York Times, September 4, 2023 (WASHINGTON dateline, two authors, a note of origin). */
export const NYT_SLUG = '2023-09-04-kim-jong-un-plans-to-travel-to-russia-to-meet-putin-on-arms';
/** The Daily Caller News Foundation, a day later, citing the Times (outlet on its own line, no dateline). */
export const DCNF_SLUG = '2023-09-05-putin-and-kim-could-meet-in-vladivostok-for-talks-on-weapons';
/** Both, oldest first. */
export const SEED_SLUGS = [NYT_SLUG, DCNF_SLUG] as const;

/** A real story's first version: its frontmatter (days as UTC dates), Markdown body and paragraphs. */
export interface RealStory extends StoryFacts {
  data: StoryFacts['data'] & { source: string; archived: Date };
  body: string;
  /** The body's paragraphs as plain text, the page's #p1, #p2 … */
  paragraphs: string[];
}

/** The raw original the story was imported from. */
export const seedRawPath = (slug: string): string => join(ROOT, 'content/raw', `${slug}.txt`);

const cache = new Map<string, RealStory>();

/** One real story, read as the site reads it. */
export function realStory(slug: (typeof SEED_SLUGS)[number]): RealStory {
  const cached = cache.get(slug);
  if (cached) return cached;
  const text = readFileSync(join(ROOT, 'content/versions', slug, 'v1.md'), 'utf8');
  const { frontmatter, content } = parseFrontmatter(text);
  const story: RealStory = {
    id: slug,
    data: frontmatter as RealStory['data'],
    body: content,
    paragraphs: markdownParagraphs(content),
  };
  cache.set(slug, story);
  return story;
}

/** Both real stories, oldest first. */
export const realStories = (): RealStory[] => SEED_SLUGS.map(realStory);

/**
 * Writes the seeds fixture into `dir`: the two real stories as first imported (their v1.md) and nothing else,
 * for the browser tests that count what a search finds. Exact counts hold there whatever content/ comes to hold.
 * Returns `dir` (for ARCHIVE_CONTENT_DIR).
 */
export function writeSeedArticles(dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const slug of SEED_SLUGS) copyFileSync(join(ROOT, 'content/versions', slug, 'v1.md'), join(dir, `${slug}.md`));
  return dir;
}
