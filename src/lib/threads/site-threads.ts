import { getArticles } from '../articles.ts';
import { isoDay } from '../dates.ts';
import { computeThreads } from './compute-threads.ts';
import { markdownParagraphs } from '../markdown-paragraphs.ts';
import type { ThreadIndex } from './types.ts';

let cached: Promise<ThreadIndex> | undefined;

/**
 * The archive's threads, computed once per build from every story's Markdown
 * body and shared by the story pages, the thread pages and the search index.
 * A story's thread for a search hit: `(await getThreadIndex()).searchSummaryOf(id)`.
 */
export function getThreadIndex(): Promise<ThreadIndex> {
  cached ??= getArticles().then((articles) =>
    computeThreads(
      articles.map((article) => ({
        id: article.id,
        title: article.data.title,
        outlet: article.data.outlet,
        date: isoDay(article.data.date),
        paragraphs: markdownParagraphs(article.body ?? ''),
      })),
    ),
  );
  return cached;
}
