import rehypeExternalLinks from 'rehype-external-links';
import type { Root } from 'hast';

/**
 * Links that leave the archive open with `rel="noopener noreferrer"`: the
 * other site learns nothing about the reader's page and gets no handle on it.
 *
 * `<a href="https://example.com/">` → `<a href="https://example.com/" rel="noopener noreferrer">`
 * while `<a href="/articles/x/">` and `<a href="#p2">` are left as they are.
 */
export function rehypeExternalLinkRel(): (tree: Root) => void {
  return rehypeExternalLinks({ rel: ['noopener', 'noreferrer'] });
}
