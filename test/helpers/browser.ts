import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { test as base } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';

export { launchChromium };

/** A page in its own context that records console errors and uncaught exceptions. */
export interface OpenPage {
  page: Page;
  /** Console errors and page errors, in order. */
  errors: string[];
  /** Closes the page's context now; the fixture closes it after the test anyway. */
  close(): Promise<void>;
}

/**
 * The one browser harness: `test` with Vitest fixtures for Chromium.
 *
 * - `browser`: one Chromium per test file, launched by the first test that
 *   needs it and closed after the file's last test.
 * - `newContext(options)`: a fresh context (no shared history, cache or
 *   storage), closed after the test whether it passed or not.
 * - `openPage(url, options)`: a page in such a context, navigated to `url`,
 *   with its console errors and uncaught exceptions collected in `errors`.
 *
 *   test('…', async ({ openPage }) => {
 *     const { page, errors } = await openPage(`${inject('siteUrl')}/`);
 *   });
 */
export const test = base
  // Vitest reads a fixture's dependencies from its first parameter, which must be a pattern.
  // eslint-disable-next-line no-empty-pattern
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }): Promise<Browser> => {
    const browser = await launchChromium();
    onCleanup(() => browser.close());
    return browser;
  })
  .extend('newContext', ({ browser }, { onCleanup }) => {
    const contexts: BrowserContext[] = [];
    onCleanup(async () => {
      await Promise.all(contexts.map((context) => context.close()));
    });
    return async (options: BrowserContextOptions = {}): Promise<BrowserContext> => {
      const context = await browser.newContext(options);
      contexts.push(context);
      return context;
    };
  })
  .extend('openPage', ({ newContext }) => {
    return async (url: string, options: BrowserContextOptions = {}): Promise<OpenPage> => {
      const context = await newContext(options);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(url);
      return { page, errors, close: () => context.close() };
    };
  });

/** Whether an element is at least partly inside the visible viewport. */
export function isInViewport(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight && box.height > 0;
  });
}
