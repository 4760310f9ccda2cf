import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parseRawArticle } from '../../src/lib/raw-article.ts';
import { listPages, readPage, visibleText } from '../helpers/dist.ts';
import { ROOT } from '../helpers/paths.ts';

const NYT = '2023-09-04-kim-jong-un-plans-to-travel-to-russia-to-meet-putin-on-arms';
const DCNF = '2023-09-05-putin-and-kim-could-meet-in-vladivostok-for-talks-on-weapons';
const SEEDS = { [NYT]: '003_fa914a6832d8902e.txt', [DCNF]: '000_c0baa5af32606a97.txt' };

let site: string;
beforeAll(() => {
  site = inject('siteDir');
});

describe('story pages', () => {
  it('exist at /articles/<file name>/ for every article in the collection', () => {
    const slugs = readdirSync(join(ROOT, 'content/articles')).map((name) => name.replace(/\.md$/, ''));
    expect(slugs.sort()).toEqual([NYT, DCNF]);
    for (const slug of slugs) expect(listPages(site)).toContain(`/articles/${slug}/`);
  });

  it.each(Object.entries(SEEDS))('%s carries every paragraph of its raw original verbatim', (slug, seed) => {
    const raw = parseRawArticle(readFileSync(join(ROOT, 'content/raw', seed)), seed);
    const page = readPage(site, `/articles/${slug}/`);
    const paragraphs = page.querySelectorAll('article .story__body > p');
    expect(paragraphs).toHaveLength(raw.paragraphs.length);
    paragraphs.forEach((p, i) => {
      p.querySelector('.paragraph-link')?.remove();
      expect(p.id).toBe(`p${i + 1}`);
      // Exact text, curly quotes and dashes included: the copy is verbatim.
      expect(p.textContent.trim()).toBe(raw.paragraphs[i]);
    });
  });

  it('shows headline, byline, outlet, date and reading time in an <article>, the dateline once', () => {
    const page = readPage(site, `/articles/${NYT}/`);
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
    const page = readPage(site, `/articles/${DCNF}/`);
    const link = page.querySelector('#p3 a.paragraph-link');
    expect(link?.getAttribute('href')).toBe('#p3');
    expect(link?.getAttribute('aria-label')).toBe('Link to paragraph 3');
  });
});

describe('home', () => {
  it('lists the stories newest first with headline, outlet, date, authors and lede', () => {
    const cards = readPage(site, '/').querySelectorAll('.story-card');
    expect(cards.map((card) => card.querySelector('a')!.getAttribute('href'))).toEqual([
      `/articles/${DCNF}/`,
      `/articles/${NYT}/`,
    ]);
    const nyt = visibleText(cards[1]!);
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
    expect(storyLinks('/archive/2023/09/')).toEqual([`/articles/${DCNF}/`, `/articles/${NYT}/`]);
    expect(visibleText(readPage(site, '/archive/2023/09/').querySelector('.listing-count')!)).toBe('2 stories');
    const index = readPage(site, '/archive/');
    expect(index.querySelector('a[href="/archive/2023/09/"]')).not.toBeNull();
    // Each month with its count, the days it spans and its newest story.
    const month = index.querySelector('.index-list li')!;
    expect(visibleText(month.querySelector('.index-list__name')!)).toBe('September 2023');
    expect(visibleText(month.querySelector('.index-list__facts')!)).toMatch(/^2 stories\s*·\s*Sep 4 – 5, 2023$/);
    expect(month.querySelector('.index-list__newest a')?.getAttribute('href')).toBe(`/articles/${DCNF}/`);
  });

  it('by outlet and by author link each story, and link back up', () => {
    expect(storyLinks('/outlets/the-new-york-times/')).toEqual([`/articles/${NYT}/`]);
    expect(storyLinks('/outlets/daily-caller-news-foundation/')).toEqual([`/articles/${DCNF}/`]);
    expect(storyLinks('/authors/julian-e-barnes/')).toEqual([`/articles/${NYT}/`]);
    expect(storyLinks('/authors/jake-smith/')).toEqual([`/articles/${DCNF}/`]);
    const outlet = readPage(site, '/outlets/the-new-york-times/');
    expect(outlet.querySelector('.breadcrumbs a[href="/outlets/"]')).not.toBeNull();
    const authors = readPage(site, '/authors/');
    // By surname, as a reader looks a reporter up.
    expect(authors.querySelectorAll('.index-list__name a').map((a) => a.textContent)).toEqual([
      'Julian E. Barnes',
      'Jake Smith',
      'Edward Wong',
    ]);
  });

  it('story pages link to their outlet and authors', () => {
    const page = readPage(site, `/articles/${NYT}/`);
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
    for (const path of listPages(site)) {
      const page = readPage(site, path);
      expect(page.querySelector('a.skip-link[href="#main"]'), path).not.toBeNull();
      expect(page.querySelector('form[role="search"][action="/search/"] input[name="q"]'), path).not.toBeNull();
      expect(page.querySelectorAll('h1'), path).toHaveLength(1);
    }
  });
});
