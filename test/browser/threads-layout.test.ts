import { describe, expect, inject } from 'vitest';
import { listPages, readPage } from '../helpers/dist.ts';
import { test } from '../helpers/browser.ts';

// Any thread with shared quotes will do: the first one built.
const thread = listPages(inject('siteDir')).find(
  (path) => path.startsWith('/threads/') && readPage(inject('siteDir'), path).querySelector('#shared-quotes'),
);

describe('a thread page in Chromium', () => {
  test('reads the two stories in two columns on a desktop and one on a phone', async ({ openPage }) => {
    expect(thread, 'a built thread page with shared quotes').toBeDefined();
    const columns = async (width: number) => {
      const { page } = await openPage(`${inject('siteUrl')}${thread}`, { viewport: { width, height: 900 } });
      return page
        .locator('#shared-quotes + ol .pair__sides figure')
        .evaluateAll((figures) => figures.map((figure) => Math.round(figure.getBoundingClientRect().top)));
    };
    const [left, right] = await columns(1280);
    expect(left).toBeDefined();
    expect(left).toBe(right);
    const [top, below] = await columns(375);
    expect(below).toBeGreaterThan(top ?? Infinity);
  });
});
