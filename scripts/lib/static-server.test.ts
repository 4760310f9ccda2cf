import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from './static-server.ts';

// A tiny built site the test owns: a page in a folder, a 404 page and the build's _headers.
let dir: string;
let root: StaticServer;
let based: StaticServer;
let compressing: StaticServer;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'static-server-'));
  mkdirSync(join(dir, 'articles/x'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), 'home');
  writeFileSync(join(dir, 'articles/x/index.html'), 'story');
  writeFileSync(join(dir, '404.html'), 'not found');
  writeFileSync(join(dir, '_headers'), '# rules\n/*\n  X-Test: all\n/articles/*\n  X-Story: yes\n');
  // The build's precompressed copies, as the hosting step writes them.
  writeFileSync(join(dir, 'articles/x/index.html.br'), brotliCompressSync('story'));
  writeFileSync(join(dir, 'articles/x/index.html.gz'), gzipSync('story'));
  [root, based, compressing] = await Promise.all([
    serveStatic(dir),
    serveStatic(dir, 0, { base: '/wire/' }),
    serveStatic(dir, 0, { precompressed: true }),
  ]);
});
afterAll(async () => {
  await Promise.all([root?.close(), based?.close(), compressing?.close()]);
  rmSync(dir, { recursive: true, force: true });
});

const get = (url: string) => fetch(url, { redirect: 'manual' });

/** A GET with exactly this Accept-Encoding, answered as sent (fetch would decode it). */
const rawGet = (url: string, acceptEncoding: string) =>
  new Promise<{ encoding: string | undefined; vary: string | undefined; body: Buffer }>((resolve, reject) => {
    request(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ encoding: res.headers['content-encoding'], vary: res.headers.vary, body: Buffer.concat(chunks) }),
      );
    })
      .on('error', reject)
      .end();
  });

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

  it('with precompressed, sends the brotli or gzip copy a client accepts, and the file itself otherwise', async () => {
    const page = `${compressing.url}/articles/x/`;
    const br = await rawGet(page, 'gzip, deflate, br');
    expect([br.encoding, br.vary, br.body.equals(brotliCompressSync('story'))]).toEqual([
      'br',
      'Accept-Encoding',
      true,
    ]);
    const gzip = await rawGet(page, 'gzip, br;q=0');
    expect([gzip.encoding, gzip.body.equals(gzipSync('story'))]).toEqual(['gzip', true]);
    const plain = await rawGet(page, 'identity');
    expect([plain.encoding, plain.body.toString()]).toEqual([undefined, 'story']);
    // A file the build did not compress is sent as it is; and without the option nothing is compressed.
    expect((await rawGet(`${compressing.url}/`, 'br')).encoding).toBeUndefined();
    expect((await rawGet(`${root.url}/articles/x/`, 'br')).encoding).toBeUndefined();
  });
});
