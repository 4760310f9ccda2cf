import type { Page } from 'playwright-core';
import { describe, expect, inject } from 'vitest';
import { test } from '../helpers/browser.ts';
import { shownResults, typeQuery, waitForStatus } from './search-helpers.ts';

// The two real stories alone (the seeds fixture), so that a search's results can be counted.
const seedsUrl = inject('seedsUrl');

/** What has focus: `#q`, `result <n>` (0-based) or the tag name. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    if (!active) return 'none';
    if (active.id === 'q') return '#q';
    const links = [...document.querySelectorAll('a.search-result__link')];
    const index = links.indexOf(active);
    return index >= 0 ? `result ${index}` : active.tagName.toLowerCase();
  });

describe('search by keyboard', () => {
  test('/ focuses the box, arrows move through results, Enter opens one', async ({ openPage }) => {
    const { page, errors } = await openPage(`${seedsUrl}/search/?q=Vladivostok`);
    await waitForStatus(page, 'Vladivostok');
    expect(await shownResults(page)).toHaveLength(2);
    expect(await focused(page)).toBe('body');

    await page.keyboard.press('/');
    expect(await focused(page)).toBe('#q');
    // The slash that focused the box is not typed into it.
    expect(await page.locator('#q').inputValue()).toBe('Vladivostok');

    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toBe('result 0');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toBe('result 1');
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toBe('result 1');
    await page.keyboard.press('ArrowUp');
    expect(await focused(page)).toBe('result 0');
    await page.keyboard.press('ArrowUp');
    expect(await focused(page)).toBe('#q');

    // In a text field `/` is a character like any other.
    await page.keyboard.press('End');
    await page.keyboard.type('/x');
    expect(await page.locator('#q').inputValue()).toBe('Vladivostok/x');
    // Its search must be answered first: else the status still says 'Vladivostok' from before, and the
    // answer to 'Vladivostok/x' would redraw the results under the keys pressed next.
    await waitForStatus(page, 'Vladivostok/x');
    await typeQuery(page, 'Vladivostok');
    await waitForStatus(page, 'Vladivostok');

    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toBe('result 0');
    const [first] = await shownResults(page);
    await Promise.all([page.waitForURL(/\/articles\//, { waitUntil: 'commit' }), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe(first?.href.split('#')[0]);
    expect(errors).toEqual([]);
  });
});

describe('hostile input stays text', () => {
  const payloads = [
    '<img src=x onerror=window.__x=1>',
    '"><script>window.__y=1</script>',
    "'><svg onload=window.__z=1>",
    '<iframe srcdoc="<script>parent.__w=1</script>">',
    'javascript:window.__v=1',
    '</mark><b>bold</b> Kim',
  ];

  const injected = (page: Page) =>
    page.evaluate(() => ({
      globals: ['__x', '__y', '__z', '__w', '__v'].filter((name) => name in window),
      elements: document.querySelectorAll(
        // The results and status, where typed text is shown (the timeline's own SVG is not typed text).
        '#search-results :is(img, script, svg, iframe, b), #search-status :is(img, script, svg, iframe, b)',
      ).length,
    }));

  test('typed payloads are searched as words and shown as text', async ({ openPage }) => {
    const { page, errors } = await openPage(`${seedsUrl}/search/`);
    for (const payload of payloads) {
      await typeQuery(page, payload);
      await waitForStatus(page, payload);
      expect(await page.locator('#search-status').textContent()).toContain(payload);
      expect(await injected(page)).toEqual({ globals: [], elements: 0 });
    }
    await page.keyboard.press('Enter');
    await waitForStatus(page, payloads.at(-1) ?? '');
    expect(await injected(page)).toEqual({ globals: [], elements: 0 });
    expect(errors).toEqual([]);
  });

  test('payloads in a link are inert too', async ({ openPage }) => {
    const [first, second] = payloads;
    const url = `${seedsUrl}/search/?q=${encodeURIComponent(first ?? '')}&outlet=${encodeURIComponent(second ?? '')}`;
    const { page, errors } = await openPage(url);
    await waitForStatus(page, first ?? '');
    expect(await page.locator('#q').inputValue()).toBe(first);
    // An outlet the archive does not have is refused, said as text, and not added as an option.
    expect(await page.locator('#search-outlet').inputValue()).toBe('');
    await expect.poll(() => page.locator('[data-search-refused]').textContent()).toContain(second);
    expect(await injected(page)).toEqual({ globals: [], elements: 0 });
    expect(errors).toEqual([]);
  });
});
