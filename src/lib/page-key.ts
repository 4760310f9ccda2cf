import type { Article } from './articles.ts';
import { digestOf } from './build-cache.ts';

/** A story as the content store gives it (a listing's page holds them). */
const isStory = (value: unknown): value is Article =>
  typeof value === 'object' && value !== null && 'collection' in value && 'id' in value && 'data' in value;

/**
 * The build key of a page made from its route parameters and props alone, with the code (Astro's
 * incremental builds, astro.config.mjs): listings and the API's pages of summaries. A story in the props
 * counts by its id and frontmatter, which is all a listing shows of it (no body).
 */
export const propsKey = (params: unknown, props: unknown): string =>
  digestOf([
    JSON.stringify([params, props], (_key, value: unknown) => (isStory(value) ? [value.id, value.data] : value)),
  ]);

/** `getStaticPaths` entries, each with its `propsKey`: a warm build copies a page whose stories did not change. */
export const keyedByProps = <T extends { params: unknown; props?: unknown }>(
  paths: T[],
): (T & { cacheKey: string })[] => paths.map((path) => ({ ...path, cacheKey: propsKey(path.params, path.props) }));
