import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { searchIndexPath, searchPath, withoutBase } from '../../src/lib/routes.ts';
import { QUERY_WITH_RESULTS } from '../gates/page-types.ts';
import { test as browserTest } from '../helpers/browser.ts';
import { runBeside, startDevServer, type DevServer } from '../helpers/dev-server.ts';
import { shownResults } from './search-helpers.ts';

// `npm run dev` as a reader of the README starts it in a fresh clone: its search finds what the built site finds.
const test = browserTest.extend(
  'devServer',
  { scope: 'file' },
  // eslint-disable-next-line no-empty-pattern
  async ({}, { onCleanup }): Promise<DevServer> => {
    const server = await startDevServer();
    onCleanup(() => server.close());
    // The dev server renders a route when it is first asked for; ask before a browser waits on its load event.
    const first = await fetch(`${server.url}${searchPath()}`);
    if (!first.ok) throw new Error(`astro dev answered ${searchPath()} with ${first.status}:\n${await first.text()}`);
    return server;
  },
);

const searchUrl = (site: string) => `${site}${searchPath()}?q=${encodeURIComponent(QUERY_WITH_RESULTS)}`;

/**
 * Waits until the search for `query` has shown its results or failed (a failure is reported, not waited on
 * until the timeout), and returns which. The test's timeout is the hang guard: a cold dev server on a busy
 * machine can take longer than Playwright's default to compile the modules.
 */
async function settledState(page: Page, query: string): Promise<string | null> {
  const status = page.locator(`#search-status[data-query="${query}"]:is([data-state="done"], [data-state="error"])`);
  await status.waitFor({ state: 'attached', timeout: 0 });
  return status.getAttribute('data-state');
}

test('after an Astro command ran beside it, the search page shows the results the built site shows', async ({
  devServer,
  openPage,
}) => {
  // Every Astro command but `dev` bundles the dev toolbar's dependencies into its Vite cache. In a cache shared
  // with a dev server (src/lib/build-cache.ts) that deleted the files its pages then import: a build in a
  // second terminal, or the suite's builds, left a dev server whose search failed to load.
  const sync = await runBeside(devServer, 'sync');
  expect(sync.status, sync.output).toBe(0);

  const built = await openPage(searchUrl(inject('siteUrl')));
  let expected;
  try {
    expect(await settledState(built.page, QUERY_WITH_RESULTS)).toBe('done');
    expected = await shownResults(built.page);
  } finally {
    await built.close();
  }
  expect(expected.length).toBeGreaterThan(0);

  const dev = await openPage(searchUrl(devServer.url));
  try {
    expect(await settledState(dev.page, QUERY_WITH_RESULTS), dev.errors.join('\n')).toBe('done');
    expect(await shownResults(dev.page)).toEqual(expected);
    expect(dev.errors).toEqual([]);
  } finally {
    await dev.close();
  }
});

test('an index file is served at the slash-less URL the client asks for, as the build writes it', async ({
  devServer,
}) => {
  const html = await (await fetch(`${devServer.url}${searchPath()}`)).text();
  const manifest = /data-manifest-url="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(manifest.startsWith(searchIndexPath(''))).toBe(true);
  expect(manifest).toMatch(/\.json$/);
  const response = await fetch(`${devServer.url}${manifest}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  expect(await response.text()).toBe(readFileSync(join(inject('siteDir'), withoutBase(manifest)), 'utf8'));
});
