import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import readingTime from 'reading-time';
import type { VFile } from 'vfile';

/**
 * Puts the body's reading time, in whole minutes (at least 1), into the
 * frontmatter as `readingMinutes`, read back with `render(entry).remarkPluginFrontmatter`.
 */
export function remarkReadingTime() {
  return (tree: Root, file: VFile) => {
    const minutes = Math.max(1, Math.round(readingTime(toString(tree)).minutes));
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter['readingMinutes'] = minutes;
  };
}
