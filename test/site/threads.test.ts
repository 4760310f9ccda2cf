import type { HTMLElement } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { listPages, readPage, visibleText } from '../helpers/dist.ts';
import { DCNF_SLUG, NYT_SLUG } from '../helpers/real-stories.ts';

// The archive fixture (test/helpers/archive-fixture.ts): content/ and stories of May 2024. What this says about the
// real pair holds however many other reports of that week content/ comes to hold: a third report joins their
// thread (and its timeline), but the pair compared side by side is the first citation's, the Caller crediting the
// Times.
const siteDir = inject('archiveDir');

const hrefs = (element: HTMLElement | null | undefined) =>
  (element?.querySelectorAll('a') ?? []).map((a) => a.getAttribute('href') ?? '');
const storyHref = (slug: string) => `/articles/${slug}/`;
/** The item of a story's "Other coverage" list that links to the story `slug`. */
const coverageItem = (of: string, slug: string) =>
  readPage(siteDir, storyHref(of))
    .querySelectorAll('.related-coverage li')
    .find((li) => hrefs(li).includes(storyHref(slug)));
/** The pair's thread, as the Times story links to it. */
const THREAD =
  hrefs(readPage(siteDir, storyHref(NYT_SLUG)).querySelector('.related-coverage')).find((href) =>
    href.startsWith('/threads/'),
  ) ?? '(no thread linked from the Times story)';

describe('the thread page of the real pair', () => {
  const page = readPage(siteDir, THREAD);
  const main = page.querySelector('main');

  it('is built, titled and listed in the threads index', () => {
    expect(listPages(siteDir)).toContain(THREAD);
    // Named as a comparison, under the first report's headline, so it does not pass for that story's page.
    const firstTitle = visibleText(page.querySelector('.timeline > li .timeline__title') as HTMLElement);
    expect(visibleText(page.querySelector('h1') as HTMLElement)).toBe(`Coverage compared: ${firstTitle}`);
    expect(coverageItem(DCNF_SLUG, NYT_SLUG)).toBeDefined();
    expect(hrefs(readPage(siteDir, '/threads/').querySelector('main'))).toContain(THREAD);
  });

  it('has a timeline of both stories, oldest first, with the credit linked to its paragraph', () => {
    const entries = page.querySelectorAll('.timeline > li');
    const dates = entries.map((li) => li.querySelector('time')?.getAttribute('datetime') ?? '');
    expect(dates).toEqual([...dates].sort());
    const nyt = entries.findIndex((li) => hrefs(li).includes(storyHref(NYT_SLUG)));
    const dcnf = entries.findIndex((li) => hrefs(li).includes(storyHref(DCNF_SLUG)));
    expect(nyt).toBeGreaterThanOrEqual(0);
    expect(dcnf).toBeGreaterThan(nyt);
    expect([dates[nyt], dates[dcnf]]).toEqual(['2023-09-04', '2023-09-05']);
    expect(visibleText(entries[nyt] as HTMLElement)).toContain('The New York Times');
    expect(visibleText(entries[dcnf] as HTMLElement)).toContain(
      'Cites The New York Times of Monday, September 4, 2023',
    );
    expect(hrefs(entries[dcnf])).toContain(`/articles/${DCNF_SLUG}/#p1`);
  });

  it('shows the shared Watson quotation side by side with the spelling difference marked', () => {
    const quotes = page.querySelector('#shared-quotes')?.nextElementSibling;
    const pair = quotes?.querySelector('li.pair');
    const sides = pair?.querySelectorAll('blockquote') ?? [];
    expect(sides).toHaveLength(2);
    expect(visibleText(sides[0] as HTMLElement)).toMatch(/^“We urge the DPRK to cease its arms negotiations/);
    expect(visibleText(sides[1] as HTMLElement)).toMatch(/^“We urge the D\.P\.R\.K\. to cease its arms negotiations/);
    expect(sides.map((side) => side.querySelector('mark')?.textContent)).toEqual(['DPRK', 'D.P.R.K.']);
    expect(sides.map((side) => side.getAttribute('cite'))).toEqual([
      `/articles/${NYT_SLUG}/#p8`,
      `/articles/${DCNF_SLUG}/#p3`,
    ]);
    expect(visibleText(pair?.querySelector('.pair__note') as HTMLElement)).toBe(
      'Spelled differently: “DPRK” in The New York Times, “D.P.R.K.” in Daily Caller News Foundation.',
    );
  });

  it('shows the lede both open with as a fact both report, the Times sentence once beside both Caller sentences', () => {
    const cards = page.querySelector('#shared-facts')?.nextElementSibling?.querySelectorAll('li.pair') ?? [];
    const lede = cards.find((card) =>
      card.querySelectorAll('blockquote').some((side) => side.getAttribute('cite') === `/articles/${DCNF_SLUG}/#p1`),
    );
    expect(lede?.querySelectorAll('blockquote').map((side) => side.getAttribute('cite'))).toEqual([
      `/articles/${NYT_SLUG}/#p1`,
      `/articles/${DCNF_SLUG}/#p1`,
      `/articles/${DCNF_SLUG}/#p2`,
    ]);
    const onlyDcnf = page.querySelector('section[aria-labelledby="only-b"]');
    expect(hrefs(onlyDcnf)).not.toContain(`/articles/${DCNF_SLUG}/#p1`);
    expect(visibleText(onlyDcnf as HTMLElement)).not.toContain('could meet in the coming weeks');
  });

  it('lists what each story has that the other lacks under labelled headings', () => {
    const onlyNyt = page.querySelector('section[aria-labelledby="only-a"]');
    const onlyDcnf = page.querySelector('section[aria-labelledby="only-b"]');
    expect(visibleText(onlyNyt?.querySelector('h4') as HTMLElement)).toBe('Only in The New York Times');
    expect(visibleText(onlyDcnf?.querySelector('h4') as HTMLElement)).toBe('Only in Daily Caller News Foundation');
    expect(visibleText(onlyNyt as HTMLElement)).toContain('Kim could possibly go to Moscow');
    expect(visibleText(onlyDcnf as HTMLElement)).toContain('full support and solidarity');
    expect(visibleText(onlyDcnf as HTMLElement)).not.toContain('Kim could possibly go to Moscow');
  });

  it('ships no script to run and loads nothing from elsewhere', () => {
    const runnable = page.querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json');
    expect(runnable).toEqual([]);
    const external = page
      .querySelectorAll('link[rel~="stylesheet"], link[rel~="preload"], link[rel~="icon"], img[src], iframe[src]')
      .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '')
      .filter((url) => /^(https?:)?\/\//.test(url));
    expect(external).toEqual([]);
    expect(main).not.toBeNull();
  });
});

