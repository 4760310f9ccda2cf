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
    const expected = securityHeaders(input('/').contentSecurityPolicy).map(([name, value]) => `${name}: ${value}`);
    expect(
      headersFile
        .split('\n')
        .filter((line) => line.startsWith('  '))
        .map((line) => line.trim()),
    ).toEqual([...expected, `Cache-Control: ${IMMUTABLE}`, `Cache-Control: ${IMMUTABLE}`]);
    expect(nginxHeaders(nginx, '/')).toEqual([...expected, `Cache-Control: ${REVALIDATE}`]);
    expect(nginxHeaders(nginx, '/_astro/')).toEqual([...expected, `Cache-Control: ${IMMUTABLE}`]);
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
