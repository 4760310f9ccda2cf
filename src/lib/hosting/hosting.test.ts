import { describe, expect, it } from 'vitest';
import { headerPolicy, metaPolicyOf } from './csp.ts';
import { directoryPatterns } from './integration.ts';
import { cacheControlFor, IMMUTABLE, isPrecompressed, REVALIDATE, securityHeaders } from './policy.ts';
import { renderHeadersFile, renderNginxConf, renderRedirectsFile, type HostingInput } from './render.ts';

const input = (base: string): HostingInput => ({
  base,
  contentSecurityPolicy: "default-src 'none'; script-src 'self' 'sha256-abc='; frame-ancestors 'none'",
  hashed: ['_astro', 'search-index'],
  directoryRoutes: ['articles/:slug', 'search'],
  types: { cite: { bib: 'application/x-bibtex' } },
});

/** `name: value` pairs a rendered file sets for `location`, in order. */
function nginxHeaders(conf: string, location: string): string[] {
  const block = conf.split(`location ${location} {`)[1]?.split('\n}')[0] ?? '';
  return [...block.matchAll(/add_header (\S+) "([^"]*)" always;/g)].map(([, name, value]) => `${name}: ${value}`);
}

/** A `_headers` path pattern as those hosts read it: `*` is any text, `:name` one path segment. */
const headersPattern = (pattern: string): RegExp =>
  new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:\w+/g, '[^/]+'))
      .join('.*')}$`,
  );

/** `name: value` pairs a `_headers` host sends for `path`: every matching rule's, a header set twice joined. */
function headersFileHeaders(file: string, path: string): string[] {
  const sent = new Map<string, string[]>();
  let matches = false;
  for (const line of file.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    if (!line.startsWith(' ')) {
      matches = headersPattern(line).test(path);
      continue;
    }
    const [name = '', value = ''] = line.trim().split(/: (.*)/);
    if (matches) sent.set(name, [...(sent.get(name) ?? []), value]);
  }
  return [...sent].map(([name, values]) => `${name}: ${values.join(', ')}`);
}

describe('the header policy', () => {
  it("repeats the pages' meta policies, merged, and adds frame-ancestors", () => {
    const html = `<meta http-equiv="content-security-policy" content="default-src 'none';script-src 'self' 'sha256-a='">`;
    const page = metaPolicyOf(html) ?? '';
    expect(page).toBe("default-src 'none';script-src 'self' 'sha256-a='");
    expect(headerPolicy([page, "default-src 'none'; script-src 'self' 'sha256-b='"])).toBe(
      "default-src 'none'; script-src 'self' 'sha256-a=' 'sha256-b='; frame-ancestors 'none'",
    );
  });

  it('refuses pages without a policy', () => {
    expect(() => headerPolicy([])).toThrow(/no Content-Security-Policy/);
  });
});

describe('cache lifetimes and precompression', () => {
  it('caches content-hashed folders for a year and revalidates everything else', () => {
    expect(cacheControlFor('/_astro/a.1x.js', ['_astro'])).toBe(IMMUTABLE);
    expect(IMMUTABLE).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor('/articles/x/', ['_astro'])).toBe(REVALIDATE);
    expect(cacheControlFor('/_astronomy/', ['_astro'])).toBe(REVALIDATE);
  });

  it('precompresses text files worth it, never images', () => {
    expect(isPrecompressed('a/index.html', 5000)).toBe(true);
    expect(isPrecompressed('a/index.html', 100)).toBe(false);
    expect(isPrecompressed('og/site.png', 50_000)).toBe(false);
  });
});

describe('the page routes as redirect patterns', () => {
  const part = (content: string, dynamic = false, spread = false) => [{ content, dynamic, spread }];
  it('names parameters and gives a rest parameter with and without its segment', () => {
    expect(directoryPatterns({ segments: [part('articles'), part('slug', true)] })).toEqual(['articles/:slug']);
    expect(directoryPatterns({ segments: [part('archive'), part('year', true), part('...page', true, true)] })).toEqual(
      ['archive/:year', 'archive/:year/:page'],
    );
    expect(directoryPatterns({ segments: [] })).toEqual([]);
  });
});

describe('the rendered host files', () => {
  it('send the same headers from _headers and _nginx.conf (one source)', () => {
    const headersFile = renderHeadersFile(input('/'));
    const nginx = renderNginxConf(input('/'));
    // Pages and hashed files: one Cache-Control each, as nginx sends it (a value joined from two rules would differ).
    for (const [path, location] of [
      ['/', '/'],
      ['/articles/a-story/', '/'],
      ['/search/', '/'],
      ['/_astro/a.1x.js', '/_astro/'],
      ['/search-index/manifest.1x.json', '/search-index/'],
    ] as const)
      expect(headersFileHeaders(headersFile, path), path).toEqual(nginxHeaders(nginx, location));
    // Any other file: the security headers, and the host's default revalidation.
    expect(headersFileHeaders(headersFile, '/rss.xml')).toEqual(
      nginxHeaders(nginx, '/').filter((header) => !header.startsWith('Cache-Control:')),
    );
    const security = securityHeaders(input('/').contentSecurityPolicy).map(([name, value]) => `${name}: ${value}`);
    expect(nginxHeaders(nginx, '/')).toEqual([...security, `Cache-Control: ${REVALIDATE}`]);
    expect(nginxHeaders(nginx, '/_astro/')).toEqual([...security, `Cache-Control: ${IMMUTABLE}`]);
  });

  it('put every path under the base path', () => {
    const nginx = renderNginxConf(input('/wire/'));
    const locations = [...nginx.matchAll(/^location (?:= )?(\S+)/gm)].map(([, path]) => path);
    expect(locations.length).toBeGreaterThan(3);
    for (const path of locations) expect(path).toMatch(/^\/wire\//);
    expect(nginx).toContain('error_page 404 /wire/404.html;');
    expect(renderHeadersFile(input('/wire/'))).toMatch(/^\/wire\/\*$/m);
    expect(renderRedirectsFile(input('/wire/'))).toContain('/wire/articles/:slug /wire/articles/:slug/ 301');
  });

  it('refuses a header value nginx would expand', () => {
    expect(() => renderNginxConf({ ...input('/'), contentSecurityPolicy: "default-src 'none' $x" })).toThrow(/nginx/);
  });
});