describe('the story pages of the real pair', () => {
  it('show the other story under "Other coverage of this story" with outlet, date and headline', () => {
    const nyt = readPage(siteDir, storyHref(NYT_SLUG)).querySelector('.related-coverage');
    expect(visibleText(nyt?.querySelector('h2') as HTMLElement)).toBe('Other coverage of this story');
    const item = coverageItem(NYT_SLUG, DCNF_SLUG);
    expect(visibleText(item as HTMLElement)).toContain('Daily Caller News Foundation · September 5, 2023');
    expect(visibleText(item as HTMLElement)).toContain('Putin and Kim Could Meet in Vladivostok for Talks on Weapons');
    expect(THREAD).toMatch(/^\/threads\/[^/]+\/$/);
  });

  it('link each other: "Cites" on the later story, "Cited by" on the earlier', () => {
    const dcnfItem = coverageItem(DCNF_SLUG, NYT_SLUG);
    expect(visibleText(dcnfItem?.querySelector('.related-coverage__relation') as HTMLElement)).toBe('Cites');
    expect(visibleText(dcnfItem as HTMLElement)).toContain(
      'This story credits it as “the New York Times reported Monday”, paragraph 1',
    );
    expect(hrefs(dcnfItem)).toContain('#p1');

    const nytItem = coverageItem(NYT_SLUG, DCNF_SLUG);
    expect(visibleText(nytItem?.querySelector('.related-coverage__relation') as HTMLElement)).toBe('Cited by');
    expect(hrefs(nytItem)).toContain(`/articles/${DCNF_SLUG}/#p1`);
  });
});
