import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject } from 'vitest';
import { test } from '../helpers/browser.ts';
import { NYT_SLUG } from '../helpers/real-stories.ts';
import { pathAndQuery, shownResults, typeQuery, waitForStatus } from './search-helpers.ts';

// The seeds fixture: the archive's two real stories as first imported, and no other (test/helpers/real-stories.ts),
// so that what a search finds can be counted whatever content/ holds. Both mention Vladivostok; only the Times
// story mentions an armored train, only the Daily Caller story the Pacific fleet.
const NYT = 'The New York Times';
const DCNF = 'Daily Caller News Foundation';

const seedsUrl = inject('seedsUrl');
/** How many recent stories /search/ renders for an empty query (RECENT_STORIES in src/pages/search.astro). */
const RECENT_STORIES = 20;

/** The seeds build's newest stories, from its API's first page (newest first): paths and days. */
function newestStories(): { total: number; paths: string[]; dates: string[] } {
  const page = JSON.parse(readFileSync(join(inject('seedsDir'), 'api/stories/page-1.json'), 'utf8')) as {
    total: number;
    items: { webUrl: string; date: string }[];
  };
  return {
    total: page.total,
    paths: page.items.map((item) => new URL(item.webUrl).pathname),
    dates: page.items.map((item) => item.date),
  };
}

