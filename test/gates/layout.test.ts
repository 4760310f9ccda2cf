import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { pageTypes, QUERY_WITH_RESULTS, routeShapes, type PageType } from './page-types.ts';
import { visit } from './visit.ts';
import { isStoryPage } from '../helpers/dist.ts';

/**
 * The layout as a reader meets it: nothing scrolls sideways on the narrowest
 * phone, a paragraph's ¶ link never takes a line of its own, the search page
 * has one search box, keyboard hints stay off touch screens, the text is set
 * in the self-hosted fonts, and a printed story drops its controls.
 */

const siteDir = inject('siteDir');
const fixtureDir = inject('paginatedDir');
const realTypes = pageTypes(siteDir);
const fixtureTypes = pageTypes(fixtureDir, routeShapes(siteDir));
const storyTypes = realTypes.filter(({ name }) => isStoryPage(name));
const SEARCH = '/search/';

/** The narrowest phone the archive is laid out for, and the wider screens the ¶ check also runs at. */
const NARROWEST = 320;
const WIDTHS = [NARROWEST, 375, 768, 1280];

let browser: Browser;
let fixture: StaticServer;
beforeAll(async () => {
  browser = await launchChromium();
  fixture = await serveStatic(fixtureDir);
});
afterAll(async () => {
  await browser?.close();
  await fixture?.close();
});

/** Runs `check` on `path` opened at `width` px, then closes the page. */
async function at<T>(siteUrl: string, path: string, width: number, check: (page: Page) => Promise<T>): Promise<T> {
  const opened = await visit(browser, siteUrl, path, { viewport: { width, height: 800 } });
  try {
    return await check(opened.page);
  } finally {
    await opened.close();
  }
}

/** How far the page reaches past the viewport's right edge, in px (0 when nothing scrolls sideways). */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe(`at ${NARROWEST} px`, () => {
  it.each([...realTypes.map((t) => ['real', t] as const), ...fixtureTypes.map((t) => ['fixture', t] as const)])(
    '%s %s does not scroll sideways',
    async (build: 'real' | 'fixture', type: PageType) => {
      const siteUrl = build === 'real' ? inject('siteUrl') : fixture.url;
      expect(await at(siteUrl, type.path, NARROWEST, sidewaysOverflow)).toBe(0);
    },
  );
});

describe('paragraph links', () => {
  it('are on every story page checked', () => {
    expect(storyTypes.length).toBeGreaterThan(0);
  });

  it.each(storyTypes.flatMap((type) => WIDTHS.map((width) => [type.path, width] as const)))(
    '%s at %i px: each ¶ sits level with a line of its paragraph’s text and adds no line',
    async (path, width) => {
      const lonely = await at(inject('siteUrl'), path, width, (page) =>
        page.evaluate(() => {
          const found: string[] = [];
          for (const link of document.querySelectorAll<HTMLElement>('.story__body p > a.paragraph-link')) {
            const paragraph = link.parentElement!;
            // The paragraph's text before the link, up to its last visible character.
            const range = document.createRange();
            range.setStart(paragraph, 0);
            range.setEndBefore(link);
            const lines = [...range.getClientRects()].filter((rect) => rect.width > 0);
            const box = link.getBoundingClientRect();
            const middle = box.top + box.height / 2;
            const besideText = lines.some((line) => middle >= line.top && middle <= line.bottom);
            // And the paragraph is no taller with the link than without it.
            const height = paragraph.getBoundingClientRect().height;
            link.style.display = 'none';
            const without = paragraph.getBoundingClientRect().height;
            link.style.display = '';
            if (!besideText || Math.abs(height - without) > 0.5) found.push(`#${paragraph.id}`);
          }
          return { found, links: document.querySelectorAll('.paragraph-link').length };
        }),
      );
      expect(lonely.links).toBeGreaterThan(0);
      expect(lonely.found).toEqual([]);
    },
  );
});

/** The search boxes a reader can see on the page. */
const visibleSearchBoxes = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('input[type="search"]')]
      .filter((input) => input.checkVisibility() && input.getBoundingClientRect().width > 0)
      .map((input) => input.id),
  );

