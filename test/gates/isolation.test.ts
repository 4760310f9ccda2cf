import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { shownResults, typeQuery, waitForStatus } from '../browser/search-helpers.ts';
import { listPages, readPage } from '../helpers/dist.ts';
import { pageTypes, QUERY_WITH_RESULTS, routeShapes } from './page-types.ts';
import { test } from './visit.ts';

/** Directives every page's policy must carry, besides Astro's script-src and style-src hashes. */
const REQUIRED_DIRECTIVES = [
  "default-src 'none'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

const siteDir = inject('siteDir');
const fixtureDir = inject('paginatedDir');
const realTypes = pageTypes(siteDir);
const fixtureTypes = pageTypes(fixtureDir, routeShapes(siteDir));

/** A page's Content-Security-Policy, directive by directive. */
function policyOf(path: string): Map<string, string> {
  const meta = readPage(siteDir, path).querySelector('meta[http-equiv="content-security-policy"]');
  const policy = new Map<string, string>();
  for (const directive of (meta?.getAttribute('content') ?? '').split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) policy.set(name, sources.join(' '));
  }
  return policy;
}

describe('the Content-Security-Policy in every built page', () => {
  it.each(listPages(siteDir))('%s allows only this origin and hashed inline code', (path) => {
    const policy = policyOf(path);
    for (const directive of REQUIRED_DIRECTIVES) {
      const [name = '', ...sources] = directive.split(' ');
      expect(policy.get(name), `${path} ${name}`).toBe(sources.join(' '));
    }
    // A meta policy only governs what comes after it.
    const html = readFileSync(join(siteDir, path.endsWith('.html') ? path : `${path}index.html`), 'utf8');
    const firstCode = html.search(
      /<script(?![^>]*application\/ld\+json)|<style|<link[^>]*rel="?(?:stylesheet|modulepreload)/,
    );
    expect(html.indexOf('http-equiv="content-security-policy"'), path).toBeLessThan(
      firstCode === -1 ? Infinity : firstCode,
    );
    for (const kind of ['script-src', 'style-src']) {
      const sources = policy.get(kind) ?? '';
      expect(sources, `${path} ${kind}`).toMatch(/^'self'( 'sha256-[A-Za-z0-9+/=]+')*$/);
    }
  });
});

describe.each([
  ['the archive', inject('siteUrl'), realTypes],
  ['the paginated fixture', inject('paginatedUrl'), fixtureTypes],
] as const)('in Chromium, on %s', (_, siteUrl, types) => {
  test.for(types)(
    '$name triggers no CSP violation and requests nothing from another origin',
    async ({ path }, { visit }) => {
      const opened = await visit(siteUrl, path);
      expect(await opened.cspViolations()).toEqual([]);
      expect(opened.outsideRequests).toEqual([]);
    },
  );
});

describe('the policy at work', () => {
  test('finds stories for a typed query with no violation and no outside request', async ({ visit }) => {
    const opened = await visit(inject('siteUrl'), '/search/');
    await typeQuery(opened.page, QUERY_WITH_RESULTS);
    await waitForStatus(opened.page, QUERY_WITH_RESULTS);
    const results = await shownResults(opened.page);
    expect(results.length).toBeGreaterThan(0);
    expect(results.every(({ href }) => href.startsWith('/articles/'))).toBe(true);
    expect(await opened.cspViolations()).toEqual([]);
    expect(opened.outsideRequests).toEqual([]);
  });

  test('leaves JSON-LD data blocks readable on a story page', async ({ visit }) => {
    const story = listPages(siteDir).find((path) => path.startsWith('/articles/')) ?? '';
    const opened = await visit(inject('siteUrl'), story);
    const data = await opened.page.$$eval('script[type="application/ld+json"]', (scripts) =>
      scripts.map((script) => (JSON.parse(script.textContent ?? '') as { '@type'?: string })['@type']),
    );
    expect(data.length).toBeGreaterThan(0);
    expect(data).toContain('NewsArticle');
    expect(await opened.cspViolations()).toEqual([]);
  });

  test('catches and blocks a request to another origin (the interception is live)', async ({ visit }) => {
    // With the policy bypassed, so that the request reaches the network layer at all.
    const opened = await visit(inject('siteUrl'), '/', { bypassCSP: true });
    await opened.page.evaluate(() => {
      const image = document.createElement('img');
      image.src = 'https://tracker.example/pixel.png';
      document.body.append(image);
    });
    await expect.poll(() => opened.outsideRequests).toEqual(['https://tracker.example/pixel.png']);
  });

  test('reports a violation when a page tries to run inline code (the listener is live)', async ({ visit }) => {
    const opened = await visit(inject('siteUrl'), '/');
    // Injected the way an attacker's markup would arrive: as HTML with a handler.
    await opened.page.evaluate(() => {
      document.body.insertAdjacentHTML('beforeend', '<img src="data:," onload="document.title=\'pwned\'">');
    });
    await opened.page.waitForFunction(() => (window.__cspViolations ?? []).length > 0);
    expect(await opened.page.title()).not.toBe('pwned');
    expect((await opened.cspViolations()).join('\n')).toMatch(/script-src/);
  });
});
