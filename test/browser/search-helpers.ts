/** What the search page tests read off the page; pages come from the one browser fixture (`test/helpers/browser.ts`). */
import type { Page } from 'playwright-core';

/** Waits until `#search-status` reports `state` for `query` (the query as typed, trimmed). */
export async function waitForStatus(page: Page, query: string, state: 'done' | 'error' = 'done'): Promise<void> {
  await page.waitForFunction(
    ([q, s]) => {
      const status = document.querySelector<HTMLElement>('#search-status');
      return status?.dataset['state'] === s && status.dataset['query'] === q;
    },
    [query, state] as const,
  );
}

/** One rendered result, as a reader sees it. */
export interface ShownResult {
  title: string;
  href: string;
  meta: string;
  snippet: string;
  /** Text of every `<mark>` in the result. */
  marks: string[];
  date: string;
}

/** The results on screen, in order. */
export function shownResults(page: Page): Promise<ShownResult[]> {
  return page.$$eval('ol#search-results > li.search-result', (items) =>
    items.map((item) => ({
      title: item.querySelector('a.search-result__link')?.textContent ?? '',
      href: item.querySelector('a.search-result__link')?.getAttribute('href') ?? '',
      meta: item.querySelector('.search-result__meta')?.textContent ?? '',
      snippet: item.querySelector('.search-result__snippet')?.textContent ?? '',
      marks: [...item.querySelectorAll('mark')].map((mark) => mark.textContent ?? ''),
      date: item.querySelector('time')?.getAttribute('datetime') ?? '',
    })),
  );
}

/** Types `text` into the emptied search box one key at a time, as a reader does. */
export async function typeQuery(page: Page, text: string): Promise<void> {
  await page.locator('#q').fill('');
  await page.locator('#q').pressSequentially(text, { delay: 10 });
}

/** The page's path and query string. */
export const pathAndQuery = (page: Page): string => {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
};
