import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from './static-server.ts';

// A tiny built site the test owns: a page in a folder, a 404 page and the build's _headers.
let dir: string;
let root: StaticServer;
let based: StaticServer;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'static-server-'));
  mkdirSync(join(dir, 'articles/x'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), 'home');
  writeFileSync(join(dir, 'articles/x/index.html'), 'story');
  writeFileSync(join(dir, '404.html'), 'not found');
  writeFileSync(join(dir, '_headers'), '# rules\n/*\n  X-Test: all\n/articles/*\n  X-Story: yes\n');
  [root, based] = await Promise.all([serveStatic(dir), serveStatic(dir, 0, { base: '/wire/' })]);
});
afterAll(async () => {
  await Promise.all([root?.close(), based?.close()]);
  rmSync(dir, { recursive: true, force: true });
});

const get = (url: string) => fetch(url, { redirect: 'manual' });

describe('the static server', () => {
  it('redirects a folder without its trailing slash with a 301, query kept', async () => {
    const response = await get(`${root.url}/articles/x?q=1`);
    expect([response.status, response.headers.get('location')]).toEqual([301, '/articles/x/?q=1']);
    expect(await (await get(`${root.url}/articles/x/`)).text()).toBe('story');
  });

  it('sends the headers of _headers, every matching rule, and does not serve the file', async () => {
    const story = await get(`${root.url}/articles/x/`);
    expect([story.headers.get('x-test'), story.headers.get('x-story')]).toEqual(['all', 'yes']);
    const home = await get(`${root.url}/`);
    expect([home.headers.get('x-test'), home.headers.get('x-story')]).toEqual(['all', null]);
    const file = await get(`${root.url}/_headers`);
    expect([file.status, await file.text()]).toEqual([404, 'not found']);
  });

  it('serves under a base path only, redirecting the bare base and slash-less folders', async () => {
    expect(await (await get(`${based.url}/wire/articles/x/`)).text()).toBe('story');
    const bare = await get(`${based.url}/wire`);
    expect([bare.status, bare.headers.get('location')]).toEqual([301, '/wire/']);
    const folder = await get(`${based.url}/wire/articles/x`);
    expect([folder.status, folder.headers.get('location')]).toEqual([301, '/wire/articles/x/']);
    const outside = await get(`${based.url}/articles/x/`);
    expect([outside.status, await outside.text()]).toEqual([404, 'not found']);
  });
});
