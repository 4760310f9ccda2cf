import type { Page } from 'playwright-core';
import { describe, expect, inject } from 'vitest';
import { shownResults } from '../browser/search-helpers.ts';
import { QUERY_WITH_RESULTS } from './page-types.ts';
import { test } from './visit.ts';

/** Enough presses to cross any page of the archive. */
const MAX_TABS = 120;

/** What keyboard focus is on after one press of Tab. */
interface Stop {
  /** `tag#id.class` of the focused element, or its link target. */
  id: string;
  href: string | null;
  /** Where it sits: `header`, `main`, `footer` or `other`. */
  region: string;
  /** Whether it shows a focus indicator: a computed outline or box shadow while it has focus. */
  visible: boolean;
}

/** Presses Tab from the top of the page until focus leaves the document or `MAX_TABS`; returns each stop. */
async function tabThrough(page: Page): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate((): Stop | null => {
      const element = document.activeElement;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const shadowed = style.boxShadow !== 'none';
      return {
        id: `${element.localName}${element.id ? `#${element.id}` : ''}${[...element.classList].map((c) => `.${c}`).join('')}`,
        href: element.getAttribute('href'),
        region: element.closest('header.site-header')
          ? 'header'
          : element.closest('main')
            ? 'main'
            : element.closest('footer')
              ? 'footer'
              : 'other',
        visible: outlined || shadowed,
      };
    });
    if (!stop) break;
    stops.push(stop);
  }
  return stops;
}

describe('a keyboard-only reader', () => {
  test('meets the skip link first, then the header with its search, then the page', async ({ visit }) => {
    const { page } = await visit(inject('siteUrl'), '/');
    const stops = await tabThrough(page);
    expect(stops[0]?.id).toBe('a.skip-link');
    const search = stops.findIndex((stop) => stop.id === 'input#site-search-q');
    const firstInMain = stops.findIndex((stop) => stop.region === 'main');
    expect(search).toBeGreaterThan(0);
    expect(firstInMain).toBeGreaterThan(search);
    expect(stops.slice(1, search).every((stop) => stop.region === 'header')).toBe(true);
    expect(stops.filter((stop) => !stop.visible).map((stop) => stop.id)).toEqual([]);
  });

  test('skips to the content with the skip link', async ({ visit }) => {
    const { page } = await visit(inject('siteUrl'), '/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
  });

  test('reaches the search box, then every result link in order, each visibly focused, and opens one', async ({
    visit,
  }) => {
    const search = await visit(inject('siteUrl'), `/search/?q=${QUERY_WITH_RESULTS}`);
    const results = await shownResults(search.page);
    expect(results.length).toBeGreaterThan(0);
    const stops = await tabThrough(search.page);
    expect(stops[0]?.id).toBe('a.skip-link');
    const searchBox = stops.findIndex((stop) => stop.region === 'main' && stop.id.startsWith('input#q'));
    const resultStops = stops.filter((stop) => stop.id.includes('search-result__link'));
    // The search page's one search box: the header links to the page instead of repeating it.
    expect(stops.some((stop) => stop.id === 'input#site-search-q')).toBe(false);
    expect(searchBox).toBeGreaterThan(0);
    expect(stops.findIndex((stop) => stop.id.includes('search-result__link'))).toBeGreaterThan(searchBox);
    expect(resultStops.map((stop) => stop.href)).toEqual(results.map((result) => result.href));
    expect(stops.filter((stop) => !stop.visible).map((stop) => stop.id)).toEqual([]);

    await search.page.reload();
    await search.page.locator('a.search-result__link').first().waitFor();
    await search.page.locator('a.search-result__link').first().focus();
    await search.page.keyboard.press('Enter');
    await search.page.waitForURL(/\/articles\//);
    expect(new URL(search.page.url()).pathname).toBe(new URL(results[0]?.href ?? '', search.page.url()).pathname);
  });
});
