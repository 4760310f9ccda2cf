import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { listPages, readPage, visibleText } from '../helpers/dist.ts';
import { siteUrlFrom } from '../../src/lib/site-url.ts';
import { DCNF_SLUG, NYT_SLUG } from '../helpers/real-stories.ts';

// The build under test uses the same setting as astro.config.mjs.
const ORIGIN = siteUrlFrom().replace(/\/$/, '');

let site: string;
let pages: string[];
let stories: string[];
beforeAll(() => {
  // The archive fixture (test/helpers/archive-fixture.ts): every page of content/ and of the stories the tests own;
  // exact facts name only the seeds' own pages.
  site = inject('archiveDir');
  pages = listPages(site).filter((path) => path !== '/404.html');
  stories = pages.filter((path) => /^\/articles\/[^/]+\/$/.test(path));
});

const metaValues = (page: HTMLElement, key: string): string[] =>
  page
    .querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)
    .map((meta) => meta.getAttribute('content') ?? '');

const jsonLdOf = (page: HTMLElement): Record<string, unknown>[] =>
  page.querySelectorAll('script[type="application/ld+json"]').map((script) => JSON.parse(script.textContent));

/** The width and height in a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Every value at any depth of a JSON value. */
function leaves(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.length === 0 ? [value] : value.flatMap(leaves);
  if (value && typeof value === 'object') {
    const values = Object.values(value);
    return values.length === 0 ? [value] : values.flatMap(leaves);
  }
  return [value];
}

describe('every page', () => {
  it('has one canonical link, to its own absolute URL, and og:url to match', () => {
    expect(pages.length).toBeGreaterThan(10);
    for (const path of pages) {
      const page = readPage(site, path);
      const canonical = page.querySelectorAll('link[rel="canonical"]').map((link) => link.getAttribute('href'));
      expect(canonical, path).toEqual([`${ORIGIN}${path}`]);
      expect(metaValues(page, 'og:url'), path).toEqual([`${ORIGIN}${path}`]);
    }
  });

  it('has share tags with a title, a description and a card that exists', () => {
    for (const path of pages) {
      const page = readPage(site, path);
      for (const key of ['og:title', 'og:description', 'og:image', 'twitter:title', 'twitter:image']) {
        const [value] = metaValues(page, key);
        expect(value?.trim(), `${path} ${key}`).toBeTruthy();
      }
      expect(metaValues(page, 'twitter:card'), path).toEqual(['summary_large_image']);
      const image = metaValues(page, 'og:image')[0] ?? '';
      expect(image.startsWith(`${ORIGIN}/og/`), path).toBe(true);
      expect(existsSync(join(site, new URL(image).pathname)), image).toBe(true);
    }
  });

  it('advertises the archive’s RSS and JSON feeds by absolute URL', () => {
    for (const path of pages) {
      const alternates = readPage(site, path)
        .querySelectorAll('link[rel="alternate"]')
        .map((link) => `${link.getAttribute('type')} ${link.getAttribute('href')}`);
      expect(alternates, path).toEqual(
        expect.arrayContaining([`application/rss+xml ${ORIGIN}/rss.xml`, `application/feed+json ${ORIGIN}/feed.json`]),
      );
    }
  });

  it('has valid JSON-LD only, with no empty values', () => {
    for (const path of pages) {
      for (const node of jsonLdOf(readPage(site, path))) {
        for (const value of leaves(node)) expect(value === '' || value === null, path).toBe(false);
      }
    }
  });

  it('keeps the 404 page out of the index rather than giving it a URL', () => {
    const page = readPage(site, '/404.html');
    expect(page.querySelector('link[rel="canonical"]')).toBeNull();
    expect(metaValues(page, 'robots')).toEqual(['noindex']);
  });
});

