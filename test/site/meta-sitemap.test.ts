import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { UPDATED } from '../helpers/archive-fixture.ts';
import { NYT_SLUG } from '../helpers/real-stories.ts';
import { listPages } from '../helpers/dist.ts';
import { ROOT } from '../../scripts/lib/paths.ts';
import { siteUrlFrom } from '../../src/lib/site-url.ts';

const ORIGIN = siteUrlFrom().replace(/\/$/, '');
// The sitemaps.org schema for <urlset>, as the `sitemap` package ships it.
const SITEMAP_XSD = join(ROOT, 'node_modules/sitemap/schema/sitemap.xsd');

let site: string;
beforeAll(() => {
  // The archive fixture (test/helpers/archive-fixture.ts): content/ and the stories (and days) the tests own.
  site = inject('archiveDir');
});

const locs = (xml: string, tag: 'sitemap' | 'url') =>
  parse(xml)
    .querySelectorAll(tag)
    .map((entry) => ({
      loc: entry.querySelector('loc')?.textContent.trim() ?? '',
      lastmod: entry.querySelector('lastmod')?.textContent.trim(),
    }));

/** The sitemaps the index lists, as files in the build. */
function sitemapFiles(): string[] {
  const index = readFileSync(join(site, 'sitemap-index.xml'), 'utf8');
  return locs(index, 'sitemap').map(({ loc }) => {
    expect(loc.startsWith(`${ORIGIN}/`), loc).toBe(true);
    return join(site, new URL(loc).pathname);
  });
}

describe('sitemap', () => {
  it('is valid against the sitemaps.org schema', () => {
    const files = sitemapFiles();
    expect(files.length).toBeGreaterThan(0);
    const result = spawnSync('xmllint', ['--noout', '--nonet', '--schema', SITEMAP_XSD, ...files], {
      encoding: 'utf8',
    });
    expect(result.error, 'xmllint must be installed (Debian package libxml2-utils)').toBeUndefined();
    expect(result.stderr).toMatch(/validates/);
    expect(result.status, result.stderr).toBe(0);
  });

  it('lists every page but the 404 page by absolute URL, each with a lastmod', () => {
    const entries = sitemapFiles().flatMap((file) => locs(readFileSync(file, 'utf8'), 'url'));
    const pages = listPages(site).filter((path) => path !== '/404.html');
    expect(entries.map(({ loc }) => loc).sort()).toEqual(pages.map((path) => `${ORIGIN}${path}`).sort());
    for (const { loc, lastmod } of entries) expect(Number.isNaN(Date.parse(lastmod ?? '')), loc).toBe(false);
  });

  it('dates a story by the day its copy entered the archive', () => {
    const entries = sitemapFiles().flatMap((file) => locs(readFileSync(file, 'utf8'), 'url'));
    const story = entries.find(({ loc }) => loc === `${ORIGIN}/articles/${NYT_SLUG}/`);
    expect(story?.lastmod?.slice(0, 10)).toBe('2026-11-23');
  });

  it('dates an updated story by the day its latest version entered the archive', () => {
    const entries = sitemapFiles().flatMap((file) => locs(readFileSync(file, 'utf8'), 'url'));
    const story = entries.find(({ loc }) => loc === `${ORIGIN}/articles/${UPDATED.slug}/`);
    expect(story?.lastmod?.slice(0, 10)).toBe(UPDATED.versions.at(-1)?.archived);
  });

  it('is named in robots.txt by its absolute URL', () => {
    const robots = readFileSync(join(site, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    const sitemap = robots.match(/^Sitemap: (\S+)$/m)?.[1] ?? '';
    expect(sitemap).toBe(`${ORIGIN}/sitemap-index.xml`);
    expect(existsSync(join(site, new URL(sitemap).pathname))).toBe(true);
  });
});
