import { getCollection, type CollectionEntry } from 'astro:content';
import { newestFirst } from './grouping.ts';

export type Article = CollectionEntry<'articles'>;

let cached: Promise<Article[]> | undefined;

/** Every story, newest first. Read once per build: every page shares the list. */
export function getArticles(): Promise<Article[]> {
  cached ??= getCollection('articles').then(newestFirst);
  return cached;
}

/** `getStaticPaths` for every route with one page or file per story: `[slug]` is the story's id. */
export async function storyPaths(): Promise<{ params: { slug: string }; props: { article: Article } }[]> {
  return (await getArticles()).map((article) => ({ params: { slug: article.id }, props: { article } }));
}
