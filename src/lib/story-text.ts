import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { isoDay } from './dates.ts';
import { markdownParagraphs } from './markdown-paragraphs.ts';

/**
 * A story as plain text: the one reading of its Markdown body that search,
 * threads, the JSON API and the note of origin all use. Paragraph i is the
 * story page's `#p{i+1}` (see `markdownParagraphs`).
 */
export interface StoryText {
  /** The story's slug (its file name). */
  id: string;
  title: string;
  authors: string[];
  outlet: string;
  /** Publication day, `YYYY-MM-DD`. */
  date: string;
  /** Body paragraphs as published: Markdown escapes read back, whitespace collapsed. */
  paragraphs: string[];
}

/** The parts of a collection entry the text needs (a `CollectionEntry<'articles'>` fits). */
export interface StoryEntry {
  id: string;
  body?: string | undefined;
  data: { title: string; authors: string[]; outlet: string; date: Date };
}

/** Reads one story's text from its entry (a Markdown parse; the build does it once a story, `getStoryTexts`). */
export function storyText(entry: StoryEntry): StoryText {
  const { title, authors, outlet, date } = entry.data;
  return { id: entry.id, title, authors, outlet, date: isoDay(date), paragraphs: markdownParagraphs(entry.body ?? '') };
}

/** A story file read as the content store reads it (`parseFrontmatter`), for readers outside a build: bench, tests. */
export function readStoryFile(path: string, id: string): StoryEntry {
  const { frontmatter, content } = parseFrontmatter(readFileSync(path, 'utf8'));
  return { id, body: content, data: frontmatter as StoryEntry['data'] };
}
