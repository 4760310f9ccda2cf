import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { ROOT } from '../../scripts/lib/paths.ts';
import { listPages } from '../helpers/dist.ts';

/** Each HTML page, uncompressed (the JavaScript and CSS budgets are size-limit's, in package.json). */
const HTML_PAGE_BUDGET = 60 * 1024;
/** The one page allowed to ship JavaScript. */
const SCRIPTED_PAGE = '/search/';

/** One of package.json's size-limit checks, as `size-limit --json` reports it. */
interface SizeCheck {
  name: string;
  passed?: boolean;
  size?: number;
  sizeLimit?: number;
}

/**
 * Runs size-limit over the built site with the checks in package.json (the
 * ones `npm run size` runs over `dist/`), their paths moved onto `siteDir`.
 */
function sizeLimit(siteDir: string): SizeCheck[] {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { 'size-limit': { path: string }[] };
  const config = join(dirname(siteDir), '.size-limit.json');
  const here = relative(dirname(config), siteDir);
  const checks = pkg['size-limit'].map((check) => ({ ...check, path: check.path.replace(/^dist\//, `${here}/`) }));
  writeFileSync(config, JSON.stringify(checks));
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/size-limit/bin.js'), '--json', '--config', config],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  if (!run.stdout.trim().startsWith('[')) throw new Error(`size-limit failed:\n${run.stdout}\n${run.stderr}`);
  return JSON.parse(run.stdout) as SizeCheck[];
}

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

  it('keeps the JavaScript and the CSS within the size-limit budgets in package.json', () => {
    const checks = sizeLimit(siteDir());
    expect(checks.length).toBeGreaterThan(0);
    for (const { name, size = 0, sizeLimit: limit = 0 } of checks) console.log(`${name}: ${kb(size)} of ${kb(limit)}`);
    expect(checks.filter((check) => check.passed !== true || !check.size)).toEqual([]);
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
});
