import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, inject, test } from 'vitest';

// The byte budget for this JavaScript is size-limit's (package.json), and "no
// script on any other page" is test/gates/budgets.test.ts's.
const siteDir = inject('siteDir');

/** The page's executable scripts: every `<script>` but JSON data blocks. */
const scriptsOf = (page: HTMLElement) =>
  page.querySelectorAll('script').filter((script) => !/json/i.test(script.getAttribute('type') ?? ''));

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
    // The page carries the manifest itself, byte for byte the file its URL names.
    const inline = page.querySelector('archive-search script[type="application/json"][data-search-manifest]');
    expect(inline?.textContent.replaceAll('\\u003c', '<')).toBe(readFileSync(join(siteDir, manifest), 'utf8'));
  });

  test('the search page loads one module script and the engine only on demand', () => {
    const page = parse(readFileSync(searchPage, 'utf8'));
    const scripts = scriptsOf(page);
    expect(scripts.map((script) => script.getAttribute('type'))).toEqual(['module']);
    const src = scripts[0]?.getAttribute('src') ?? '';
    expect(src).toMatch(/^\/_astro\/.+\.js$/);
    const entry = join(siteDir, src);

    // The engine is a separate chunk, fetched when the reader starts searching.
    const onLoad = closure([entry], 'static');
    const everything = closure([entry], 'all');
    expect(everything.size).toBeGreaterThan(onLoad.size);

    // Every JS file in the build belongs to the search page, so size-limit's `dist/_astro/*.js` is its budget.
    const astroDir = join(siteDir, '_astro');
    const shipped = readdirSync(astroDir)
      .filter((name) => name.endsWith('.js'))
      .map((name) => join(astroDir, name));
    expect(shipped.filter((file) => !everything.has(file))).toEqual([]);
  });
});
