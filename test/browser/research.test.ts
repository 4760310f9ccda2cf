import { readFileSync } from 'node:fs';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject } from 'vitest';
import { accessibilityFailures } from '../helpers/axe.ts';
import { test } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { pathAndQuery, waitForStatus } from './search-helpers.ts';

/**
 * The research tools on the search page, over the 45-story fixture
 * (test/helpers/fixture-articles.ts): story i is dated September 1 + (i mod 28),
 * 2023, odd ones from The Example Herald, every one by Pat Example and every
 * third also by Sam Sample; "story" is in every headline.
 */
const FIXTURE = Array.from({ length: 45 }, (_, k) => {
  const i = k + 1;
  return {
    id: `2023-09-${String(1 + (i % 28)).padStart(2, '0')}-fixture-story-${i}`,
    date: `2023-09-${String(1 + (i % 28)).padStart(2, '0')}`,
    outlet: i % 2 ? 'The Example Herald' : 'Fixture Daily',
    authors: ['Pat Example', ...(i % 3 === 0 ? ['Sam Sample'] : [])],
  };
});
const countBy = <T>(items: readonly T[], key: (item: T) => string[]) => {
  const counts = new Map<string, number>();
  for (const item of items) for (const k of key(item)) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
};

let server: StaticServer;
beforeAll(async () => {
  server = await serveStatic(inject('paginatedDir'));
});
afterAll(async () => {
  await server?.close();
});

const bars = (page: Page) =>
  page.$$eval('[data-search-timeline] g.coverage-bar', (gs) =>
    gs.map((g) => [g.getAttribute('data-from') ?? '', Number(g.getAttribute('data-count'))] as const),
  );
const facets = (page: Page, kind: 'outlet' | 'author') =>
  page.$$eval(`button[data-facet="${kind}"]`, (buttons) =>
    buttons.map(
      (b) =>
        [
          b.querySelector('.search-facet__name')?.textContent ?? '',
          Number(b.querySelector('.search-facet__count')?.textContent),
        ] as const,
    ),
  );
const waitForUrl = (page: Page, search: string) =>
  page.waitForFunction((expected) => location.search === expected, search);
/** Opens the disclosure the timeline and counts sit in, and waits for the chart. */
const openPanel = async (page: Page) => {
  await page.locator('[data-search-panel] > summary').click();
  await page.locator('[data-search-timeline] svg.coverage-chart').waitFor();
};

