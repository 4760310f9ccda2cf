import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { markdownSettings } from '../markdown/processor.ts';
import { cachedRender, isRenderKept } from './render-cache.ts';

/** Where a story's Markdown file is, as the content store keeps it (relative to the project root). */
export interface StoryFile {
  id: string;
  filePath?: string | undefined;
}

const fileOf = (story: StoryFile): string => {
  if (!story.filePath) throw new Error(`Story ${story.id} has no source file in the content store.`);
  return story.filePath;
};

/** The body of a story file, as Astro's Markdown entry type reads it (frontmatter off, trimmed). */
const bodyOf = (contents: string): { body: string; frontmatter: Record<string, unknown> } => {
  const { content, frontmatter } = parseFrontmatter(contents);
  return { body: content.trim(), frontmatter };
};

/**
 * A story's Markdown body, read from its file. The content store keeps only
 * metadata (see src/lib/story-loader.ts): at 100,000 stories, bodies in the
 * store made one module of hundreds of megabytes that the build must compile.
 */
export function readStoryBody(story: StoryFile): string {
  return bodyOf(readFileSync(fileOf(story), 'utf8')).body;
}

// The file's path is part of the key: the renderer is handed the file's URL.
const renderSource = (file: string, contents: string): string => `${file}\0${contents}`;

/** Whether the build cache holds this story's rendered body as its file reads now. */
export const isStoryBodyKept = (story: StoryFile): boolean => {
  const file = fileOf(story);
  return isRenderKept(renderSource(file, readFileSync(file, 'utf8')));
};

/** A story's body rendered by the site's Markdown processor, and what its plugins found. */
export interface RenderedBody {
  html: string;
  /** From remark-reading-time: whole minutes, at least 1. */
  readingMinutes: number;
}

let renderer: Promise<MarkdownRenderer> | undefined;

/**
 * Renders a story's body with the processor astro.config.mjs configures
 * (`markdown.processor`), the same call Astro's Markdown entry type makes,
 * so pages and feeds carry the HTML a `render(entry)` would have given.
 */
export async function renderStoryBody(story: StoryFile): Promise<RenderedBody> {
  const file = fileOf(story);
  const contents = await readFile(file, 'utf8');
  return cachedRender(renderSource(file, contents), async () => {
    renderer ??= markdownSettings.processor.createRenderer({ syntaxHighlight: markdownSettings.syntaxHighlight });
    const { body, frontmatter } = bodyOf(contents);
    const { code, metadata } = await (await renderer).render(body, { frontmatter, fileURL: pathToFileURL(file) });
    const minutes = Number((metadata.frontmatter as Record<string, unknown> | undefined)?.['readingMinutes'] ?? 1);
    return { html: code, readingMinutes: minutes };
  });
}