describe('the search page', () => {
  // One page per test: on a loaded machine three browser contexts can outlast one test's timeout.
  it.each(
    [NARROWEST, 1280].flatMap((width) => [
      [SEARCH, width, ['q']],
      [`${SEARCH}?q=${QUERY_WITH_RESULTS}`, width, ['q']],
      ['/', width, ['site-search-q']],
    ]) as [string, number, string[]][],
  )('%s at %i px shows exactly the search boxes %j', async (path, width, boxes) => {
    expect(await at(inject('siteUrl'), path, width, visibleSearchBoxes)).toEqual(boxes);
  });

  it('offers keyboard hints to a mouse and keyboard, not on a touch screen', async () => {
    const hintShown = (options: Parameters<typeof visit>[3]) =>
      visit(browser, inject('siteUrl'), SEARCH, options).then(async (opened) => {
        try {
          return await opened.page.locator('#search-hint kbd').first().isVisible();
        } finally {
          await opened.close();
        }
      });
    expect(await hintShown({ viewport: { width: 1280, height: 800 } })).toBe(true);
    expect(await hintShown({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true })).toBe(false);
  });
});

describe('fonts', () => {
  it('sets text in Source Serif 4 and Source Sans 3, loaded from the site itself', async () => {
    const siteUrl = inject('siteUrl');
    const fonts = await at(siteUrl, '/', 1280, (page) =>
      page.evaluate(async () => {
        await document.fonts.ready;
        const loaded = [...document.fonts].filter((face) => face.status === 'loaded');
        const files = performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((name) => /\.woff2(\?|$)/.test(name));
        const familyOf = (selector: string) => getComputedStyle(document.querySelector(selector)!).fontFamily;
        return {
          families: [...new Set(loaded.map((face) => face.family.replace(/-[0-9a-f]+$/, '')))].sort(),
          files,
          body: familyOf('body'),
          byline: familyOf('.byline'),
        };
      }),
    );
    // The metrics-matched fallbacks are local faces named "… Fallback …"; the web fonts are the two families.
    expect(fonts.families.filter((family) => !family.includes('Fallback'))).toEqual([
      'Source Sans 3',
      'Source Serif 4',
    ]);
    expect(fonts.files.length).toBeGreaterThan(0);
    for (const file of fonts.files) expect(new URL(file).origin).toBe(new URL(siteUrl).origin);
    expect(fonts.body).toMatch(/^"Source Serif 4/);
    expect(fonts.byline).toMatch(/^"Source Sans 3/);
  });

  // A face found only through the stylesheet starts a round trip later, and the first paint is measured as waiting for it.
  it.each(realTypes.map((type) => [type.name, type.path] as const))(
    '%s preloads every Latin face it draws',
    async (_name, path) => {
      const late = await at(inject('siteUrl'), path, 1280, (page) =>
        page.evaluate(async () => {
          await document.fonts.ready;
          return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
            .filter((entry) => /-latin-\d+-\w+\.[\w-]+\.woff2$/.test(new URL(entry.name).pathname))
            .filter((entry) => entry.initiatorType !== 'link')
            .map((entry) => new URL(entry.name).pathname);
        }),
      );
      expect(late).toEqual([]);
    },
  );
});

describe('a printed story', () => {
  it('drops navigation and controls, keeps the citations, and keeps each box whole', async () => {
    const [story] = storyTypes;
    const printed = await at(inject('siteUrl'), story!.path, 1280, async (page) => {
      await page.emulateMedia({ media: 'print' });
      return page.evaluate(() => {
        const shown = (selector: string) =>
          [...document.querySelectorAll<HTMLElement>(selector)].some((element) => element.checkVisibility());
        const breakInside = (selector: string) => {
          const element = document.querySelector(selector);
          return element ? getComputedStyle(element).breakInside : 'avoid';
        };
        return {
          header: shown('.site-header'),
          footer: shown('.site-footer'),
          breadcrumbs: shown('.breadcrumbs'),
          paragraphLinks: shown('.paragraph-link'),
          downloads: shown('.cite__downloads'),
          citations: shown('.cite__text'),
          boxes: ['.provenance', '.cite', '.related-coverage'].map(breakInside),
        };
      });
    });
    expect(printed).toEqual({
      header: false,
      footer: false,
      breadcrumbs: false,
      paragraphLinks: false,
      downloads: false,
      citations: true,
      boxes: ['avoid', 'avoid', 'avoid'],
    });
  });
});
