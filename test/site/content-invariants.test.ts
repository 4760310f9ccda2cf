/**
 * What holds for any content, checked on the real archive and on the archive
 * fixture (a copy of content/ with three stories imported into it by the real
 * importer, one updated twice):
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
import { formatDate, formatDateRange, isoDay, monthKey } from '../../src/lib/dates.ts';
import { newestFirst } from '../../src/lib/grouping.ts';
import { parseRawArticle } from '../../src/lib/raw-article.ts';
import { slugify } from '../../src/lib/slug.ts';
import { listingPages, listPages, readPage, visibleText } from '../helpers/dist.ts';
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

const linksOn = (site: string, path: string) =>
  readPage(site, path)
    .querySelectorAll('.story-card h2 a')
    .map((a) => a.getAttribute('href'));

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

  it('lists the newest stories on the home page, newest first, each card with its headline, byline and lede', () => {
    const cards = readPage(site, '/').querySelectorAll('.story-card');
    const newest = newestFirst(stories).slice(0, HOME_SIZE);
    expect(cards.map((card) => card.querySelector('h2 a')?.getAttribute('href'))).toEqual(
      newest.map((s) => `/articles/${s.id}/`),
    );
    cards.forEach((card, i) => {
      const story = newest[i]!;
      expect(visibleText(card.querySelector('h2')!), story.id).toBe(story.data.title);
      const byline = visibleText(card.querySelector('.byline')!);
      for (const author of story.data.authors) expect(byline, story.id).toContain(author);
      expect(byline, story.id).toContain(story.data.outlet);
      expect(byline, story.id).toContain(formatDate(story.data.date));
      const description = readPage(site, `/articles/${story.id}/`).querySelector('meta[name="description"]');
      expect(visibleText(card.querySelector('.story-card__lede')!), story.id).toBe(
        description?.getAttribute('content')?.replace(/\s+/g, ' ').trim(),
      );
    });
  });

  it('lists every story in its month, outlet and author listings', () => {
    for (const story of stories) {
      const url = `/articles/${story.id}/`;
      const listed = (base: string) => listingPages(pages, base).some((path) => linksOn(site, path).includes(url));
      expect(listed(`/archive/${monthKey(story.data.date)}/`), `${story.id} by month`).toBe(true);
      expect(listed(`/outlets/${slugify(story.data.outlet)}/`), `${story.id} by outlet`).toBe(true);
      for (const author of story.data.authors) expect(listed(`/authors/${slugify(author)}/`), author).toBe(true);
    }
  });

  it('shows each month on the month index, newest first, with its count, the days it spans and its newest story', () => {
    const months = new Map<string, Story[]>();
    for (const story of newestFirst(stories))
      months.set(monthKey(story.data.date), [...(months.get(monthKey(story.data.date)) ?? []), story]);
    const rows = readPage(site, '/archive/').querySelectorAll('.index-list > li');
    expect(rows.map((li) => li.querySelector('.index-list__name a')?.getAttribute('href'))).toEqual(
      [...months.keys()]
        .sort()
        .reverse()
        .map((month) => `/archive/${month}/`),
    );
    for (const row of rows) {
      const month = row.querySelector('.index-list__name a')!.getAttribute('href')!.slice('/archive/'.length, -1);
      const [newest, oldest] = [months.get(month)![0]!, months.get(month)!.at(-1)!];
      const count = months.get(month)!.length;
      expect(visibleText(row.querySelector('.index-list__facts .count')!), month).toBe(
        `${count} stor${count === 1 ? 'y' : 'ies'}`,
      );
      const span = row.querySelector('.index-list__span time')!;
      expect(visibleText(span), month).toBe(formatDateRange(oldest.data.date, newest.data.date).replace(/\s+/g, ' '));
      expect(span.getAttribute('datetime'), month).toBe(isoDay(oldest.data.date));
      expect(row.querySelector('.index-list__newest a')?.getAttribute('href'), month).toBe(`/articles/${newest.id}/`);
    }
  });

  it('puts every story in the search index, once, and its lede file beside it', () => {
    const dir = join(site, 'search-index');
    for (const kind of ['doc', 'lede']) {
      const urls = readdirSync(dir)
        .filter((name) => name.startsWith(`${kind}.`) && name.endsWith('.json'))
        .map((name) => (JSON.parse(readFileSync(join(dir, name), 'utf8')) as { url: string }).url);
      expect(urls.sort(), kind).toEqual(stories.map((s) => `/articles/${s.id}/`).sort());
    }
  });

  it('puts every story in the feeds it belongs to: the newest of the archive, and of its outlet', () => {
    const feedUrls = (path: string) =>
      (JSON.parse(readFileSync(join(site, path), 'utf8')) as { items: { url: string }[] }).items.map(
        (item) => new URL(item.url).pathname,
      );
    const ids = (list: Story[]) =>
      newestFirst(list)
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