describe('the coverage timeline and facets', () => {
  test('load their story table only once the reader opens them, and open by themselves on the next visit', async ({
    newContext,
  }) => {
    const context = await newContext();
    const tables: string[] = [];
    context.on('request', (request) => {
      if (/\/search-index\/table\.[0-9a-f]+\.json$/.test(new URL(request.url()).pathname)) tables.push(request.url());
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/search/?q=story`);
    await waitForStatus(page, 'story');
    const panel = page.locator('[data-search-panel]');
    expect(await panel.isVisible()).toBe(true);
    expect(await panel.evaluate((details: HTMLDetailsElement) => details.open)).toBe(false);
    expect(await page.locator('[data-search-timeline] svg').count()).toBe(0);
    // Another search with the panel closed still leaves the table alone.
    await page.locator('#q').fill('fixture');
    await waitForStatus(page, 'fixture');
    expect(tables).toEqual([]);

    await openPanel(page);
    expect(tables).toHaveLength(1);
    expect(new Map(await facets(page, 'outlet'))).toEqual(countBy(FIXTURE, (story) => [story.outlet]));

    await page.goto(`${server.url}/search/?q=story`);
    await waitForStatus(page, 'story');
    await page.locator('[data-search-timeline] svg.coverage-chart').waitFor();
    expect(await panel.evaluate((details: HTMLDetailsElement) => details.open)).toBe(true);
  });

  test('counts every day and facet as the fixture dates and credits them; a bar, a key or a facet sets the filter and the URL', async ({
    openPage,
  }) => {
    const { page, errors } = await openPage(`${server.url}/search/?q=story`);
    await waitForStatus(page, 'story');
    await openPanel(page);
    const days = countBy(FIXTURE, (story) => [story.date]);
    // Every day from the first to the last, empty ones included, each with the fixture's count.
    expect(await bars(page)).toEqual(
      Array.from({ length: 28 }, (_, d) => {
        const day = `2023-09-${String(d + 1).padStart(2, '0')}`;
        return [day, days.get(day) ?? 0];
      }),
    );
    expect(new Map(await facets(page, 'outlet'))).toEqual(countBy(FIXTURE, (story) => [story.outlet]));
    expect(new Map(await facets(page, 'author'))).toEqual(countBy(FIXTURE, (story) => story.authors));

    await page.locator('g.coverage-bar[data-from="2023-09-05"]').click();
    await waitForUrl(page, '?q=story&from=2023-09-05&to=2023-09-05');
    await waitForStatus(page, 'story');
    expect(await page.locator('#search-from').inputValue()).toBe('2023-09-05');
    expect(await page.locator('#search-status').textContent()).toContain(`${days.get('2023-09-05')} stories match`);
    // The timeline keeps every day in view, its picked bar pressed; facets count within the dates.
    expect((await bars(page)).length).toBe(28);
    expect(await page.locator('g.coverage-bar[aria-pressed="true"]').getAttribute('data-from')).toBe('2023-09-05');
    const inDates = FIXTURE.filter((story) => story.date === '2023-09-05');
    expect(new Map(await facets(page, 'outlet'))).toEqual(countBy(inDates, (story) => [story.outlet]));

    // Keyboard: the chart is one tab stop; arrows move, Enter picks.
    await page.locator('g.coverage-bar[tabindex="0"]').focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await waitForUrl(page, '?q=story&from=2023-09-03&to=2023-09-03');
    await waitForStatus(page, 'story');

    // Brushing: press on one bar, release on another.
    const from = await page.locator('g.coverage-bar[data-from="2023-09-10"] rect.coverage-hit').boundingBox();
    const to = await page.locator('g.coverage-bar[data-from="2023-09-12"] rect.coverage-hit').boundingBox();
    if (!from || !to) throw new Error('timeline bars have no boxes');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 4 });
    await page.mouse.up();
    await waitForUrl(page, '?q=story&from=2023-09-10&to=2023-09-12');
    await waitForStatus(page, 'story');

    await page.locator('button[data-facet="outlet"][data-slug="fixture-daily"]').click();
    await waitForUrl(page, '?q=story&outlet=fixture-daily&from=2023-09-10&to=2023-09-12');
    await waitForStatus(page, 'story');
    const picked = FIXTURE.filter(
      (s) => s.outlet === 'Fixture Daily' && s.date >= '2023-09-10' && s.date <= '2023-09-12',
    );
    expect(await page.locator('#search-status').textContent()).toContain(`${picked.length} stories match`);
    expect(await page.locator('#search-outlet').inputValue()).toBe('fixture-daily');
    expect(errors).toEqual([]);
  });

  test('filters by author= and outlet= slugs, and refuses an unknown one visibly, with no made-up option', async ({
    openPage,
  }) => {
    const { page, errors } = await openPage(`${server.url}/search/?q=story&author=sam-sample`);
    await waitForStatus(page, 'story');
    const sam = FIXTURE.filter((story) => story.authors.includes('Sam Sample'));
    expect(await page.locator('#search-status').textContent()).toContain(`${sam.length} stories match`);
    await openPanel(page);
    expect(await page.locator('button[data-facet="author"][data-slug="sam-sample"]').getAttribute('aria-pressed')).toBe(
      'true',
    );

    await page.goto(`${server.url}/search/?q=story&outlet=bogus`);
    await waitForStatus(page, 'story');
    await expect.poll(() => page.locator('[data-search-refused]').isVisible()).toBe(true);
    expect(await page.locator('[data-search-refused]').textContent()).toContain('no outlet “bogus”');
    expect(
      await page.$$eval('#search-outlet option', (options) => options.map((o) => o.getAttribute('value'))),
    ).toEqual(['', 'fixture-daily', 'the-example-herald']);
    expect(pathAndQuery(page)).toBe('/search/?q=story');
    expect(await page.locator('#search-status').textContent()).toContain('45 stories match');
    expect(errors).toEqual([]);
  });

  test('axe finds nothing on the page with the timeline and facets, light and dark, at 320 and 1280 px', async ({
    openPage,
  }) => {
    const { page } = await openPage(`${server.url}/search/?q=story`);
    await waitForStatus(page, 'story');
    // Closed, then open with the chart drawn.
    expect(await accessibilityFailures(page)).toEqual([]);
    await openPanel(page);
    expect(await accessibilityFailures(page)).toEqual([]);
  });
});

describe('exporting every hit', () => {
  const exported = async (page: Page, format: string) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`button[data-export="${format}"]`).click(),
    ]);
    return readFileSync(await download.path(), 'utf8');
  };

  test('CSV, BibTeX and RIS parse with real parsers and hold every hit, not just the page shown, with the search in the header', async ({
    openPage,
  }) => {
    const { page, errors } = await openPage(`${server.url}/search/?q=story&outlet=the-example-herald`);
    await waitForStatus(page, 'story');
    const herald = FIXTURE.filter((story) => story.outlet === 'The Example Herald');
    expect(await page.locator('ol#search-results > li').count()).toBeLessThan(herald.length);
    const permalink = (id: string) => `/articles/${id}/`;
    const expected = herald.map((story) => permalink(story.id)).sort();

    const csv = await exported(page, 'csv');
    expect(csv).toMatch(
      /^# The Wire Archive: 23 search results\r\n# Query: "story"\r\n# Filters: outlet=the-example-herald\r\n/,
    );
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, comments: '#', skipEmptyLines: true });
    expect(rows.errors).toEqual([]);
    expect(rows.data.map((row) => new URL(row['permalink'] ?? '').pathname).sort()).toEqual(expected);
    expect(
      rows.data.every(
        (row) => row['outlet'] === 'The Example Herald' && row['snippet'] && row['paragraph_link']?.includes('#p'),
      ),
    ).toBe(true);

    const bib = parseBibtex(await exported(page, 'bibtex'));
    expect(bib.errors).toEqual([]);
    expect(bib.entries.map((entry) => entry.key).sort()).toEqual(herald.map((story) => story.id).sort());
    expect(bib.comments.join('')).toContain('Filters: outlet=the-example-herald');

    const ris = parseRis(await exported(page, 'ris'));
    expect(ris.map((record) => new URL(String(record.URL)).pathname).sort()).toEqual(expected);

    const json = JSON.parse(await exported(page, 'json')) as { total: number; query: string; stories: unknown[] };
    expect([json.query, json.total, json.stories.length]).toEqual(['story', 23, 23]);
    expect(errors).toEqual([]);
  });
});
