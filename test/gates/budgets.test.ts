import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { listPages } from '../helpers/dist.ts';

/** Each HTML page, uncompressed. */
const HTML_PAGE_BUDGET = 60 * 1024;
/** All stylesheets together, uncompressed. */
const CSS_BUDGET = 20 * 1024;
/**
 * All JavaScript the search page can load (its scripts and everything they
 * import, lazily or not), gzipped as a server sends it: the engine, Fuse.js
 * for typos, the research tools (coverage timeline, facet counts) and the
 * export formatters. Measured 27.0 KB at the research tools' arrival, of
 * which timeline, facets and export add about 6 KB.
 */
const SEARCH_JS_BUDGET = 32 * 1024;
/** The one page allowed to ship JavaScript. */
const SCRIPTED_PAGE = '/search/';

const siteDir = () => inject('siteDir');

/** The built file behind a page path. */
const pageFile = (path: string) => join(siteDir(), path.endsWith('.html') ? path : join(path, 'index.html'));

/** Site-root paths of the JavaScript a page loads directly: external scripts and module preloads. */
function pageScripts(path: string): { external: string[]; inline: string[] } {
  const html = parse(readFileSync(pageFile(path), 'utf8'));
  const scripts = html
    .querySelectorAll('script')
    .filter((script) => script.getAttribute('type') !== 'application/ld+json');
  const preloads = html.querySelectorAll('link[rel="modulepreload"]').map((link) => link.getAttribute('href') ?? '');
  return {
    external: [...scripts.map((script) => script.getAttribute('src') ?? ''), ...preloads].filter(Boolean),
    inline: scripts.filter((script) => !script.getAttribute('src')).map((script) => script.text),
  };
}

/** `paths` and every module they import, statically or dynamically, as site-root paths. */
function moduleGraph(paths: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...paths];
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    if (seen.has(path)) continue;
    seen.add(path);
    const code = readFileSync(join(siteDir(), path), 'utf8');
    for (const [, specifier] of code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'`]([^"'`]+\.m?js)["'`]/g)) {
      if (specifier) queue.push(new URL(specifier, `http://site${path}`).pathname);
    }
  }
  return seen;
}

const size = (path: string) => statSync(join(siteDir(), path)).size;
const gzipped = (path: string) => gzipSync(readFileSync(join(siteDir(), path)), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe('page weight', () => {
  it(`keeps every HTML page under ${kb(HTML_PAGE_BUDGET)}`, () => {
    const pages = listPages(siteDir());
    expect(pages.length).toBeGreaterThan(5);
    const sizes = pages.map((path) => ({ path, bytes: statSync(pageFile(path)).size }));
    const largest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    console.log(`largest HTML page: ${largest.path} ${kb(largest.bytes)}`);
    const heavy = sizes.filter(({ bytes }) => bytes > HTML_PAGE_BUDGET);
    expect(heavy.map(({ path, bytes }) => `${path}: ${kb(bytes)}`)).toEqual([]);
  });

  it(`keeps all CSS together under ${kb(CSS_BUDGET)}`, () => {
    const css = readdirSync(siteDir(), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.css'));
    expect(css.length).toBeGreaterThan(0);
    const total = css.reduce((sum, file) => sum + size(`/${file}`), 0);
    console.log(`CSS: ${kb(total)} in ${css.length} files`);
    expect(total, kb(total)).toBeLessThanOrEqual(CSS_BUDGET);
  });
});

describe('JavaScript', () => {
  it('ships none on any page except search: no scripts, preloads or inline handlers', () => {
    const offenders = listPages(siteDir())
      .filter((path) => path !== SCRIPTED_PAGE)
      .flatMap((path) => {
        const { external, inline } = pageScripts(path);
        const handlers = readFileSync(pageFile(path), 'utf8').match(/<[^>]*\son[a-z]+\s*=/gi) ?? [];
        return [...external, ...inline.map(() => 'inline <script>'), ...handlers].map((what) => `${path}: ${what}`);
      });
    expect(offenders).toEqual([]);
  });

  it(`keeps everything the search page can load under ${kb(SEARCH_JS_BUDGET)} gzipped`, () => {
    const { external, inline } = pageScripts(SCRIPTED_PAGE);
    expect(external.length + inline.length).toBeGreaterThan(0);
    const modules = moduleGraph(external.filter((src) => src.startsWith('/')));
    const total = [...modules].reduce((sum, path) => sum + gzipped(path), 0) + gzipSync(inline.join('')).length;
    const raw = [...modules].reduce((sum, path) => sum + size(path), 0);
    console.log(
      `search page JS, everything it can load: ${kb(total)} gzipped (${kb(raw)} raw) in ${modules.size} modules`,
    );
    for (const path of modules) console.log(`  ${path}: ${kb(gzipped(path))} gzipped, ${kb(size(path))} raw`);
    expect(total, `${kb(total)} in ${[...modules].join(', ')}`).toBeLessThanOrEqual(SEARCH_JS_BUDGET);
  });
});
