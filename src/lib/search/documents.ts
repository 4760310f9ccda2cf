/**
 * Turns a story into what the indexer reads.
 */
import { storyText, type StoryEntry, type StoryText } from '../story-text.ts';
import type { SearchDocument } from './types.ts';

/** A collection entry, as the index reads it (kept for callers outside a build). */
export type IndexableArticle = StoryEntry;

export interface DocumentLinks {
  /** The story page's URL (`storyPath(id)` from src/lib/routes.ts). */
  url: string;
  /** The site's own data about the story, handed back on its hits (`SearchDocument.extra`). */
  extra?: unknown;
}

/** A story's text as a search document. */
export function searchDocument(text: StoryText, { url, extra }: DocumentLinks): SearchDocument {
  return { ...text, url, ...(extra === undefined ? {} : { extra }) };
}

/** A collection entry as a search document: `searchDocument` over its text, parsed here (bench and test fixtures). */
export function toSearchDocument(article: IndexableArticle, links: DocumentLinks): SearchDocument {
  return searchDocument(storyText(article), links);
}
