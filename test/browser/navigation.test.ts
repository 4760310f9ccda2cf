import { describe, expect, inject } from 'vitest';
import { isInViewport, test } from '../helpers/browser.ts';
import { DCNF_SLUG, NYT_SLUG } from '../helpers/real-stories.ts';

// On the seeds fixture (the two real stories alone): the home page lists the Times story whatever content/ holds.
describe('a reader browsing the archive', () => {
  test('goes from home to a story, to its outlet, and to one linked paragraph', async ({ openPage }) => {
    // Smooth scrolling would leave a jump to #p8 half-way when it is checked.
    const { page, errors } = await openPage(`${inject('seedsUrl')}/`, {
      viewport: { width: 1280, height: 800 },
      reducedMotion: 'reduce',
    });
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
    await expect.poll(() => isInViewport(page, '#p8')).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  test('lands on the paragraph when a paragraph link is opened cold', async ({ openPage }) => {
    const { page } = await openPage(`${inject('seedsUrl')}/articles/${DCNF_SLUG}/#p6`, {
      viewport: { width: 375, height: 700 },
    });
    await expect.poll(() => isInViewport(page, '#p6')).toBe(true);
    expect(await isInViewport(page, '#p1')).toBe(false);
  });
});
