import { getCollection, type CollectionEntry } from 'astro:content';
import { newestFirst } from './grouping.ts';

export type Article = CollectionEntry<'articles'>;

let cached: Promise<Article[]> | undefined;

/** Every story, newest first. Read once per build: every page shares the list. */
export function getArticles(): Promise<Article[]> {
  cached ??= getCollection('articles').then(newestFirst);
  return cached;
}

/** The story's permanent URL: its file name, so a new headline never breaks a link. */
export const articleUrl = (id: string): string => `/articles/${id}/`;

/** The permanent URL of one version of a story: `/articles/<id>/v2/`. */
export const versionUrl = (id: string, version: number): string => `${articleUrl(id)}v${version}/`;

/** `getStaticPaths` for every route with one page or file per story: `[slug]` is the story's id. */
export async function storyPaths(): Promise<{ params: { slug: string }; props: { article: Article } }[]> {
  return (await getArticles()).map((article) => ({ params: { slug: article.id }, props: { article } }));
}
