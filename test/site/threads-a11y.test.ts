import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { NYT_SLUG } from '../helpers/real-stories.ts';

const siteUrl = inject('siteUrl');
const THREAD = `/threads/${NYT_SLUG}/`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('the thread page in Chromium', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds nothing, at 375 and 1280 px (${colorScheme})`, async () => {
      for (const width of [375, 1280]) {
        const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 } });
        const page = await context.newPage();
        await page.goto(siteUrl + THREAD);
        const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
        expect(result.violations.map((violation) => violation.id)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await context.close();
      }
    });
  }

  test('reads the two stories in two columns on a desktop and one on a phone', async () => {
    const columns = async (width: number) => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(siteUrl + THREAD);
      const tops = await page
        .locator('#shared-quotes + ol .pair__sides > figure')
        .evaluateAll((figures) => figures.map((figure) => Math.round(figure.getBoundingClientRect().top)));
      await context.close();
      return tops;
    };
    const [left, right] = await columns(1280);
    expect(left).toBe(right);
    const [top, below] = await columns(375);
    expect(below).toBeGreaterThan(top ?? Infinity);
  });
});
