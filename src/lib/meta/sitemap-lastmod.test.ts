import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lastmodByPath, readDatedStories, sitemapSerializer } from './sitemap-lastmod.ts';

const d = (iso: string) => new Date(iso);
const stories = [
  {
    id: 'a',
    date: d('2023-09-04'),
    changed: d('2024-01-10'),
    outlet: 'The New York Times',
    authors: ['Ann Lee', 'Bo Park'],
  },
  { id: 'b', date: d('2023-10-01'), changed: d('2024-03-01'), outlet: 'Reuters', authors: ['Bo Park'] },
];

describe('lastmodByPath', () => {
  const lastmod = lastmodByPath(stories);

  it('dates a story by when it entered the archive', () => {
    expect(lastmod('/articles/a/')).toEqual(d('2024-01-10'));
  });

  it('dates every page of a listing by its newest story', () => {
    expect(lastmod('/outlets/the-new-york-times/')).toEqual(d('2024-01-10'));
    expect(lastmod('/outlets/the-new-york-times/2/')).toEqual(d('2024-01-10'));
    expect(lastmod('/authors/bo-park/')).toEqual(d('2024-03-01'));
    expect(lastmod('/archive/2023/09/')).toEqual(d('2024-01-10'));
  });

  it('dates every other page by the archive’s newest story', () => {
    expect(lastmod('/')).toEqual(d('2024-03-01'));
    expect(lastmod('/outlets/')).toEqual(d('2024-03-01'));
    expect(lastmod('/articles/unknown/')).toEqual(d('2024-03-01'));
  });
});

describe('reading the content folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lastmod-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'nested'));
  writeFileSync(
    join(dir, 'one.md'),
    '---\ntitle: "One"\ndate: 2023-09-04\nauthors:\n  - "Ann Lee"\noutlet: "Reuters"\narchived: 2024-02-02\n---\nText.\n',
  );
  writeFileSync(join(dir, 'nested', 'two.md'), '---\ndate: "2023-09-05"\nauthors: [Bo Park]\noutlet: AP\n---\nText.\n');
  writeFileSync(join(dir, 'broken.md'), '---\ntitle: no date\n---\n');

  it('reads dates and groups from the frontmatter, skipping files without them', () => {
    const found = readDatedStories(dir).sort((a, b) => a.id.localeCompare(b.id));
    expect(found).toEqual([
      { id: 'nested/two', date: d('2023-09-05'), changed: d('2023-09-05'), outlet: 'AP', authors: ['Bo Park'] },
      { id: 'one', date: d('2023-09-04'), changed: d('2024-02-02'), outlet: 'Reuters', authors: ['Ann Lee'] },
    ]);
  });

  it('serializes sitemap items with a day-precision lastmod', () => {
    const serialize = sitemapSerializer(dir, '/');
    expect(serialize({ url: 'https://archive.example/articles/one/' })).toEqual({
      url: 'https://archive.example/articles/one/',
      lastmod: '2024-02-02',
    });
  });

  it('reads the item URL under the site base path', () => {
    const serialize = sitemapSerializer(dir, '/wire/');
    expect(
      serialize<{ url: string; lastmod?: string }>({ url: 'https://archive.example/wire/articles/one/' }).lastmod,
    ).toBe('2024-02-02');
  });
});
