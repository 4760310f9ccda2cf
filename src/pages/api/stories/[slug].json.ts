import type { APIRoute, GetStaticPaths } from 'astro';
import { storyPaths, type Article } from '../../../lib/articles';
import { jsonResponse, storyFile } from '../../../lib/api/site-api';

export const getStaticPaths = storyPaths satisfies GetStaticPaths;

/** One story: metadata, paragraphs, versions, thread. */
export const GET: APIRoute<{ article: Article }> = async ({ props }) =>
  jsonResponse(await storyFile(props.article, new URL(import.meta.env.SITE)));
