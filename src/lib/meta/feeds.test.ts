import { describe, expect, it } from 'vitest';
import { absolutizeLinks, escapeXml } from './feed-content.ts';
import { feedPath } from '../routes.ts';
import { feedLinks, jsonFeed, rssChannelData, rssItems } from './feeds.ts';
import { KIM_STORY, PUTIN_STORY } from './real-stories.fixture.ts';

const SITE = 'https://archive.example/';
const html =
  '<p id="p1">Text. <a class="paragraph-link" href="#p1">¶</a> <a href="/outlets/x/">x</a> <a href="https://nyt.com/a?b=1&amp;c=2">o</a></p>';

describe('feed content', () => {
  it('makes paragraph and site links absolute and leaves others alone', () => {
    expect(absolutizeLinks(html, `${SITE}articles/a/`)).toBe(
      '<p id="p1">Text. <a class="paragraph-link" href="https://archive.example/articles/a/#p1">¶</a> <a href="https://archive.example/outlets/x/">x</a> <a href="https://nyt.com/a?b=1&amp;c=2">o</a></p>',
    );
  });

  it('escapes XML', () => {
    expect(escapeXml(`A & B <c> "d" 'e'`)).toBe('A &amp; B &lt;c&gt; &quot;d&quot; &apos;e&apos;');
  });
});

describe('feeds', () => {
  const entries = [
    { story: PUTIN_STORY, html },
    { story: KIM_STORY, html },
  ];

  it('gives each RSS item its permalink, date, authors and full body', () => {
    const [putin, kim] = rssItems(entries, SITE);
    expect(kim).toMatchObject({
      link: `${SITE}articles/${KIM_STORY.id}/`,
      pubDate: KIM_STORY.data.date,
      title: KIM_STORY.data.title,
      categories: ['The New York Times'],
      customData: '<dc:creator>Edward Wong</dc:creator><dc:creator>Julian E. Barnes</dc:creator>',
    });
    expect(putin?.content).toContain(`href="${SITE}articles/${PUTIN_STORY.id}/#p1"`);
    expect(rssChannelData({ title: 't', description: 'd', homePageUrl: SITE, feedUrl: `${SITE}rss.xml` })).toContain(
      '<atom:link href="https://archive.example/rss.xml" rel="self"',
    );
  });

  it('writes a JSON Feed 1.1 with every item complete', () => {
    const channel = { title: 'T', description: 'D', homePageUrl: SITE, feedUrl: `${SITE}feed.json` };
    const feed = jsonFeed(channel, entries, SITE) as { version: string; items: Record<string, unknown>[] };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items[1]).toEqual({
      id: `${SITE}articles/${KIM_STORY.id}/`,
      url: `${SITE}articles/${KIM_STORY.id}/`,
      title: KIM_STORY.data.title,
      summary: KIM_STORY.data.description,
      content_html: absolutizeLinks(html, `${SITE}articles/${KIM_STORY.id}/`),
      image: `${SITE}og/articles/${KIM_STORY.id}.png`,
      date_published: '2023-09-04T00:00:00.000Z',
      authors: [
        { name: 'Edward Wong', url: `${SITE}authors/edward-wong/` },
        { name: 'Julian E. Barnes', url: `${SITE}authors/julian-e-barnes/` },
      ],
      tags: ['The New York Times'],
    });
  });

  it('places and advertises the site feeds and each outlet’s', () => {
    expect(feedPath('rss')).toBe('/rss.xml');
    expect(feedPath('json', 'the-new-york-times')).toBe('/outlets/the-new-york-times/feed.json');
    expect(feedLinks(SITE, 'Archive', 'The New York Times').map((l) => l.href)).toEqual([
      `${SITE}rss.xml`,
      `${SITE}feed.json`,
      `${SITE}outlets/the-new-york-times/rss.xml`,
      `${SITE}outlets/the-new-york-times/feed.json`,
    ]);
    expect(feedLinks(SITE, 'Archive')).toHaveLength(2);
  });
});
