import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, inject, test } from 'vitest';

// Budgets for the gzipped JavaScript: what the search page runs on load, and
// that plus the engine it imports when a reader starts searching.
const PAGE_BUDGET = 12 * 1024;
const WITH_ENGINE_BUDGET = 32 * 1024;

const siteDir = inject('siteDir');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The page's executable scripts: every `<script>` but JSON data blocks. */
const scriptsOf = (page: HTMLElement) =>
  page.querySelectorAll('script').filter((script) => !/json/i.test(script.getAttribute('type') ?? ''));

const gzipped = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Chunks a built module imports: `static` run with it, `lazy` only when its dynamic `import()` runs. */
function importsOf(file: string): { static: string[]; lazy: string[] } {
  const code = readFileSync(file, 'utf8');
  const resolve = (specifier: string) => join(file, '..', specifier);
  const lazy = [...code.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)].map((m) => resolve(m[1] ?? ''));
  const staticImports = [
    ...code.matchAll(/(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g),
  ].map((m) => resolve(m[1] ?? ''));
  return { static: staticImports, lazy };
}

/** Every chunk `entry` loads, statically or lazily, each once. */
function closure(entries: string[], follow: 'static' | 'all'): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const imports = importsOf(file);
    queue.push(...imports.static, ...(follow === 'all' ? imports.lazy : []));
  }
  return seen;
}

describe('search JavaScript in the build', () => {
  const searchPage = join(siteDir, 'search', 'index.html');

  test('no page but /search/ ships a script or an inline handler', () => {
    const pages = htmlFiles(siteDir).filter((file) => file !== searchPage);
    expect(pages.length).toBeGreaterThan(5);
    const offenders = pages.filter((file) => {
      const page = parse(readFileSync(file, 'utf8'));
      const handlers = page
        .querySelectorAll('*')
        .some((element) => Object.keys(element.attributes).some((name) => /^on/i.test(name)));
      return scriptsOf(page).length > 0 || page.querySelectorAll('link[rel="modulepreload"]').length > 0 || handlers;
    });
    expect(offenders.map((file) => relative(siteDir, file))).toEqual([]);
  });

  test('/search/ has a labelled GET search form, a live status and the versioned manifest', () => {
    const page = parse(readFileSync(searchPage, 'utf8'));
    const form = page.querySelector('form[role="search"]:has(#q)') ?? page.querySelector('main form[role="search"]');
    expect(form?.getAttribute('action')).toBe('/search/');
    expect(form?.getAttribute('method')).toBe('get');
    expect(form?.querySelector('#q')?.getAttribute('name')).toBe('q');
    expect(page.querySelector('label[for="q"]')?.textContent.trim()).not.toBe('');
    for (const name of ['outlet', 'from', 'to', 'sort']) {
      expect(form?.querySelector(`[name="${name}"]`), name).not.toBeNull();
    }
    const status = page.querySelector('#search-status');
    expect(status?.getAttribute('aria-live')).toBe('polite');
    expect(status?.getAttribute('data-state')).toBe('idle');
    expect(page.querySelector('ol#search-results')).not.toBeNull();

    const manifest = page.querySelector('archive-search')?.getAttribute('data-manifest-url') ?? '';
    expect(manifest).toMatch(/^\/search-index\/manifest\.[\w-]+\.json$/);
    expect(existsSync(join(siteDir, manifest))).toBe(true);
  });

  test('the search page loads one module script within budget and the engine only on demand', () => {
    const page = parse(readFileSync(searchPage, 'utf8'));
    const scripts = scriptsOf(page);
    expect(scripts.map((script) => script.getAttribute('type'))).toEqual(['module']);
    const src = scripts[0]?.getAttribute('src') ?? '';
    expect(src).toMatch(/^\/_astro\/.+\.js$/);
    const entry = join(siteDir, src);

    const onLoad = closure([entry], 'static');
    const everything = closure([entry], 'all');
    const size = (files: Set<string>) => [...files].reduce((sum, file) => sum + gzipped(file), 0);
    const pageBytes = size(onLoad);
    const totalBytes = size(everything);
    const lines = [...everything].map(
      (file) => `  ${relative(siteDir, file)}: ${gzipped(file)} B gzipped${onLoad.has(file) ? '' : ' (lazy)'}`,
    );
    console.log(
      `search JS, gzipped: ${pageBytes} B on page load, ${totalBytes} B with the engine\n${lines.join('\n')}`,
    );

    // The engine is a separate chunk, fetched when the reader starts searching.
    expect(everything.size).toBeGreaterThan(onLoad.size);
    expect(pageBytes).toBeLessThanOrEqual(PAGE_BUDGET);
    expect(totalBytes).toBeLessThanOrEqual(WITH_ENGINE_BUDGET);

    // Every JS file in the build belongs to the search page.
    const astroDir = join(siteDir, '_astro');
    const shipped = readdirSync(astroDir)
      .filter((name) => name.endsWith('.js'))
      .map((name) => join(astroDir, name));
    expect(shipped.filter((file) => !everything.has(file))).toEqual([]);
  });
});
