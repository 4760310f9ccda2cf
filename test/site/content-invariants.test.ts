/**
 * What holds for any content, checked on the real archive and on the archive
 * fixture (the seeds and three stories imported into it, one updated twice):
 * every article re-imports from its raw original byte for byte, shows every
 * paragraph of it verbatim, is listed, searchable and in its feeds, and every
 * version has its page. Nothing here names a story or counts them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, inject, it } from 'vitest';
import { renderArticleFile } from '../../src/lib/article-file.ts';
import { readInventory } from '../../src/lib/archive/inventory.ts';
import { FEED_SIZE, HOME_SIZE } from '../../src/consts.ts';
import { formatDate, isoDay, monthKey } from '../../src/lib/dates.ts';
import { parseRawArticle } from '../../src/lib/raw-article.ts';
import { slugify } from '../../src/lib/slug.ts';
import { listPages, readPage, visibleText } from '../helpers/dist.ts';
import { ROOT } from '../../scripts/lib/paths.ts';

interface Story {
  id: string;
  text: string;
  data: {
    title: string;
    date: Date;
    authors: string[];
    outlet: string;
    dateline?: string;
    source: string;
    archived: Date;
    updated?: Date;
  };
}

function readStories(articlesDir: string): Story[] {
  return readdirSync(articlesDir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(articlesDir, name), 'utf8');
      return { id: name.replace(/\.md$/, ''), text, data: parseFrontmatter(text).frontmatter as Story['data'] };
    });
}

/** Every page of a paginated listing: `/x/`, `/x/2/`, … */
const listingPages = (pages: string[], base: string) =>
  pages.filter((p) => p === base || new RegExp(`^${base}\\d+/$`).test(p));
const linksOn = (site: string, path: string) =>
  readPage(site, path)
    .querySelectorAll('.story-card h2 a')
    .map((a) => a.getAttribute('href'));

const newestFirst = (a: Story, b: Story) => b.data.date.getTime() - a.data.date.getTime() || (a.id < b.id ? -1 : 1);

const builds = [
  { name: 'the real archive', site: inject('siteDir'), articles: join(ROOT, 'content/articles') },
  { name: 'the archive fixture', site: inject('archiveDir'), articles: inject('archiveContentDir') },
];

