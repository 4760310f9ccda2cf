import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { apiFiles, builtSchemaValidator } from '../helpers/api-schemas.ts';
import { listPages } from '../helpers/dist.ts';

const ORIGIN = (process.env['SITE_URL'] ?? 'http://localhost:4321').replace(/\/$/, '');

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
    const pages = listPages(dir()).filter((path) => path.startsWith('/articles/'));
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
    const stories = listPages(dir()).filter((path) => path.startsWith('/articles/'));
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
