import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus axe's best practices: the one tag set every axe check uses. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** A phone at WCAG's reflow width (1.4.10: 320 CSS px) and a desktop. */
export const AXE_WIDTHS = [320, 1280] as const;
export const COLOR_SCHEMES = ['light', 'dark'] as const;

/** axe's violations on the page as it is now, one line per failing element. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} — ${node.failureSummary ?? ''}`),
  );
}

/**
 * Checks an opened page in light and dark, at 320 and 1280 px, without
 * reloading it: axe's violations and any horizontal scrolling (a page that
 * needs it at 320 px fails reflow), each line prefixed with where it failed.
 */
export async function accessibilityFailures(page: Page): Promise<string[]> {
  const failures: string[] = [];
  for (const colorScheme of COLOR_SCHEMES) {
    await page.emulateMedia({ colorScheme });
    for (const width of AXE_WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      const where = `${colorScheme} ${width}px`;
      failures.push(...(await axeViolations(page)).map((line) => `${where} ${line}`));
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scrollWidth > width) failures.push(`${where} scrolls sideways: ${scrollWidth}px wide`);
    }
  }
  return failures;
}
