import type { Page } from 'playwright-core';

export { launchChromium } from '../../scripts/lib/chromium.ts';

/** Whether an element is at least partly inside the visible viewport. */
export function isInViewport(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight && box.height > 0;
  });
}