describe.each(builds)('$name', ({ site, articles }) => {
  const root = dirname(articles);
  const stories = readStories(articles);
  const pages = listPages(site);

  it('holds at least the two seed stories', () => {
    expect(stories.length).toBeGreaterThanOrEqual(2);
  });

  it('every article re-imports from its raw original byte for byte', () => {
    for (const story of stories) {
      const raw = parseRawArticle(readFileSync(join(root, 'raw', story.data.source)), story.data.source);
      const rendered = renderArticleFile({
        article: raw,
        title: story.data.title,
        source: story.data.source,
        archived: isoDay(story.data.archived),
        updated: story.data.updated ? isoDay(story.data.updated) : undefined,
      });
      expect(rendered, story.id).toBe(story.text);
    }
  });

  it('every story has a page with its headline, byline, outlet, date and dateline', () => {
    for (const story of stories) {
      const page = readPage(site, `/articles/${story.id}/`);
      const article = page.querySelector('article');
      expect(visibleText(article!.querySelector('h1')!), story.id).toBe(story.data.title);
      const byline = visibleText(article!.querySelector('.byline')!);
      for (const author of story.data.authors) expect(byline, story.id).toContain(author);
      expect(byline).toContain(story.data.outlet);
      expect(article!.querySelector('.byline time')!.getAttribute('datetime')).toBe(isoDay(story.data.date));
      // The dateline is said once: in the header, unless the text itself opens with it.
      const meta = visibleText(article!.querySelector('.story__meta')!);
      const opening = visibleText(article!.querySelector('.story__body p')!);
      if (!story.data.dateline) expect(meta).not.toContain('Dateline');
      else if (opening.startsWith(story.data.dateline)) expect(meta, story.id).not.toContain('Dateline');
      else expect(meta, story.id).toContain(`Dateline: ${story.data.dateline}`);
    }
  });

  it('every paragraph of every raw original is on its page verbatim, with a link to itself', () => {
    for (const story of stories) {
      const raw = parseRawArticle(readFileSync(join(root, 'raw', story.data.source)), story.data.source);
      const paragraphs = readPage(site, `/articles/${story.id}/`).querySelectorAll('article .story__body > p');
      expect(paragraphs, story.id).toHaveLength(raw.paragraphs.length);
      paragraphs.forEach((p, i) => {
        expect(p.id).toBe(`p${i + 1}`);
        expect(p.querySelector('.paragraph-link')?.getAttribute('href')).toBe(`#p${i + 1}`);
        p.querySelector('.paragraph-link')?.remove();
        // Exact text, curly quotes and dashes included: the copy is verbatim.
        expect(p.textContent.trim(), `${story.id} #p${i + 1}`).toBe(raw.paragraphs[i]);
      });
    }
  });

  it('lists the newest stories on the home page, newest first, and every story in its month, outlet and author listings', () => {
    const home = readPage(site, '/')
      .querySelectorAll('.story-card a')
      .map((a) => a.getAttribute('href'))
      .filter((href) => href?.startsWith('/articles/'));
    const newest = [...stories].sort(newestFirst).slice(0, HOME_SIZE);
    expect(new Set(home)).toEqual(new Set(newest.map((s) => `/articles/${s.id}/`)));
    for (const story of stories) {
      const url = `/articles/${story.id}/`;
      const listed = (base: string) => listingPages(pages, base).some((path) => linksOn(site, path).includes(url));
      expect(listed(`/archive/${monthKey(story.data.date)}/`), `${story.id} by month`).toBe(true);
      expect(listed(`/outlets/${slugify(story.data.outlet)}/`), `${story.id} by outlet`).toBe(true);
      for (const author of story.data.authors) expect(listed(`/authors/${slugify(author)}/`), author).toBe(true);
    }
  });

  it('counts each month’s stories on the month index', () => {
    const index = readPage(site, '/archive/');
    const counts = new Map<string, number>();
    for (const story of stories)
      counts.set(monthKey(story.data.date), (counts.get(monthKey(story.data.date)) ?? 0) + 1);
    for (const [month, count] of counts) {
      const link = index.querySelector(`a[href="/archive/${month}/"]`);
      expect(link, month).not.toBeNull();
      expect(visibleText(link!.closest('li')!)).toContain(`${count} stor${count === 1 ? 'y' : 'ies'}`);
    }
  });

  it('puts every story in the search index, once', () => {
    const dir = join(site, 'search-index');
    const urls = readdirSync(dir)
      .filter((name) => name.startsWith('doc.') && name.endsWith('.json'))
      .map((name) => (JSON.parse(readFileSync(join(dir, name), 'utf8')) as { url: string }).url);
    expect(urls.sort()).toEqual(stories.map((s) => `/articles/${s.id}/`).sort());
  });

  it('puts every story in the feeds it belongs to: the newest of the archive, and of its outlet', () => {
    const feedUrls = (path: string) =>
      (JSON.parse(readFileSync(join(site, path), 'utf8')) as { items: { url: string }[] }).items.map(
        (item) => new URL(item.url).pathname,
      );
    const ids = (list: Story[]) =>
      list
        .sort(newestFirst)
        .slice(0, FEED_SIZE)
        .map((s) => `/articles/${s.id}/`);
    expect(new Set(feedUrls('feed.json'))).toEqual(new Set(ids([...stories])));
    for (const outlet of new Set(stories.map((s) => s.data.outlet))) {
      const own = stories.filter((s) => s.data.outlet === outlet);
      expect(new Set(feedUrls(`outlets/${slugify(outlet)}/feed.json`)), outlet).toEqual(new Set(ids(own)));
    }
  });

  it('gives every version of every story its own page, and says on the story page when it was updated', () => {
    for (const story of stories) {
      const inventory = readInventory(root, story.id);
      expect(inventory, story.id).toBeDefined();
      for (const version of inventory!.versions) {
        expect(pages, story.id).toContain(`/articles/${story.id}/v${version.number}/`);
      }
      const note = readPage(site, `/articles/${story.id}/`).querySelector('.story__updated');
      if (inventory!.versions.length === 1) expect(note, story.id).toBeNull();
      else {
        const last = inventory!.versions.at(-1)!;
        expect(visibleText(note!), story.id).toContain(`Updated ${formatDate(new Date(`${last.created}T00:00:00Z`))}`);
        expect(isoDay(story.data.updated!)).toBe(last.created);
      }
      expect(isoDay(story.data.archived)).toBe(inventory!.versions[0]!.created);
      expect(basename(inventory!.versions.at(-1)!.raw)).toBe(story.data.source);
    }
  });
});
