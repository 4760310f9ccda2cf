import type { Page } from 'playwright-core';
import { describe, expect, inject } from 'vitest';
import { test } from '../helpers/browser.ts';
import { shownResults, typeQuery, waitForStatus } from './search-helpers.ts';

// The page depends on the engine only through `createSearch` (src/lib/search/types.ts).
// These tests swap the engine's chunk for a stub that answers with chosen hits,
// to check what the page does with answers the real archive cannot produce.
const STUB_ENGINE = `
const hostile = '<img src=x onerror="window.__t=1">';
const hit = (query) => ({
  id: query,
  url: '/articles/' + query + '/',
  title: query + ' <script>window.__t=2</script>',
  outlet: 'Outlet <b>bold</b>',
  authors: ['<i>An Author</i>'],
  date: '2023-09-05',
  score: 1,
  titleMatches: [[0, query.length]],
  snippet: { text: hostile + ' said ' + query, matches: [[0, 4]] },
  paragraph: 1,
  href: 'javascript:window.__t=3',
  extra: { thread: { url: '/threads/an-event/', outlets: 3 } },
});
export function createSearch() {
  return {
    facets: async () => ({ outlets: [{ name: 'Outlet <b>bold</b>', count: 1 }], firstDate: '2023-09-04', lastDate: '2023-09-05' }),
    recent: async () => ({ query: '', total: 0, hits: [], terms: [] }),
    matches: async (query) => ({ query, stories: [], outlets: [], authors: [] }),
    search: async (query, options = {}) => {
      if (query === 'slow') {
        // Held until the test lets it go; settled once the page has had the answer.
        await new Promise((resolve) => { window.__releaseSlow = resolve; });
        setTimeout(() => { window.__slowSettled = true; });
      } else await new Promise((resolve) => setTimeout(resolve, 10));
      if (query !== 'many') return { query, total: 1, hits: [hit(query)], terms: [] };
      const offset = options.offset ?? 0;
      const shown = Math.max(0, Math.min(options.limit ?? 20, 25 - offset));
      return { query, total: 25, hits: Array.from({ length: shown }, (_, i) => hit('many' + (offset + i))), terms: [] };
    },
  };
}`;

const siteUrl = inject('siteUrl');

/** Serves the stub in place of the engine's chunk; returns how many times it was asked for. */
async function stubEngine(page: Page): Promise<() => number> {
  let served = 0;
  await page.route(/\/_astro\/client\.[\w-]+\.js$/, (route) => {
    served += 1;
    return route.fulfill({ contentType: 'text/javascript', body: STUB_ENGINE });
  });
  return () => served;
}

describe('search results from any engine answer', () => {
  test('article text shows as text, links stay on the site, a thread links its outlets', async ({ openPage }) => {
    const { page, errors } = await openPage(`${siteUrl}/search/`);
    const served = await stubEngine(page);
    await typeQuery(page, 'kim');
    await waitForStatus(page, 'kim');
    expect(served()).toBe(1);

    const [result] = await shownResults(page);
    expect(result?.title).toBe('kim <script>window.__t=2</script>');
    expect(result?.marks).toEqual(['kim', '<img']);
    expect(result?.href).toBe('/articles/kim/');
    expect(result?.meta).toContain('By <i>An Author</i>');
    expect(result?.meta).toContain('Outlet <b>bold</b>');
    const thread = page.locator('li.search-result a.search-result__thread');
    expect(await thread.textContent()).toBe('Covered by 3 outlets');
    expect(await thread.getAttribute('href')).toBe('/threads/an-event/');
    expect(await page.locator('#search-outlet option').allTextContents()).toEqual([
      'All outlets',
      'Outlet <b>bold</b> (1)',
    ]);

    const injected = await page.evaluate(() => ({
      flag: '__t' in window,
      // The page's own inline manifest is the one script it carries; hostile text must add none.
      elements: document.querySelectorAll('archive-search :is(script:not([data-search-manifest]), img, b, i)').length,
    }));
    expect(injected).toEqual({ flag: false, elements: 0 });
    expect(errors).toEqual([]);
  });

  test('a slow answer to an earlier query never replaces a later one', async ({ openPage }) => {
    const { page, errors } = await openPage(`${siteUrl}/search/`);
    await stubEngine(page);
    await typeQuery(page, 'fast');
    await waitForStatus(page, 'fast');

    await typeQuery(page, 'slow');
    await page.waitForFunction(
      () => document.querySelector('#search-status')?.getAttribute('data-state') === 'loading',
    );
    await typeQuery(page, 'quick');
    await waitForStatus(page, 'quick');
    // Now the answer for "slow" arrives, late.
    await page.waitForFunction(() => typeof (window as { __releaseSlow?: () => void }).__releaseSlow === 'function');
    await page.evaluate(() => (window as unknown as { __releaseSlow: () => void }).__releaseSlow());
    await page.waitForFunction(() => (window as { __slowSettled?: boolean }).__slowSettled === true);
    expect(await page.locator('#search-status').getAttribute('data-query')).toBe('quick');
    expect((await shownResults(page)).map((result) => result.href)).toEqual(['/articles/quick/']);
    expect(errors).toEqual([]);
  });

  test('ten results show at first; "Show more results" adds the next ten, then hides', async ({ openPage }) => {
    const { page, errors } = await openPage(`${siteUrl}/search/`);
    await stubEngine(page);
    await typeQuery(page, 'many');
    await waitForStatus(page, 'many');
    const ids = async () => (await shownResults(page)).map((result) => result.href.split('/')[2]);
    expect(await ids()).toEqual(Array.from({ length: 10 }, (_, i) => `many${i}`));
    expect(await page.locator('#search-status').textContent()).toBe('25 stories match “many”. Showing the first 10.');

    const more = page.getByRole('button', { name: 'Show more results' });
    await more.click();
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li.search-result').length === 20);
    expect(await ids()).toEqual(Array.from({ length: 20 }, (_, i) => `many${i}`));
    expect(
      await page.evaluate(() => document.activeElement?.closest('li')?.querySelector('a')?.getAttribute('href')),
    ).toBe('/articles/many10/');
    expect(await page.locator('#search-status').textContent()).toBe('25 stories match “many”. Showing the first 20.');

    await more.click();
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li.search-result').length === 25);
    expect(await more.isHidden()).toBe(true);
    expect(await page.locator('#search-status').textContent()).toBe('25 stories match “many”.');

    // A new query starts again from its first ten.
    await typeQuery(page, 'fast');
    await waitForStatus(page, 'fast');
    expect(await ids()).toEqual(['fast']);
    expect(await more.isHidden()).toBe(true);
    expect(errors).toEqual([]);
  });
});
