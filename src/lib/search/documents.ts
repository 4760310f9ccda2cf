/**
 * Turns a story from the collection into what the indexer reads.
 */
import { isoDay } from '../dates.ts';
import { markdownParagraphs } from '../markdown-paragraphs.ts';
import type { SearchDocument } from './types.ts';

/** The parts of a collection entry the index needs (a `CollectionEntry<'articles'>` fits). */
export interface IndexableArticle {
  id: string;
  body?: string | undefined;
  data: { title: string; authors: string[]; outlet: string; date: Date };
}

export interface DocumentLinks {
  /** The story page's URL (`storyPath(id)` from src/lib/routes.ts). */
  url: string;
  thread?: SearchDocument['thread'] | undefined;
}

/**
 * The story as plain text. Paragraph i is the body's i-th top-level Markdown
 * paragraph, the one the story page renders as `<p id="p{i+1}">`; Markdown
 * escapes (`\*`, `&amp;`) are read back into the published text.
 */
export function toSearchDocument(article: IndexableArticle, { url, thread }: DocumentLinks): SearchDocument {
  const { title, authors, outlet, date } = article.data;
  return {
    id: article.id,
    url,
    title,
    authors,
    outlet,
    date: isoDay(date),
    paragraphs: markdownParagraphs(article.body ?? ''),
    ...(thread ? { thread } : {}),
  };
}
