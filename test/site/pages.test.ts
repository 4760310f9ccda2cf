import { beforeAll, describe, expect, inject, it } from 'vitest';
import { listPages, readPage, visibleText } from '../helpers/dist.ts';
import { QUIET, UPDATED, VERBATIM } from '../helpers/archive-fixture.ts';
import { DCNF_SLUG, NYT_SLUG } from '../helpers/real-stories.ts';

// Exact expectations run on the archive fixture, which the tests own (test/helpers/archive-fixture.ts):
// the seeds and three stories of May 2024. What holds for any content is in content-invariants.test.ts.
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

describe('home', () => {
  it('lists the stories newest first with headline, outlet, date, authors and lede', () => {
    const cards = readPage(site, '/').querySelectorAll('.story-card');
    expect(cards.map((card) => card.querySelector('a')!.getAttribute('href'))).toEqual([
      `/articles/${UPDATED.slug}/`,
      `/articles/${QUIET.slug}/`,
      `/articles/${VERBATIM.slug}/`,
      `/articles/${DCNF_SLUG}/`,
      `/articles/${NYT_SLUG}/`,
    ]);
    const nyt = visibleText(cards[4]!);
    expect(nyt).toContain('Edward Wong and Julian E. Barnes');
    expect(nyt).toContain('The New York Times');
    expect(nyt).toContain('September 4, 2023');
    expect(nyt).toContain('Kim Jong Un, the leader of North Korea, plans to travel');
  });
});

describe('listings', () => {
  const storyLinks = (path: string) =>
    readPage(site, path)
      .querySelectorAll('.story-card h2 a')
      .map((a) => a.getAttribute('href'));

  it('by month lists both stories with a count, and the month index links to it', () => {
    expect(storyLinks('/archive/2023/09/')).toEqual([`/articles/${DCNF_SLUG}/`, `/articles/${NYT_SLUG}/`]);
    expect(visibleText(readPage(site, '/archive/2023/09/').querySelector('.listing-count')!)).toBe('2 stories');
    const index = readPage(site, '/archive/');
    expect(index.querySelector('a[href="/archive/2023/09/"]')).not.toBeNull();
    // Each month with its count, the days it spans and its newest story, newest month first.
    const months = index.querySelectorAll('.index-list li');
    expect(visibleText(months[0]!.querySelector('.index-list__name')!)).toBe('May 2024');
    expect(visibleText(months[0]!.querySelector('.index-list__facts')!)).toMatch(/^3 stories\s*·\s*May 2 – 4, 2024$/);
    expect(months[0]!.querySelector('.index-list__newest a')?.getAttribute('href')).toBe(`/articles/${UPDATED.slug}/`);
    const september = index.querySelector('a[href="/archive/2023/09/"]')!.closest('li')!;
    expect(visibleText(september.querySelector('.index-list__facts')!)).toMatch(/^2 stories\s*·\s*Sep 4 – 5, 2023$/);
    expect(september.querySelector('.index-list__newest a')?.getAttribute('href')).toBe(`/articles/${DCNF_SLUG}/`);
  });

  it('by outlet and by author link each story, and link back up', () => {
    expect(storyLinks('/outlets/the-new-york-times/')).toEqual([`/articles/${NYT_SLUG}/`]);
    expect(storyLinks('/outlets/daily-caller-news-foundation/')).toEqual([`/articles/${DCNF_SLUG}/`]);
    expect(storyLinks('/authors/julian-e-barnes/')).toEqual([`/articles/${NYT_SLUG}/`]);
    expect(storyLinks('/authors/jake-smith/')).toEqual([`/articles/${DCNF_SLUG}/`]);
    const outlet = readPage(site, '/outlets/the-new-york-times/');
    expect(outlet.querySelector('.breadcrumbs a[href="/outlets/"]')).not.toBeNull();
    const authors = readPage(site, '/authors/');
    // By surname, as a reader looks a reporter up.
    expect(authors.querySelectorAll('.index-list__name a').map((a) => a.textContent)).toEqual([
      'Julian E. Barnes',
      'Ann Lee',
      'Bo Park',
      'Jake Smith',
      'Edward Wong',
    ]);
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
