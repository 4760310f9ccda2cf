import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { pageTypes, QUERY_WITH_RESULTS, QUERY_WITHOUT_RESULTS, routeShapes, type PageType } from './page-types.ts';
import { visit } from './visit.ts';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const siteDir = inject('siteDir');
// The real collection is too small to paginate; a generated one adds the paginated shapes.
const fixtureDir = inject('paginatedDir');
const realTypes = pageTypes(siteDir);
const fixtureTypes = pageTypes(fixtureDir, routeShapes(siteDir));

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

/** axe's violations on a page, one line per failing element. */
async function violations(siteUrl: string, { path }: PageType, colorScheme: 'light' | 'dark'): Promise<string[]> {
  const opened = await visit(browser, siteUrl, path, { colorScheme, viewport: { width: 1280, height: 800 } });
  try {
    const results = await new AxeBuilder({ page: opened.page }).withTags(AXE_TAGS).analyze();
    return results.violations.flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} — ${node.failureSummary ?? ''}`),
    );
  } finally {
    await opened.close();
  }
}

it('covers every page type, including a thread, search and 404, and a paginated listing', () => {
  const names = [...realTypes, ...fixtureTypes].map(({ name }) => name);
  expect(names).toEqual(expect.arrayContaining(['/', '/articles/_/', '/archive/', '/404.html', '/threads/_/']));
  expect(names).toEqual(
    expect.arrayContaining([`/search/?q=${QUERY_WITH_RESULTS}`, `/search/?q=${QUERY_WITHOUT_RESULTS}`]),
  );
  expect(names).toEqual(expect.arrayContaining(['/archive/_/_/', '/outlets/_/', '/authors/_/']));
  expect(fixtureTypes.map(({ name }) => name)).toContain('/archive/_/_/_/');
});

describe.each(['light', 'dark'] as const)('axe-core in %s mode', (colorScheme) => {
  it.each(realTypes)('finds no violations on $name', async (type) => {
    expect(await violations(inject('siteUrl'), type, colorScheme)).toEqual([]);
  });

  it.each(fixtureTypes)('finds no violations on $name (paginated fixture)', async (type) => {
    expect(await violations(fixture.url, type, colorScheme)).toEqual([]);
  });
});
