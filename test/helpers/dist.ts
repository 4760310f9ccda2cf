import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** The parsed HTML of a built page, by URL path (`/archive/` → `archive/index.html`). */
export function readPage(siteDir: string, path: string): HTMLElement {
  const file = path.endsWith('.html') ? join(siteDir, path) : join(siteDir, path, 'index.html');
  if (!existsSync(file)) throw new Error(`no built page for ${path} (${file})`);
  return parse(readFileSync(file, 'utf8'));
}

/** A story's own page (`/articles/x/`), not one of its version pages (`/articles/x/v1/`). */
export const isStoryPage = (path: string): boolean => /^\/articles\/[^/]+\/$/.test(path);

/** Every built HTML file, as URL paths ("/", "/articles/x/", "/404.html"). */
export function listPages(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => {
      const rel = join(entry.parentPath, entry.name).slice(siteDir.length).replaceAll('\\', '/');
      return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
    })
    .sort();
}

/** Every page of a paginated listing, in reading order: `/x/`, `/x/2/`, … `/x/10/`. */
export const listingPages = (pages: readonly string[], base: string): string[] =>
  pages
    .filter((p) => p === base || new RegExp(`^${base}\\d+/$`).test(p))
    .sort((a, b) => a.length - b.length || a.localeCompare(b));

/** The text a reader sees in an element, whitespace collapsed. */
export const visibleText = (element: HTMLElement): string => element.textContent.replace(/\s+/g, ' ').trim();
