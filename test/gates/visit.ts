import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { waitForStatus } from '../browser/search-helpers.ts';
import { test as browserTest } from '../helpers/browser.ts';

/** A page opened on the served site, with what it tried to do along the way. */
export interface Visit {
  page: Page;
  /** Every URL the page requested outside the site's origin (each was blocked). */
  outsideRequests: string[];
  /** `securitypolicyviolation` events so far: directive and blocked URI or `inline`. */
  cspViolations(): Promise<string[]>;
  close(): Promise<void>;
}

declare global {
  interface Window {
    /** Filled by the init script below before any of the page's own code runs. */
    __cspViolations?: string[];
  }
}

/**
 * Opens `path` on `siteUrl` in a fresh context and waits until it has settled
 * (network idle; on a search URL with a query, until the results are shown).
 * Requests to any other origin are recorded and aborted, so nothing leaves the
 * machine; CSP violations are recorded by a listener installed before the page
 * runs (Playwright's init scripts are not subject to the page's CSP).
 */
async function visitIn(context: BrowserContext, siteUrl: string, path: string): Promise<Visit> {
  const outsideRequests: string[] = [];
  const origin = new URL(siteUrl).origin;
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === origin || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    outsideRequests.push(url.href);
    return route.abort('blockedbyclient');
  });
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  const page = await context.newPage();
  await page.goto(`${siteUrl}${path}`, { waitUntil: 'networkidle' });
  const query = new URL(path, siteUrl).searchParams.get('q');
  if (query) await waitForStatus(page, query);
  return {
    page,
    outsideRequests,
    cspViolations: () => page.evaluate(() => window.__cspViolations ?? []),
    close: () => context.close(),
  };
}

/** The browser harness plus `visit(siteUrl, path, options)`; the visit's context closes after the test. */
export const test = browserTest.extend(
  'visit',
  ({ newContext }) =>
    async (siteUrl: string, path: string, options: BrowserContextOptions = {}): Promise<Visit> =>
      visitIn(await newContext(options), siteUrl, path),
);

/** The same visit in a fresh context of a browser the caller launched; the caller closes it. */
export async function visit(
  browser: Browser,
  siteUrl: string,
  path: string,
  options: BrowserContextOptions = {},
): Promise<Visit> {
  return visitIn(await browser.newContext(options), siteUrl, path);
}
