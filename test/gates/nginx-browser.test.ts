import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { shownResults } from '../browser/search-helpers.ts';
import { launchChromium } from '../helpers/browser.ts';
import { startNginx, type Nginx } from '../helpers/nginx.ts';
import { pageTypes, QUERY_WITH_RESULTS } from './page-types.ts';
import { visit } from './visit.ts';

// The browser gates once more, against real nginx with the shipped config: its
// header CSP (with frame-ancestors) and every other header apply on top of the
// pages' meta policy, and nothing may break or leave the origin because of them.

const siteDir = inject('siteDir');
const types = pageTypes(siteDir);

let browser: Browser;
let nginx: Nginx;
beforeAll(async () => {
  [browser, nginx] = await Promise.all([launchChromium(), startNginx(siteDir)]);
});
afterAll(async () => {
  await browser?.close();
  await nginx?.close();
});

describe('in Chromium, served by nginx', () => {
  it('covers a story, a thread and a search with results', () => {
    const names = types.map((type) => type.name);
    expect(names).toEqual(expect.arrayContaining(['/articles/_/', '/threads/_/', `/search/?q=${QUERY_WITH_RESULTS}`]));
  });

  it("refuses to be framed by another origin: the header's frame-ancestors is enforced", async () => {
    const context = await browser.newContext();
    try {
      // Another origin, answered by the browser itself: a page that frames the archive's home page.
      const framer = 'http://framer.invalid/';
      await context.route(framer, (route) =>
        route.fulfill({ contentType: 'text/html', body: `<iframe src="${nginx.url}/"></iframe>` }),
      );
      const page = await context.newPage();
      await page.goto(framer, { waitUntil: 'load' });
      // Chromium replaces a frame its CSP forbids with its error page.
      const framed = page.frames().find((frame) => frame !== page.mainFrame());
      expect(framed?.url()).toBe('chrome-error://chromewebdata/');
      // Not a network failure: the same address opens at the top level.
      const direct = await page.goto(`${nginx.url}/`);
      expect(direct?.status()).toBe(200);
      expect(await page.locator('main').count()).toBe(1);
    } finally {
      await context.close();
    }
  }, 120_000);

  it.each(types)('$name triggers no CSP violation and requests nothing from another origin', async ({ path }) => {
    const opened = await visit(browser, nginx.url, path);
    try {
      const response = await opened.page.request.get(`${nginx.url}${path}`);
      expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(await opened.cspViolations()).toEqual([]);
      expect(opened.outsideRequests).toEqual([]);
      if (path.includes(`?q=${QUERY_WITH_RESULTS}`))
        expect((await shownResults(opened.page)).length).toBeGreaterThan(0);
    } finally {
      await opened.close();
    }
  });
});
