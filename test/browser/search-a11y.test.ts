import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { openPage, typeQuery, waitForStatus } from './search-helpers.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('search page accessibility', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds nothing with results, with none, and at 320 px (${colorScheme})`, async () => {
      const { page, errors, close } = await openPage(browser, `${siteUrl}/search/?q=Vladivostok`, {
        colorScheme,
        viewport: { width: 320, height: 800 },
      });
      await waitForStatus(page, 'Vladivostok');
      const axe = () => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
      expect((await axe()).violations.map((violation) => violation.id)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

      await typeQuery(page, 'zzqxjwv');
      await waitForStatus(page, 'zzqxjwv');
      expect((await axe()).violations.map((violation) => violation.id)).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    });
  }
});
