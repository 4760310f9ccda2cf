import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freePort } from '../../scripts/lib/free-port.ts';
import { ROOT } from '../../scripts/lib/paths.ts';
import { launchChromium } from '../helpers/browser.ts';
import { openPage, shownResults, waitForStatus } from './search-helpers.ts';
import { QUERY_WITH_RESULTS } from '../gates/page-types.ts';

// `npm run dev`, as a reader of the README starts it: the search page must find stories.
let dev: ChildProcess | undefined;
let devUrl: string;
let cacheDir: string;
let browser: Browser;

/** The environment without Vitest's own variables: with `VITEST` or `NODE_ENV=test` set, `astro dev` serves no pages. */
function outsideVitest(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV' && name !== 'TEST'),
  );
}

/** Starts `astro dev` on `port` and resolves once it answers; rejects with its output if it exits first. */
function startDevServer(port: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: ROOT,
      env: { ...outsideVitest(process.env), ARCHIVE_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      // Astro prints "ready in … ms" and its address once the server listens.
      if (/ready in/.test(output) && output.includes(`127.0.0.1:${port}`)) resolve(child);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`astro dev exited (${code}) before listening:\n${output}`)));
  });
}

beforeAll(async () => {
  cacheDir = mkdtempSync(join(ROOT, 'test/.tmp', 'dev-cache-'));
  const port = await freePort();
  devUrl = `http://127.0.0.1:${port}`;
  [dev, browser] = await Promise.all([startDevServer(port), launchChromium()]);
  // The dev server compiles a route on its first request; answer it before the browser waits on it.
  const warm = await fetch(`${devUrl}/search/`);
  if (!warm.ok) throw new Error(`astro dev answered /search/ with ${warm.status}:\n${await warm.text()}`);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (dev && dev.exitCode === null) {
    const exited = new Promise((resolve) => dev?.once('exit', resolve));
    dev.kill('SIGTERM');
    await exited;
  }
  rmSync(cacheDir, { recursive: true, force: true });
});

describe('npm run dev', () => {
  test('the search page loads its index and shows results', async () => {
    const { page, errors, close } = await openPage(browser, `${devUrl}/search/?q=${QUERY_WITH_RESULTS}`);
    try {
      // Modules are compiled on demand, on a machine the other tests keep busy.
      // A cold dev server optimizes its dependencies on the first visit: a hang guard, not a wait.
      page.setDefaultTimeout(170_000);
      await waitForStatus(page, QUERY_WITH_RESULTS);
      const results = await shownResults(page);
      expect(results.length).toBeGreaterThan(0);
      for (const result of results) expect(result.href).toMatch(/^\/articles\/[^/]+\/(#|$)/);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 120_000);

  test('an index file is served at the slash-less URL the client asks for', async () => {
    const html = await (await fetch(`${devUrl}/search/`)).text();
    const manifest = /data-manifest-url="([^"]+)"/.exec(html)?.[1];
    expect(manifest).toMatch(/^\/search-index\/manifest\.[0-9a-f]+\.json$/);
    const response = await fetch(`${devUrl}${manifest}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toBeTypeOf('object');
  }, 120_000);
});
