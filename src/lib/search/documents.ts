/**
 * Turns a story from the collection into what the indexer reads.
 */
import type { Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isoDay } from '../dates.ts';
import type { SearchDocument } from './types.ts';

/** The parts of a collection entry the index needs (a `CollectionEntry<'articles'>` fits). */
export interface IndexableArticle {
  id: string;
  body?: string | undefined;
  data: { title: string; authors: string[]; outlet: string; date: Date };
}

/** The story's thread, when other outlets covered the same event; `src/lib/threads` provides it. */
export type ThreadLookup = (articleId: string) => SearchDocument['thread'] | undefined;

export interface DocumentLinks {
  /** The story page's URL (`articleUrl(id)` from src/lib/articles.ts). */
  url: string;
  thread?: SearchDocument['thread'] | undefined;
}

const markdown = unified().use(remarkParse);

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
    paragraphs: bodyParagraphs(article.body ?? ''),
    ...(thread ? { thread } : {}),
  };
}

/** The top-level paragraphs of a Markdown body as plain text, in order. */
export function bodyParagraphs(body: string): string[] {
  return markdown
    .parse(body)
    .children.filter((node): node is Paragraph => node.type === 'paragraph')
    .map((node) => toString(node));
}
