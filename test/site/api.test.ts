import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { apiFiles, builtSchemaValidator } from '../helpers/api-schemas.ts';
import { isStoryPage, listPages } from '../helpers/dist.ts';
import { UPDATED } from '../helpers/archive-fixture.ts';
import { siteUrlFrom } from '../../src/lib/site-url.ts';

const ORIGIN = siteUrlFrom().replace(/\/$/, '');

type Json = Record<string, unknown> & { $schema?: string };
const read = (dir: string, path: string): Json => JSON.parse(readFileSync(join(dir, path), 'utf8')) as Json;
const local = (url: string) => new URL(url).pathname;

/** The invariants every build's API holds, whatever the content. */
function checkApi(dir: () => string) {
  it('validates every file against the schema it names, with a real JSON-Schema validator', () => {
    const schemaFor = builtSchemaValidator(dir());
    const files = apiFiles(dir()).filter((path) => !path.startsWith('/api/schemas/'));
    expect(files.length).toBeGreaterThan(5);
    const failures = files.flatMap((path) => {
      const json = read(dir(), path);
      if (!json.$schema) return [`${path}: names no $schema`];
      const validate = schemaFor(json.$schema);
      return validate(json) ? [] : [`${path}: ${JSON.stringify(validate.errors)}`];
    });
    expect(failures).toEqual([]);
  });

  it('has one file per story page, and the story index pages list every story once, newest first', () => {
    const pages = listPages(dir()).filter(isStoryPage);
    const ids = pages.map((path) => path.split('/')[2] ?? '');
    const files = apiFiles(dir()).filter((path) => /^\/api\/stories\/\d{4}-/.test(path));
    expect(files.map((path) => path.slice('/api/stories/'.length, -'.json'.length)).sort()).toEqual([...ids].sort());

    const listed: { id: string; date: string }[] = [];
    for (let url: string | null = `${ORIGIN}/api/stories/page-1.json`; url;) {
      const page = read(dir(), local(url)) as Json & { items: { id: string; date: string }[]; next: string | null };
      listed.push(...page.items);
      url = page.next;
    }
    expect(listed.map((item) => item.id).sort()).toEqual([...ids].sort());
    const dates = listed.map((item) => item.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("links only to files the build holds, and names outlets by the site's own URL segment", () => {
    const files = new Set(listPages(dir()).concat(apiFiles(dir())));
    const missing = apiFiles(dir()).flatMap((path) => {
      const text = readFileSync(join(dir(), path), 'utf8');
      return [...text.matchAll(/"(?:apiUrl|webUrl|first|last|next|prev)":"([^"#]+)/g)]
        .map((m) => local(m[1] ?? ''))
        .filter((target) => !files.has(target) && !files.has(target.replace(/\/$/, '/index.html')))
        .map((target) => `${path} → ${target}`);
    });
    expect(missing).toEqual([]);
  });
}

describe('the JSON API of the real archive', () => {
  const dir = () => inject('siteDir');
  checkApi(dir);

  it('counts the stories in the entry point as the listings do', () => {
    const root = read(dir(), '/api/index.json') as Json & { stories: number };
    const stories = listPages(dir()).filter(isStoryPage);
    expect(root.stories).toBe(stories.length);
  });
});

describe('the JSON API over the 45-story fixture', () => {
  const dir = () => inject('paginatedDir');
  checkApi(dir);

  it('counts each outlet and author as the fixture was written', () => {
    const outlets = read(dir(), '/api/outlets/page-1.json') as Json & { items: { slug: string; stories: number }[] };
    expect(outlets.items.map((item) => [item.slug, item.stories])).toEqual([
      ['fixture-daily', 22],
      ['the-example-herald', 23],
    ]);
    const authors = read(dir(), '/api/authors/page-1.json') as Json & { items: { slug: string; stories: number }[] };
    expect(authors.items.map((item) => [item.slug, item.stories])).toEqual([
      ['pat-example', 45],
      ['sam-sample', 15],
    ]);
    const sam = read(dir(), '/api/authors/sam-sample/page-1.json') as Json & { total: number; items: unknown[] };
    expect([sam.total, sam.items.length]).toEqual([15, 15]);
  });

  it('gives a story its paragraphs with their links on the story page', () => {
    const story = read(dir(), '/api/stories/2023-09-08-fixture-story-7.json') as Json & {
      paragraphs: { n: number; webUrl: string; text: string }[];
    };
    expect(story.paragraphs).toEqual([
      { n: 1, webUrl: `${ORIGIN}/articles/2023-09-08-fixture-story-7/#p1`, text: 'Story number 7 opens here.' },
      {
        n: 2,
        webUrl: `${ORIGIN}/articles/2023-09-08-fixture-story-7/#p2`,
        text: 'Its second paragraph, number 7, follows.',
      },
    ]);
  });
});

describe('the API of an archive with an updated story (archive fixture)', () => {
  it('lists every version of the updated story, oldest first, each at its own page', () => {
    const story = JSON.parse(
      readFileSync(join(inject('archiveDir'), 'api/stories', `${UPDATED.slug}.json`), 'utf8'),
    ) as { $schema: string; versions?: { date: string; webUrl: string }[] };
    const validate = builtSchemaValidator(inject('archiveDir'))(story.$schema);
    expect(validate(story), JSON.stringify(validate.errors)).toBe(true);
    expect(story.versions?.map((version) => version.date)).toEqual(UPDATED.versions.map((version) => version.archived));
    expect(story.versions?.map((version) => new URL(version.webUrl).pathname)).toEqual(
      UPDATED.versions.map((_, i) => `/articles/${UPDATED.slug}/v${i + 1}/`),
    );
  });
});
