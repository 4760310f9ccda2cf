import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isInViewport, launchChromium } from '../helpers/browser.ts';
import { DCNF_SLUG, NYT_SLUG } from '../helpers/real-stories.ts';

let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  // Smooth scrolling would leave a jump to #p8 half-way when it is checked.
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
});
afterAll(() => browser?.close());

describe('a reader browsing the archive', () => {
  it('goes from home to a story, to its outlet, and to one linked paragraph', async () => {
    const site = inject('siteUrl');
    await page.goto(`${site}/`);
    await page.getByRole('link', { name: /Kim Jong Un Plans to Travel to Russia/ }).click();
    await page.waitForURL((url) => url.pathname === `/articles/${NYT_SLUG}/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/^Kim Jong Un Plans/);

    await page.locator('.byline').getByRole('link', { name: 'The New York Times' }).click();
    await page.waitForURL(/\/outlets\/the-new-york-times\/$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Stories from The New York Times',
    );

    await page.goBack();
    await page.locator('#p8 .paragraph-link').focus();
    await expect(page.locator('#p8 .paragraph-link').evaluate((a) => getComputedStyle(a).opacity)).resolves.toBe('1');
    await page.locator('#p8 .paragraph-link').press('Enter');
    await page.waitForURL(/#p8$/);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await isInViewport(page, '#p8')).toBe(true);
    expect(errors).toEqual([]);
  });

  it('lands on the paragraph when a paragraph link is opened cold', async () => {
    const fresh = await browser.newPage({ viewport: { width: 375, height: 700 } });
    await fresh.goto(`${inject('siteUrl')}/articles/${DCNF_SLUG}/#p6`);
    expect(await isInViewport(fresh, '#p6')).toBe(true);
    expect(await isInViewport(fresh, '#p1')).toBe(false);
    await fresh.close();
  });
});
