import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LinkChecker, LinkState } from 'linkinator';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { shownResults } from '../browser/search-helpers.ts';
import { launchChromium } from '../helpers/browser.ts';
import { startNginx, type Nginx } from '../helpers/nginx.ts';
import { QUERY_WITH_RESULTS } from './page-types.ts';
import { visit } from './visit.ts';

// The archive built with `SITE_URL=http://127.0.0.1:<port>/wire` (global setup) and served
// by nginx under /wire/ with the shipped config, as a project site on a static-pages host is.

const dir = inject('basePathDir');
const site = inject('basePathSite');
const origin = new URL(site).origin;
const BASE = new URL(site).pathname.replace(/\/?$/, '/');
const TEXT_FILE = /\.(?:html|xml|json|txt|bib|ris|webmanifest)$/;

const builtFiles = () =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
    (file) => TEXT_FILE.test(file) && !file.startsWith('_'),
  );

let nginx: Nginx;
let browser: Browser;
beforeAll(async () => {
  [nginx, browser] = await Promise.all([startNginx(dir, BASE), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await nginx?.close();
});

describe(`a build under the base path ${BASE}`, () => {
  it('writes every absolute URL on its origin with the path, canonical, feeds, sitemap, JSON-LD and cards alike', () => {
    const escaped = origin.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    let seen = 0;
    for (const file of builtFiles()) {
      for (const [url] of readFileSync(join(dir, file), 'utf8').matchAll(
        new RegExp(`${escaped}[^"'<>\\s\\\\]*`, 'g'),
      )) {
        seen += 1;
        expect(`${url}/`.startsWith(`${origin}${BASE}`), `${url} in ${file}`).toBe(true);
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('writes every root-relative link, image, script and stylesheet under the path', () => {
    for (const file of builtFiles().filter((name) => name.endsWith('.html'))) {
      const html = readFileSync(join(dir, file), 'utf8');
      for (const [, url = ''] of html.matchAll(/(?:href|src|content|data-[\w-]+)="(\/[^"]*)"/g)) {
        expect(url.startsWith(BASE), `${url} in ${file}`).toBe(true);
      }
    }
  });

  it('passes the link checker from its home page, feeds and sitemaps, with no link outside the path', async () => {
    const listings = builtFiles().filter((file) => /(?:^|\/)(?:rss\.xml|feed\.json|sitemap[\w-]*\.xml)$/.test(file));
    const result = await new LinkChecker().check({
      path: [`${nginx.url}${BASE}`, ...listings.map((file) => `${nginx.url}${BASE}${file}`)],
      recurse: true,
      checkFragments: true,
      concurrency: 20,
      timeout: 20_000,
      urlRewriteExpressions: [
        { pattern: new RegExp(`^${origin.replace(/[.]/g, '\\.')}(?=/|$)`), replacement: nginx.url },
      ],
      linksToSkip: (link) => Promise.resolve(new URL(link).origin !== nginx.url),
    });
    const checked = result.links
      .filter((link) => link.state === LinkState.OK)
      .map((link) => new URL(link.url).pathname);
    expect(checked).toEqual(expect.arrayContaining([BASE, `${BASE}search/`, `${BASE}archive/`]));
    expect(checked.some((path) => path.startsWith(`${BASE}articles/`))).toBe(true);
    expect(checked.filter((path) => !path.startsWith(BASE))).toEqual([]);
    const broken = result.links.filter((link) => link.state === LinkState.BROKEN);
    expect(broken.map((link) => `${link.url} (${link.status}) on ${link.parent}`)).toEqual([]);
  }, 300_000);

  it('finds stories in a real browser search and opens one', async () => {
    const opened = await visit(browser, nginx.url, `${BASE}search/?q=${QUERY_WITH_RESULTS}`);
    try {
      const results = await shownResults(opened.page);
      expect(results.length).toBeGreaterThan(0);
      for (const result of results) expect(result.href.startsWith(`${BASE}articles/`), result.href).toBe(true);
      expect(await opened.cspViolations()).toEqual([]);
      expect(opened.outsideRequests).toEqual([]);
      const [first] = results;
      const response = await opened.page.goto(`${nginx.url}${first?.href ?? ''}`);
      expect(response?.status()).toBe(200);
      expect(await opened.page.locator('h1').first().textContent()).toBe(first?.title);
    } finally {
      await opened.close();
    }
  });
});
