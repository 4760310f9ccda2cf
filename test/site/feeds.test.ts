import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { isStoryPage, listPages, readPage } from '../helpers/dist.ts';
import { FEED_SIZE } from '../../src/consts.ts';
import { newestFirst } from '../../src/lib/grouping.ts';
import { siteUrlFrom } from '../../src/lib/site-url.ts';

const ORIGIN = siteUrlFrom().replace(/\/$/, '');

let site: string;
beforeAll(() => {
  // The archive fixture (test/helpers/archive-fixture.ts): content/ and the stories the tests own.
  site = inject('archiveDir');
});

type Item = { creators?: string[]; 'content:encoded'?: string };
const parser = new Parser<object, Item>({ customFields: { item: [['dc:creator', 'creators', { keepArray: true }]] } });

/** What each story page says about itself, to check feed items against. */
function storyFacts(path: string) {
  const page = readPage(site, path);
  const meta = (key: string) =>
    page.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`).map((m) => m.getAttribute('content') ?? '');
  return {
    title: page.querySelector('h1')?.textContent.trim(),
    date: meta('article:published_time')[0],
    outlet: meta('article:section')[0],
    authors: page.querySelectorAll('.byline a[href^="/authors/"]').map((a) => a.textContent.trim()),
    firstParagraph:
      page
        .querySelector('.story__body p')
        ?.textContent.replace(/\s*¶\s*$/, '')
        .trim() ?? '',
  };
}

// Story pages, not the pages of their versions (/articles/<slug>/v2/).
const storyPaths = () => listPages(site).filter(isStoryPage);

/** What a feed of these stories carries: the newest FEED_SIZE, by the date each story's page gives. */
const newest = (paths: string[]): string[] =>
  newestFirst(
    paths.map((path) => ({
      id: path.split('/')[2] ?? '',
      path,
      data: { date: new Date(storyFacts(path).date ?? ''), outlet: '', authors: [] },
    })),
  )
    .slice(0, FEED_SIZE)
    .map(({ path }) => path);

/** A feed's path from a page's `<link rel="alternate">`. */
const feedOf = (pagePath: string, type: string, title: RegExp) => {
  const link = readPage(site, pagePath)
    .querySelectorAll(`link[rel="alternate"][type="${type}"]`)
    .find((l) => title.test(l.getAttribute('title') ?? ''));
  return new URL(link?.getAttribute('href') ?? '').pathname;
};

async function checkRss(path: string, expected: string[]) {
  const xml = readFileSync(join(site, path), 'utf8');
  const wellFormed = spawnSync('xmllint', ['--noout', '--nonet', '-'], { input: xml, encoding: 'utf8' });
  expect(wellFormed.status, wellFormed.stderr).toBe(0);
  const feed = await parser.parseString(xml);
  expect(feed.title?.trim()).toBeTruthy();
  expect(feed.items.map((item) => new URL(item.link ?? '').pathname).sort()).toEqual([...expected].sort());
  for (const item of feed.items) {
    const link = item.link ?? '';
    expect(link.startsWith(`${ORIGIN}/articles/`), link).toBe(true);
    expect(item.guid).toBe(link);
    const facts = storyFacts(new URL(link).pathname);
    expect(item.title).toBe(facts.title);
    expect(Number.isNaN(Date.parse(item.pubDate ?? ''))).toBe(false);
    expect(new Date(item.pubDate ?? '').toISOString().slice(0, 10)).toBe(facts.date);
    expect(item.creators).toEqual(facts.authors);
    expect(item.categories).toEqual([facts.outlet]);
    expect(item.contentSnippet?.trim()).toBeTruthy();
    // As a reader sees it: the HTML escapes the text's own & and <.
    expect(parse(item['content:encoded'] ?? '').textContent).toContain(facts.firstParagraph);
    expect(item['content:encoded']).toContain(`href="${link}#p1"`);
  }
  return feed;
}

function checkJsonFeed(path: string, expected: string[]) {
  const feed = JSON.parse(readFileSync(join(site, path), 'utf8')) as Record<string, unknown>;
  expect(feed['version']).toBe('https://jsonfeed.org/version/1.1');
  expect(feed['feed_url']).toBe(`${ORIGIN}${path}`);
  const items = feed['items'] as Record<string, unknown>[];
  expect(items.map((item) => new URL(String(item['url'])).pathname).sort()).toEqual([...expected].sort());
  for (const item of items) {
    const url = String(item['url']);
    expect(url.startsWith(`${ORIGIN}/articles/`)).toBe(true);
    expect(item['id']).toBe(url);
    const facts = storyFacts(new URL(url).pathname);
    expect(String(item['date_published']).slice(0, 10)).toBe(facts.date);
    expect((item['authors'] as { name: string }[]).map((a) => a.name)).toEqual(facts.authors);
    expect(parse(String(item['content_html'])).textContent).toContain(facts.firstParagraph);
    expect(existsSync(join(site, new URL(String(item['image'])).pathname))).toBe(true);
  }
}

describe('the archive’s feeds', () => {
  it('RSS 2.0 carries the newest FEED_SIZE stories, parsed by an independent parser', async () => {
    expect(feedOf('/', 'application/rss+xml', /RSS/)).toBe('/rss.xml');
    const feed = await checkRss('/rss.xml', newest(storyPaths()));
    expect(feed.items.length).toBeGreaterThan(0);
  });

  it('JSON Feed carries the newest FEED_SIZE stories', () => {
    checkJsonFeed('/feed.json', newest(storyPaths()));
  });
});

describe('each outlet’s feeds', () => {
  it('carry that outlet’s newest stories only', async () => {
    const outlets = listPages(site).filter((path) => /^\/outlets\/[^/]+\/$/.test(path));
    expect(outlets.length).toBeGreaterThan(0);
    for (const outlet of outlets) {
      const stories = storyPaths().filter((path) => readPage(site, path).querySelector(`a.outlet[href="${outlet}"]`));
      expect(stories.length, outlet).toBeGreaterThan(0);
      const rssPath = feedOf(outlet, 'application/rss+xml', / · /);
      expect(rssPath).toBe(`${outlet}rss.xml`);
      await checkRss(rssPath, newest(stories));
      checkJsonFeed(feedOf(outlet, 'application/feed+json', / · /), newest(stories));
    }
  });
});
