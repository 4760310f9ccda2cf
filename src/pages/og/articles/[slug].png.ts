import type { APIRoute, GetStaticPaths } from 'astro';
import { keyedStoryPaths, type Article } from '../../../lib/articles';
import { cardKey, socialCardPng } from '../../../lib/meta/social-card';
import { storyCard } from '../../../lib/meta/story-card';

// Keyed by the card's text: a warm build copies every card whose text did not change.
export const getStaticPaths = (() =>
  keyedStoryPaths((article) => cardKey(storyCard(article)))) satisfies GetStaticPaths;

/** The story's 1200×630 share card: headline, outlet and date (drawn ahead by the build: src/lib/articles.ts). */
export const GET: APIRoute<{ article: Article }> = async ({ props }) =>
  new Response(await socialCardPng(storyCard(props.article)), { headers: { 'content-type': 'image/png' } });
