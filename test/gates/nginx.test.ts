import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { listPages, readPage } from '../helpers/dist.ts';
import { rawGet, type RawResponse } from '../helpers/http.ts';
import { startNginx, type Nginx } from '../helpers/nginx.ts';
import { isPrecompressed } from '../../src/lib/hosting/policy.ts';

// The built site served by real nginx with the shipped config (deploy/nginx/ and the
// build's _nginx.conf): the headers, cache lifetimes, compression, redirects and 404 a
// production host sends, at the root and under a base path.

const siteDir = inject('siteDir');
const basePathDir = inject('basePathDir');
const BASE = new URL(inject('basePathSite')).pathname.replace(/\/?$/, '/');

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** A page's meta policy as the header must repeat it, with frame-ancestors added. */
function metaPolicy(dir: string, path: string): string {
  const meta = readPage(dir, path).querySelector('meta[http-equiv="content-security-policy"]');
  return meta?.getAttribute('content') ?? '';
}
const directives = (policy: string) =>
  policy
    .split(';')
    .map((directive) => directive.trim().replace(/\s+/g, ' '))
    .filter(Boolean)
    .sort();

/** The security headers every response must carry, whatever it is. */
function expectSecurityHeaders(response: RawResponse, what: string) {
  const csp = String(response.headers['content-security-policy'] ?? '');
  expect(directives(csp), `${what}: CSP = the pages' policy + frame-ancestors`).toEqual(
    directives(`${metaPolicy(siteDir, '/')}; frame-ancestors 'none'`),
  );
  expect(csp, what).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(csp, what).toMatch(/(^|; )default-src 'none'(;|$)/);
  const hsts = /max-age=(\d+)/.exec(String(response.headers['strict-transport-security']))?.[1];
  expect(Number(hsts), `${what}: HSTS of at least six months`).toBeGreaterThanOrEqual(15_768_000);
  expect(response.headers['x-content-type-options'], what).toBe('nosniff');
  expect(response.headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(response.headers['permissions-policy'], what).toMatch(/(^|, )camera=\(\)/);
}

/** The first file in a built folder whose name ends with `suffix` and that the build precompressed. */
function compressedFile(dir: string, folder: string, suffix: string): string {
  const name = readdirSync(join(dir, folder))
    .filter((file) => file.endsWith(suffix))
    .sort()
    .find((file) => isPrecompressed(file, readFileSync(join(dir, folder, file)).length));
  if (!name) throw new Error(`no precompressed ${suffix} file in ${folder}/`);
  return `/${folder}/${name}`;
}

let nginx: Nginx;
let based: Nginx;
beforeAll(async () => {
  [nginx, based] = await Promise.all([startNginx(siteDir), startNginx(basePathDir, BASE)]);
});
afterAll(async () => {
  await Promise.all([nginx?.close(), based?.close()]);
});

const story = (): string => listPages(siteDir).find((path) => path.startsWith('/articles/')) ?? '';
const month = (): string => listPages(siteDir).find((path) => /^\/archive\/\d{4}\/\d{2}\/$/.test(path)) ?? '';
const manifest = (): string =>
  readPage(siteDir, '/search/').querySelector('[data-manifest-url]')?.getAttribute('data-manifest-url') ?? '';

describe('nginx with the shipped config', () => {
  it.each<[string, () => string, string, boolean]>([
    ['the home page', () => '/', 'text/html', false],
    ['a story', story, 'text/html', false],
    ['a hashed script', () => compressedFile(siteDir, '_astro', '.js'), 'javascript', true],
    ['the search manifest', manifest, 'application/json', true],
    ['a search index file', () => compressedFile(siteDir, 'search-index', '.json'), 'application/json', true],
  ])('serves %s with every security header and its cache lifetime', async (what, path, type, hashed) => {
    expect(path()).not.toBe('');
    const response = await rawGet(`${nginx.url}${path()}`);
    expect(response.status, what).toBe(200);
    expect(response.headers['content-type'], what).toContain(type);
    expectSecurityHeaders(response, what);
    const cache = String(response.headers['cache-control']);
    if (hashed) expect(cache, what).toBe(IMMUTABLE);
    else {
      expect(cache, what).toMatch(/(^|, )max-age=0(,|$)/);
      expect(cache, what).toContain('must-revalidate');
      expect(response.headers['etag'], `${what}: revalidated with an ETag`).toBeTruthy();
    }
  });

  it.each([
    ['gzip', gunzipSync],
    ['br', brotliDecompressSync],
  ] as const)('sends the precompressed %s file when asked, the same bytes once decoded', async (encoding, decode) => {
    for (const path of ['/', story(), compressedFile(siteDir, '_astro', '.js'), manifest()]) {
      const response = await rawGet(`${nginx.url}${path}`, { 'accept-encoding': encoding });
      expect(response.headers['content-encoding'], path).toBe(encoding);
      expect(response.headers['vary'], path).toContain('Accept-Encoding');
      const file = join(siteDir, path.endsWith('/') ? `${path}index.html` : path);
      expect(decode(response.body).equals(readFileSync(file)), path).toBe(true);
    }
    const plain = await rawGet(`${nginx.url}/`);
    expect(plain.headers['content-encoding']).toBeUndefined();
  });

  it('redirects slash-less paths with a 301 to the page, query kept', async () => {
    for (const path of [story(), '/search/', month(), '/archive/']) {
      const slashless = path.replace(/\/$/, '');
      const response = await rawGet(`${nginx.url}${slashless}`);
      expect(response.status, slashless).toBe(301);
      expect(response.headers['location'], slashless).toBe(path);
      expectSecurityHeaders(response, slashless);
    }
    const search = await rawGet(`${nginx.url}/search?q=Putin`);
    expect([search.status, search.headers['location']]).toEqual([301, '/search/?q=Putin']);
  });

  it('answers a missing page with the site 404 page and status 404', async () => {
    for (const path of ['/no-such-page/', '/articles/no-such-story/', '/_astro/', '/_nginx.conf', '/_headers']) {
      const response = await rawGet(`${nginx.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(response.body.toString(), path).toBe(readFileSync(join(siteDir, '404.html'), 'utf8'));
      expectSecurityHeaders(response, path);
    }
  });

  it('labels citation downloads with their own types', async () => {
    const [bib] = readdirSync(join(siteDir, 'cite')).filter((file) => file.endsWith('.bib'));
    const response = await rawGet(`${nginx.url}/cite/${bib}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/x-bibtex; charset=utf-8');
  });

  it('sends plain HTTP to HTTPS on the same host', async () => {
    const response = await rawGet(`${nginx.httpUrl}/search/?q=Putin`, { host: 'archive.example.org' });
    expect([response.status, response.headers['location']]).toEqual([
      301,
      'https://archive.example.org/search/?q=Putin',
    ]);
  });
});

describe(`nginx serving a build under a base path (${BASE})`, () => {
  const basedStory = () => listPages(basePathDir).find((path) => path.startsWith('/articles/')) ?? '';

  it('serves the pages, hashed files and redirects under the base', async () => {
    const home = await rawGet(`${based.url}${BASE}`);
    expect(home.status).toBe(200);
    expect(String(home.headers['cache-control'])).toContain('must-revalidate');
    const script = await rawGet(`${based.url}${BASE.slice(0, -1)}${compressedFile(basePathDir, '_astro', '.js')}`);
    expect([script.status, script.headers['cache-control']]).toEqual([200, IMMUTABLE]);
    for (const path of ['', basedStory(), '/search/']) {
      const target = `${BASE.slice(0, -1)}${path || '/'}`;
      const response = await rawGet(`${based.url}${target.replace(/\/$/, '')}`);
      expect([response.status, response.headers['location']], target).toEqual([301, target]);
    }
  });

  it('answers a missing page under the base, and any page outside it, with the 404 page', async () => {
    for (const path of [`${BASE}no-such-page/`, basedStory()]) {
      const response = await rawGet(`${based.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(response.body.toString(), path).toBe(readFileSync(join(basePathDir, '404.html'), 'utf8'));
    }
  });
});
