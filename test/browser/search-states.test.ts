import { describe, expect, inject } from 'vitest';
import { test } from '../helpers/browser.ts';
import { shownResults, typeQuery, waitForStatus } from './search-helpers.ts';

// The two real stories alone (the seeds fixture), so that a search's results can be counted.
const seedsUrl = inject('seedsUrl');

describe('search page states', () => {
  test('without JavaScript the page says results need it and links the listings', async ({ openPage }) => {
    const { page } = await openPage(`${seedsUrl}/search/?q=Kim`, { javaScriptEnabled: false });
    const note = page.locator('[data-needs-js]');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('Search results need JavaScript');
    expect(await note.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      '/archive/',
      '/outlets/',
      '/authors/',
    ]);
    // The form still submits as a plain GET to the search page.
    expect(await page.locator('form[role="search"]:has(#q)').getAttribute('action')).toBe('/search/');
  });

  test('with JavaScript the needs-JavaScript note is gone', async ({ openPage }) => {
    const { page, errors } = await openPage(`${seedsUrl}/search/`);
    await page.waitForFunction(() => customElements.get('archive-search') !== undefined);
    expect(await page.locator('[data-needs-js]').isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });

  test('while the index loads the page says so and the box keeps taking keys', async ({ openPage }) => {
    const { page, errors } = await openPage(`${seedsUrl}/search/`);
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/search-index/**', async (route) => {
      await held;
      await route.continue();
    });

    await typeQuery(page, 'Vlad');
    const busy = page.locator('[data-search-busy]');
    await busy.waitFor({ state: 'visible' });
    expect(await busy.textContent()).toMatch(/Loading the search index|Searching/);
    expect(await page.locator('#search-status').getAttribute('data-state')).toBe('loading');

    await page.locator('#q').pressSequentially('ivostok', { delay: 10 });
    expect(await page.locator('#q').inputValue()).toBe('Vladivostok');
    release();
    await waitForStatus(page, 'Vladivostok');
    expect(await busy.isVisible()).toBe(false);
    expect(await shownResults(page)).toHaveLength(2);
    expect(errors).toEqual([]);
  });

  test('an index that fails to load gives a clear message and a way to retry', async ({ openPage }) => {
    const { page } = await openPage(`${seedsUrl}/search/`);
    let failing = true;
    await page.route('**/search-index/**', (route) =>
      failing ? route.fulfill({ status: 503, body: 'unavailable' }) : route.continue(),
    );

    await typeQuery(page, 'Kim');
    await waitForStatus(page, 'Kim', 'error');
    expect(await page.locator('#search-status').textContent()).toContain('the search index could not be loaded');
    expect(await page.locator('[data-search-failed]').isVisible()).toBe(true);
    expect(await shownResults(page)).toEqual([]);

    failing = false;
    await page.click('[data-search-retry]');
    await waitForStatus(page, 'Kim');
    expect(await page.locator('[data-search-failed]').isVisible()).toBe(false);
    expect((await shownResults(page)).length).toBeGreaterThan(0);
  });
});
