import { getStoryTexts } from '../articles.ts';
import { computeThreads } from './compute-threads.ts';
import type { ThreadIndex } from './types.ts';

let cached: Promise<ThreadIndex> | undefined;

/**
 * The archive's threads, computed once per build from every story's text
 * (`getStoryTexts`) and shared by the story pages, the thread pages and the
 * search index. A story's thread for a search hit:
 * `(await getThreadIndex()).searchSummaryOf(id)`.
 */
export function getThreadIndex(): Promise<ThreadIndex> {
  cached ??= getStoryTexts().then(computeThreads);
  return cached;
}
