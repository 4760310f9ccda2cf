import { getCollection, type CollectionEntry } from 'astro:content';
import { newestFirst } from './grouping.ts';
import { readStoryBody } from './story-body.ts';

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
  cached ??= getCollection('articles').then((articles) => newestFirst(articles.map(withBodyFromFile)));
  return cached;
}

/** `getStaticPaths` for every route with one page or file per story: `[slug]` is the story's id. */
export async function storyPaths(): Promise<{ params: { slug: string }; props: { article: Article } }[]> {
  return (await getArticles()).map((article) => ({ params: { slug: article.id }, props: { article } }));
}