describe('search page', () => {
  test('results appear as you type, with headline, outlet, date and marked words', async ({ openPage }) => {
    const { page, errors } = await openPage(`${seedsUrl}/search/`);
    await typeQuery(page, 'Vladivostok');
    await waitForStatus(page, 'Vladivostok');

    const results = await shownResults(page);
    expect(results).toHaveLength(2);
    for (const result of results) {
      expect(result.href).toMatch(/^\/articles\/[^/]+\/(#|$)/);
      expect(result.date).toMatch(/^2023-09-0[45]$/);
      expect(result.meta).toMatch(new RegExp(`${NYT}|${DCNF}`));
      expect(result.meta).toMatch(/September [45], 2023/);
      expect(result.marks.map((mark) => mark.toLowerCase())).toContain('vladivostok');
    }
    expect(await page.locator('#search-status').textContent()).toContain('2 stories match “Vladivostok”');
    expect(pathAndQuery(page)).toBe('/search/?q=Vladivostok');
    expect(errors).toEqual([]);
  });

  test('a search link opened cold shows the same results as typing it', async ({ openPage }) => {
    const typed = await openPage(`${seedsUrl}/search/`);
    await typeQuery(typed.page, 'Vladivostok');
    await waitForStatus(typed.page, 'Vladivostok');
    const expected = await shownResults(typed.page);

    const cold = await openPage(`${seedsUrl}/search/?q=Vladivostok`);
    await waitForStatus(cold.page, 'Vladivostok');
    expect(await cold.page.locator('#q').inputValue()).toBe('Vladivostok');
    expect(await shownResults(cold.page)).toEqual(expected);
    // The page carries the manifest, and asks for the query's vocabulary before the engine has loaded:
    // no manifest request, and the engine uses that early answer instead of asking again.
    const requested = await cold.page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.startsWith('/search-index/')),
    );
    expect(requested.filter((path) => path.includes('/manifest.'))).toEqual([]);
    const vocab = requested.filter((path) => path.includes('/vocab.'));
    expect(vocab.length).toBeGreaterThan(0);
    expect(new Set(vocab).size).toBe(vocab.length);
    expect(cold.errors).toEqual([]);
  });

  test('back and forward return to earlier searches', async ({ openPage }) => {
    const { page, errors } = await openPage(`${seedsUrl}/search/?q=Pyongyang`);
    await waitForStatus(page, 'Pyongyang');

    await typeQuery(page, 'armored');
    await waitForStatus(page, 'armored');
    await page.keyboard.press('Enter');
    await typeQuery(page, 'Pacific');
    await waitForStatus(page, 'Pacific');
    await page.keyboard.press('Enter');
    expect(pathAndQuery(page)).toBe('/search/?q=Pacific');
    const pacific = await shownResults(page);
    expect(pacific[0]?.meta).toContain(DCNF);

    await page.goBack();
    await waitForStatus(page, 'armored');
    expect(pathAndQuery(page)).toBe('/search/?q=armored');
    expect(await page.locator('#q').inputValue()).toBe('armored');
    expect((await shownResults(page))[0]?.meta).toContain(NYT);

    await page.goBack();
    await waitForStatus(page, 'Pyongyang');
    expect(pathAndQuery(page)).toBe('/search/?q=Pyongyang');

    await page.goForward();
    await waitForStatus(page, 'armored');
    expect(await page.locator('#q').inputValue()).toBe('armored');
    await page.goForward();
    await waitForStatus(page, 'Pacific');
    expect(await shownResults(page)).toEqual(pacific);
    expect(errors).toEqual([]);
  });

  test('outlet, date and sort filters narrow the results and live in the URL', async ({ openPage }) => {
    const { page, errors } = await openPage(`${seedsUrl}/search/?q=Vladivostok`);
    await waitForStatus(page, 'Vladivostok');
    expect(await shownResults(page)).toHaveLength(2);

    // The filter names the outlet by the slug its own pages use.
    await page.selectOption('#search-outlet', 'daily-caller-news-foundation');
    await page.waitForURL((url) => url.searchParams.get('outlet') === 'daily-caller-news-foundation');
    await waitForStatus(page, 'Vladivostok');
    let results = await shownResults(page);
    expect(results.map((result) => result.meta.includes(DCNF))).toEqual([true]);

    await page.selectOption('#search-outlet', '');
    await page.fill('#search-from', '2023-09-05');
    await page.waitForURL((url) => url.searchParams.get('from') === '2023-09-05' && !url.searchParams.has('outlet'));
    await waitForStatus(page, 'Vladivostok');
    results = await shownResults(page);
    expect(results.map((result) => result.date)).toEqual(['2023-09-05']);

    await page.fill('#search-from', '');
    await page.fill('#search-to', '2023-09-04');
    await page.waitForURL((url) => url.searchParams.get('to') === '2023-09-04' && !url.searchParams.has('from'));
    await waitForStatus(page, 'Vladivostok');
    results = await shownResults(page);
    expect(results.map((result) => result.date)).toEqual(['2023-09-04']);

    await page.fill('#search-to', '');
    await page.selectOption('#search-sort', 'date');
    await page.waitForURL((url) => url.searchParams.get('sort') === 'date' && !url.searchParams.has('to'));
    await waitForStatus(page, 'Vladivostok');
    results = await shownResults(page);
    expect(results.map((result) => result.date)).toEqual(['2023-09-05', '2023-09-04']);
    expect(errors).toEqual([]);

    // The same filters opened cold from a link.
    const cold = await openPage(
      `${seedsUrl}/search/?q=Vladivostok&outlet=the-new-york-times&from=2023-09-01&to=2023-09-30&sort=date`,
    );
    await waitForStatus(cold.page, 'Vladivostok');
    expect(await cold.page.locator('#search-outlet').inputValue()).toBe('the-new-york-times');
    expect(await cold.page.locator('#search-from').inputValue()).toBe('2023-09-01');
    expect(await cold.page.locator('#search-to').inputValue()).toBe('2023-09-30');
    expect(await cold.page.locator('#search-sort').inputValue()).toBe('date');
    expect((await shownResults(cold.page)).map((result) => result.meta.includes(NYT))).toEqual([true]);
    expect(cold.errors).toEqual([]);
  });

  test('an empty query shows the recent stories from the page itself; clearing the query brings them back', async ({
    openPage,
  }) => {
    const { page, errors } = await openPage(`${seedsUrl}/search/`);
    // Every resource since navigation, preloads included.
    const indexRequests = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((url) => url.includes('/search-index/')),
      );
    const recent = await shownResults(page);
    // The archive's newest stories, whatever it holds: as many as the page shows (RECENT_STORIES in
    // src/pages/search.astro), in the order of the API's first page (newest first).
    const newest = newestStories();
    expect(recent.length).toBe(Math.min(RECENT_STORIES, newest.total));
    expect(recent.map((result) => result.href)).toEqual(newest.paths.slice(0, recent.length));
    expect(recent.map((result) => result.date)).toEqual(newest.dates.slice(0, recent.length));
    // Every card carries its lede, however short (a 1961 story may open with a one-line paragraph).
    expect(recent.every((result) => result.snippet.length > 0)).toBe(true);
    expect(await page.locator('[data-search-heading]').textContent()).toContain('Recent stories');
    await page.waitForLoadState('networkidle');
    expect(await indexRequests()).toEqual([]);
    expect(await page.locator('#search-status').getAttribute('data-state')).toBe('idle');

    await page.focus('#q');
    await waitForStatus(page, '');
    expect(await page.locator('#search-status').textContent()).toBe(
      recent.length === 1 ? 'The most recent story.' : `The ${recent.length} most recent stories.`,
    );
    // Focus warms the engine: its code only; the manifest comes with the page, and nothing per story loads.
    await page.waitForLoadState('networkidle');
    expect(await indexRequests()).toEqual([]);
    expect(await shownResults(page)).toEqual(recent);

    await typeQuery(page, 'armored');
    await waitForStatus(page, 'armored');
    // The result links open the story at the matching paragraph (`#pN`).
    const armored = await shownResults(page);
    expect(armored.some((result) => result.href.split('#')[0] === `/articles/${NYT_SLUG}/`)).toBe(true);
    await typeQuery(page, '');
    await waitForStatus(page, '');
    expect(await shownResults(page)).toEqual(recent);
    expect(await page.locator('[data-search-heading]').isVisible()).toBe(true);
    expect(pathAndQuery(page)).toBe('/search/');
    expect(errors).toEqual([]);
  });

  test('typing a word letter by letter shows its stories from the second letter on', async ({ openPage }) => {
    const { page, errors } = await openPage(`${seedsUrl}/search/`);
    await page.locator('#q').fill('');
    const word = 'Vladivostok';
    for (let i = 1; i <= word.length; i++) {
      await page.locator('#q').press(word.charAt(i - 1));
      const prefix = word.slice(0, i);
      await waitForStatus(page, prefix);
      if (i < 2) continue;
      expect(await page.locator('#search-status').textContent(), prefix).not.toContain('No stories match');
      const shown = await shownResults(page);
      expect(shown.length, prefix).toBeGreaterThan(0);
      // The mark is on the whole word in the text, not on the letters typed.
      expect(
        shown.some((result) => result.marks.some((mark) => mark.toLowerCase().startsWith(prefix.toLowerCase()))),
      ).toBe(true);
    }
    expect(errors).toEqual([]);
  });

  test('a misspelt word is corrected, and the page says so with a way back', async ({ openPage }) => {
    const { page, errors } = await openPage(`${seedsUrl}/search/`);
    await typeQuery(page, 'ladivostok ');
    await waitForStatus(page, 'ladivostok');
    expect((await shownResults(page)).length).toBeGreaterThan(0);
    const note = page.locator('[data-search-correction]');
    expect(await note.textContent()).toBe('Showing results for vladivostok; search instead for "ladivostok".');
    expect(await note.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      '/search/?q=vladivostok',
      `/search/?q=${encodeURIComponent('"ladivostok"').replaceAll('%20', '+')}`,
    ]);
    expect(errors).toEqual([]);
  });

  test('no story has every word: the page says so and heads the stories that have some', async ({ openPage }) => {
    const { page, errors } = await openPage(`${seedsUrl}/search/`);
    await typeQuery(page, 'Vladivostok zzqxjwv');
    await waitForStatus(page, 'Vladivostok zzqxjwv');
    expect(await page.locator('#search-status').textContent()).toMatch(
      /^No story has every word of “Vladivostok zzqxjwv”\. \d+ stor(y has|ies have) some of them\.$/,
    );
    const heading = page.locator('[data-search-heading]');
    expect(await heading.textContent()).toBe('Stories with some of the words');
    expect(await heading.evaluate((h) => h.classList.contains('visually-hidden'))).toBe(false);
    expect(errors).toEqual([]);
  });

  test('a query with no match says so and suggests what to try', async ({ openPage }) => {
    const { page, errors } = await openPage(`${seedsUrl}/search/`);
    await typeQuery(page, 'zzqxjwv');
    await waitForStatus(page, 'zzqxjwv');
    expect(await shownResults(page)).toEqual([]);
    expect(await page.locator('#search-status').textContent()).toContain('No stories match “zzqxjwv”');
    const help = page.locator('[data-search-none]');
    expect(await help.isVisible()).toBe(true);
    expect(await help.locator('a[href="/archive/"]').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  test('a result link opens the story at the matching paragraph', async ({ openPage }) => {
    const { page, errors } = await openPage(`${seedsUrl}/search/?q=armored`);
    await waitForStatus(page, 'armored');
    const [first] = await shownResults(page);
    expect(first?.href).toMatch(/#p\d+/);

    await Promise.all([page.waitForURL(/\/articles\//), page.click('a.search-result__link >> nth=0')]);
    const target = await page.evaluate(() => {
      const paragraph = document.querySelector('.story__body p:target');
      if (!paragraph) return undefined;
      const box = paragraph.getBoundingClientRect();
      return { text: paragraph.textContent ?? '', inView: box.top >= 0 && box.top < window.innerHeight };
    });
    expect(target?.text).toMatch(/armored/i);
    expect(target?.inView).toBe(true);
    expect(errors).toEqual([]);
  });
});
