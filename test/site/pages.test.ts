import { beforeAll, describe, expect, inject, it } from 'vitest';
import { listingPages, listPages, readPage, visibleText } from '../helpers/dist.ts';
import { OWNED_SLUGS, QUIET, UPDATED, VERBATIM } from '../helpers/archive-fixture.ts';
import { DCNF_SLUG, NYT_SLUG } from '../helpers/real-stories.ts';

// Exact expectations run on the archive fixture (test/helpers/archive-fixture.ts): a copy of content/ with
// three stories of May 2024 the tests own, so they name only those stories, their outlets and the seeds'
// own pages. What holds for any content (the home page among it) is in content-invariants.test.ts.
let site: string;
beforeAll(() => {
  site = inject('archiveDir');
});

describe('story pages', () => {
  it('shows headline, byline, outlet, date and reading time in an <article>, the dateline once', () => {
    const page = readPage(site, `/articles/${NYT_SLUG}/`);
    const article = page.querySelector('article');
    expect(article).not.toBeNull();
    expect(visibleText(article!.querySelector('h1')!)).toBe(
      'Kim Jong Un Plans to Travel to Russia to Meet Putin on Arms, U.S. Officials Say',
    );
    expect(visibleText(article!.querySelector('.story__headline-note')!)).toMatch(/written by the archive/);
    const byline = visibleText(article!.querySelector('.byline')!);
    expect(byline).toContain('By Edward Wong and Julian E. Barnes');
    expect(byline).toContain('The New York Times');
    expect(article!.querySelector('time')!.getAttribute('datetime')).toBe('2023-09-04');
    // The text opens "WASHINGTON –": the header does not say it again; the provenance box names it.
    expect(visibleText(article!.querySelector('.story__meta')!)).toMatch(/^\d+ min read$/);
    expect(visibleText(article!.querySelector('.story__body p')!)).toMatch(/^WASHINGTON/);
    expect(visibleText(article!.querySelector('.provenance')!)).toMatch(/Dateline\s*WASHINGTON/);
  });

  it('offers a link to each paragraph', () => {
    const page = readPage(site, `/articles/${DCNF_SLUG}/`);
    const link = page.querySelector('#p3 a.paragraph-link');
    expect(link?.getAttribute('href')).toBe('#p3');
    expect(link?.getAttribute('aria-label')).toBe('Link to paragraph 3');
  });
});

describe('listings', () => {
  const storyLinks = (path: string) =>
    readPage(site, path)
      .querySelectorAll('.story-card h2 a')
      .map((a) => a.getAttribute('href'));
  /** The owned stories a listing links, across all its pages, in its order: whatever else content/ holds. */
  const ownedIn = (base: string) =>
    listingPages(listPages(site), base)
      .flatMap(storyLinks)
      .filter((href) => OWNED.includes(href ?? ''));
  const OWNED = OWNED_SLUGS.map((slug) => `/articles/${slug}/`);

  it('by month lists the fixture’s stories newest first, and the month index links to the month', () => {
    expect(ownedIn('/archive/2024/05/')).toEqual(OWNED);
    expect(readPage(site, '/archive/').querySelector('a[href="/archive/2024/05/"]')).not.toBeNull();
  });

  it('by outlet and by author link each story newest first, and link back up', () => {
    // The fixture's own outlets hold its stories only.
    expect(storyLinks('/outlets/fixture-daily/')).toEqual([`/articles/${UPDATED.slug}/`, `/articles/${QUIET.slug}/`]);
    expect(storyLinks('/outlets/the-example-herald/')).toEqual([`/articles/${VERBATIM.slug}/`]);
    expect(ownedIn('/authors/ann-lee/')).toEqual([`/articles/${UPDATED.slug}/`, `/articles/${VERBATIM.slug}/`]);
    expect(ownedIn('/authors/bo-park/')).toEqual([`/articles/${UPDATED.slug}/`, `/articles/${QUIET.slug}/`]);
    const outlet = readPage(site, '/outlets/fixture-daily/');
    expect(outlet.querySelector('.breadcrumbs a[href="/outlets/"]')).not.toBeNull();
    // By surname, as a reader looks a reporter up (other names content/ holds fall in between).
    const known = ['Julian E. Barnes', 'Ann Lee', 'Bo Park', 'Jake Smith', 'Edward Wong'];
    const names = readPage(site, '/authors/')
      .querySelectorAll('.index-list__name a')
      .map((a) => a.textContent);
    expect(names.filter((name) => known.includes(name))).toEqual(known);
  });

  it('story pages link to their outlet and authors', () => {
    const page = readPage(site, `/articles/${NYT_SLUG}/`);
    expect(page.querySelector('.byline a[href="/outlets/the-new-york-times/"]')).not.toBeNull();
    expect(page.querySelector('.byline a[href="/authors/edward-wong/"]')).not.toBeNull();
  });
});

describe('404', () => {
  it('helps: links home, to the archive and to search', () => {
    const page = readPage(site, '/404.html');
    for (const href of ['/', '/archive/', '/search/'])
      expect(page.querySelector(`main a[href="${href}"]`)).not.toBeNull();
  });
});

describe('every page', () => {
  it('has a skip link, a search form and a single h1', () => {
    for (const [dir, path] of [site, inject('siteDir')].flatMap((d) => listPages(d).map((p) => [d, p] as const))) {
      const page = readPage(dir, path);
      expect(page.querySelector('a.skip-link[href="#main"]'), path).not.toBeNull();
      expect(page.querySelector('form[role="search"][action="/search/"] input[name="q"]'), path).not.toBeNull();
      expect(page.querySelectorAll('h1'), path).toHaveLength(1);
    }
  });
});