describe('listing pages', () => {
  it('carry a BreadcrumbList that ends at the page itself', () => {
    const listings = pages.filter((path) => /^\/(outlets|authors|archive)\/.+\//.test(path));
    expect(listings.length).toBeGreaterThanOrEqual(5);
    for (const path of listings) {
      const page = readPage(site, path);
      const crumbs = jsonLdOf(page).find((node) => node['@type'] === 'BreadcrumbList');
      const items = (crumbs?.['itemListElement'] ?? []) as { position: number; name: string; item: string }[];
      expect(items[0], path).toMatchObject({ position: 1, name: 'Home', item: `${ORIGIN}/` });
      expect(items.at(-1)?.item, path).toBe(`${ORIGIN}${path}`);
      expect(items.map((item) => item.position)).toEqual(items.map((_, i) => i + 1));
    }
  });

  it('advertise an outlet’s own feeds on its listing', () => {
    const page = readPage(site, '/outlets/the-new-york-times/');
    const hrefs = page.querySelectorAll('link[rel="alternate"]').map((link) => link.getAttribute('href'));
    expect(hrefs).toContain(`${ORIGIN}/outlets/the-new-york-times/rss.xml`);
    expect(hrefs).toContain(`${ORIGIN}/outlets/the-new-york-times/feed.json`);
  });
});

describe('story pages', () => {
  it('run no JavaScript: their only scripts are JSON-LD data', () => {
    expect(stories).toEqual(expect.arrayContaining([`/articles/${NYT_SLUG}/`, `/articles/${DCNF_SLUG}/`]));
    for (const path of stories) {
      const scripts = readPage(site, path).querySelectorAll('script');
      expect(scripts.length, path).toBeGreaterThan(0);
      for (const script of scripts) expect(script.getAttribute('type'), path).toBe('application/ld+json');
    }
  });

  it('describe themselves as a NewsArticle with every required field', () => {
    for (const path of stories) {
      const page = readPage(site, path);
      const article = jsonLdOf(page).find((node) => node['@type'] === 'NewsArticle');
      expect(article, path).toBeDefined();
      const headline = page.querySelector('h1')?.textContent.trim();
      expect(article).toMatchObject({
        '@context': 'https://schema.org',
        headline,
        description: metaValues(page, 'description')[0],
        datePublished: page.querySelector('.byline time')?.getAttribute('datetime'),
        mainEntityOfPage: { '@type': 'WebPage', '@id': `${ORIGIN}${path}` },
        image: { url: metaValues(page, 'og:image')[0], width: 1200, height: 630 },
        isAccessibleForFree: true,
        publisher: { '@type': 'Organization', name: metaValues(page, 'article:section')[0] },
        sourceOrganization: { '@type': 'Organization', name: metaValues(page, 'article:section')[0] },
        isBasedOn: { '@type': 'NewsArticle', publisher: { name: metaValues(page, 'article:section')[0] } },
      });
      const authors = article?.['author'] as { '@type': string; name: string }[];
      const byline = page.querySelectorAll('.byline a[href^="/authors/"]').map((a) => a.textContent.trim());
      expect(authors.map((a) => a['@type'])).toEqual(byline.map(() => 'Person'));
      expect(authors.map((a) => a.name)).toEqual(byline);
    }
  });

  it('carry Open Graph article tags and citation tags', () => {
    const page = readPage(site, `/articles/${NYT_SLUG}/`);
    expect(metaValues(page, 'og:type')).toEqual(['article']);
    expect(metaValues(page, 'article:published_time')).toEqual(['2023-09-04']);
    expect(metaValues(page, 'article:author')).toEqual([
      `${ORIGIN}/authors/edward-wong/`,
      `${ORIGIN}/authors/julian-e-barnes/`,
    ]);
    expect(metaValues(page, 'article:section')).toEqual(['The New York Times']);
    expect(metaValues(page, 'citation_title')).toEqual([
      '[Kim Jong Un Plans to Travel to Russia to Meet Putin on Arms, U.S. Officials Say]',
    ]);
    expect(metaValues(page, 'citation_author')).toEqual(['Wong, Edward', 'Barnes, Julian E.']);
    expect(metaValues(page, 'citation_publication_date')).toEqual(['2023/09/04']);
    expect(metaValues(page, 'citation_journal_title')).toEqual(['The New York Times']);
  });

  it('show the provenance of the copy', () => {
    const panel = (slug: string) =>
      Object.fromEntries(
        readPage(site, `/articles/${slug}/`)
          .querySelectorAll('.provenance dt')
          .map((dt) => [visibleText(dt), dt.nextElementSibling ? visibleText(dt.nextElementSibling) : '']),
      );
    expect(panel(NYT_SLUG)).toMatchObject({
      Outlet: 'The New York Times',
      Byline: 'Edward Wong and Julian E. Barnes',
      Published: 'September 4, 2023',
      Dateline: 'WASHINGTON',
      'Note of origin': 'This article originally appeared in The New York Times.',
      'Entered the archive': 'November 23, 2026',
    });
    const dcnf = panel(DCNF_SLUG);
    expect(dcnf).toMatchObject({
      Outlet: 'Daily Caller News Foundation',
      Byline: 'Jake Smith',
      Published: 'September 5, 2023',
    });
    expect(Object.keys(dcnf)).not.toContain('Dateline');
    expect(Object.keys(dcnf)).not.toContain('Note of origin');
  });

  it('give APA, MLA and Chicago citations in the page text', () => {
    const cite = (slug: string, style: string) =>
      visibleText(readPage(site, `/articles/${slug}/`).querySelector(`.cite [data-style="${style}"]`) as HTMLElement);
    expect(cite(NYT_SLUG, 'apa')).toBe(
      `Wong, E., & Barnes, J. E. (2023, September 4). [Kim Jong Un Plans to Travel to Russia to Meet Putin on Arms, U.S. Officials Say]. The New York Times. ${ORIGIN}/articles/${NYT_SLUG}/`,
    );
    expect(cite(NYT_SLUG, 'mla')).toBe(
      `Wong, Edward, and Julian E. Barnes. [Kim Jong Un Plans to Travel to Russia to Meet Putin on Arms, U.S. Officials Say]. The New York Times, 4 Sept. 2023. The Wire Archive, ${ORIGIN}/articles/${NYT_SLUG}/.`,
    );
    expect(cite(NYT_SLUG, 'chicago')).toBe(
      `Wong, Edward, and Julian E. Barnes. [Kim Jong Un Plans to Travel to Russia to Meet Putin on Arms, U.S. Officials Say]. New York Times, September 4, 2023. ${ORIGIN}/articles/${NYT_SLUG}/.`,
    );
    expect(cite(DCNF_SLUG, 'apa')).toBe(
      `Smith, J. (2023, September 5). [Putin and Kim Could Meet in Vladivostok for Talks on Weapons, Report Says]. Daily Caller News Foundation. ${ORIGIN}/articles/${DCNF_SLUG}/`,
    );
    expect(cite(DCNF_SLUG, 'mla')).toBe(
      `Smith, Jake. [Putin and Kim Could Meet in Vladivostok for Talks on Weapons, Report Says]. Daily Caller News Foundation, 5 Sept. 2023. The Wire Archive, ${ORIGIN}/articles/${DCNF_SLUG}/.`,
    );
    expect(cite(DCNF_SLUG, 'chicago')).toBe(
      `Smith, Jake. [Putin and Kim Could Meet in Vladivostok for Talks on Weapons, Report Says]. Daily Caller News Foundation, September 5, 2023. ${ORIGIN}/articles/${DCNF_SLUG}/.`,
    );
    const italics = readPage(site, `/articles/${NYT_SLUG}/`)
      .querySelectorAll('.cite [data-style="chicago"] i')
      .map((i) => i.textContent);
    expect(italics).toEqual(['New York Times']);
  });

  it('link BibTeX and RIS files that were built beside them', () => {
    for (const path of stories) {
      const slug = path.split('/')[2] ?? '';
      const links = readPage(site, path)
        .querySelectorAll('.cite a[download]')
        .map((a) => a.getAttribute('href') ?? '');
      expect(links).toEqual([`/cite/${slug}.bib`, `/cite/${slug}.ris`]);
      const bib = readFileSync(join(site, `cite/${slug}.bib`), 'utf8');
      expect(bib.startsWith(`@article{${slug},\n`)).toBe(true);
      expect(bib).toContain(`  url = {${ORIGIN}${path}},`);
      const ris = readFileSync(join(site, `cite/${slug}.ris`), 'utf8');
      expect(ris.startsWith('TY  - NEWS\r\n')).toBe(true);
      expect(ris).toContain(`UR  - ${ORIGIN}${path}\r\n`);
      expect(ris.endsWith('ER  - \r\n')).toBe(true);
    }
  });

  it('have a 1200×630 PNG share card each, and the site has one too', () => {
    for (const path of stories) {
      const card = join(site, 'og/articles', `${path.split('/')[2]}.png`);
      expect(pngSize(card), card).toEqual({ width: 1200, height: 630 });
    }
    expect(pngSize(join(site, 'og/site.png'))).toEqual({ width: 1200, height: 630 });
  });
});
