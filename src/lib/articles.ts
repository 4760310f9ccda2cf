import { createHash } from 'node:crypto';
import { getCollection, type CollectionEntry } from 'astro:content';
import { newestFirst } from './grouping.ts';
import { storyCard } from './meta/story-card.ts';
import { readStoryBody } from './story-body.ts';
import { storyText, type StoryText } from './story-text.ts';
import { workAhead } from './work-ahead.ts';

export type Article = CollectionEntry<'articles'>;

let cached: Promise<Article[]> | undefined;

/**
 * Gives a stored story its Markdown `body` again, read from its file when
 * asked: the content store keeps no bodies (src/lib/story-loader.ts), and
 * holding 100,000 of them for the whole build would be memory for nothing.
 */
function withBodyFromFile(article: Article): Article {
  return Object.defineProperty(article, 'body', { get: () => readStoryBody(article), configurable: true });
}

/** Every story, newest first. Read once per build: every page shares the list. */
export function getArticles(): Promise<Article[]> {
  cached ??= getCollection('articles').then((articles) => {
    const stories = newestFirst(articles.map(withBodyFromFile));
    // A build (not the dev server, which renders a page when asked) starts rendering the bodies and drawing the
    // share cards the cache lacks on another thread as soon as it knows the stories (src/lib/work-ahead.ts).
    if (import.meta.env.PROD) {
      workAhead(stories, stories.map(storyCard)).catch((error: unknown) =>
        console.warn(`Bodies and cards were not made ahead (the build makes them): ${String(error)}`),
      );
    }
    return stories;
  });
  return cached;
}

let texts: Promise<Map<string, StoryText>> | undefined;

/**
 * Every story as plain text (`StoryText`), newest first: each body parsed once
 * per build and shared by search, threads, the API and the story pages.
 */
export async function getStoryTexts(): Promise<StoryText[]> {
  return [...(await storyTexts()).values()];
}

/** One story's text, from the same parse as `getStoryTexts`. */
export async function getStoryText(id: string): Promise<StoryText> {
  const text = (await storyTexts()).get(id);
  if (!text) throw new Error(`No story ${id} in the collection.`);
  return text;
}

function storyTexts(): Promise<Map<string, StoryText>> {
  texts ??= getArticles().then((articles) => new Map(articles.map((article) => [article.id, storyText(article)])));
  return texts;
}

/** `getStaticPaths` for every route with one page or file per story: `[slug]` is the story's id. */
export async function storyPaths(): Promise<{ params: { slug: string }; props: { article: Article } }[]> {
  return (await getArticles()).map((article) => ({ params: { slug: article.id }, props: { article } }));
}

/**
 * `storyPaths` with a `cacheKey` for each (Astro's incremental builds, astro.config.mjs): a warm build copies
 * the file it made last time when `key` gives what it gave then and the route's code is unchanged. `key`
 * must cover everything the file is made from besides the code and the config.
 */
export async function keyedStoryPaths(key: (article: Article) => string) {
  return (await storyPaths()).map((path) => ({ ...path, cacheKey: key(path.props.article) }));
}

/** The key of a file made from the story's metadata alone (its id and frontmatter): citations. */
export const metadataKey = (article: Article): string =>
  createHash('sha256')
    .update(JSON.stringify([article.id, article.data]))
    .digest('hex');
