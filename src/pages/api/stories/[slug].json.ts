import type { APIRoute, GetStaticPaths } from 'astro';
import { keyedStoryPaths, type Article } from '../../../lib/articles';
import { storyPageKeys } from '../../../lib/story-page-key';
import { jsonResponse, storyFile } from '../../../lib/api/site-api';

// The same key as the story's page: the file holds the same story, versions and thread.
export const getStaticPaths = (async () => keyedStoryPaths(await storyPageKeys())) satisfies GetStaticPaths;

/** One story: metadata, paragraphs, versions, thread. */
export const GET: APIRoute<{ article: Article }> = async ({ props }) =>
  jsonResponse(await storyFile(props.article, new URL(import.meta.env.SITE)));
