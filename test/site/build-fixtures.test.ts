import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { listPages, readPage, visibleText } from '../helpers/dist.ts';

describe('a listing past 20 stories', () => {
  // The global setup builds the archive over 45 generated stories (test/helpers/fixture-articles.ts).
  let site: string;
  beforeAll(() => {
    site = inject('paginatedDir');
  });

  it('splits the month into pages of 20 linked by rel=next/prev', () => {
    const pages = listPages(site);
    expect(pages).toContain('/archive/2023/09/');
    expect(pages).toContain('/archive/2023/09/2/');
    expect(pages).toContain('/archive/2023/09/3/');
    expect(pages).not.toContain('/archive/2023/09/4/');
    const first = readPage(site, '/archive/2023/09/');
    expect(first.querySelectorAll('.story-card')).toHaveLength(20);
    expect(visibleText(first.querySelector('.listing-count')!)).toBe('45 stories, showing 1–20');
    expect(first.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/archive/2023/09/2/');
    const last = readPage(site, '/archive/2023/09/3/');
    expect(last.querySelectorAll('.story-card')).toHaveLength(5);
    expect(last.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/archive/2023/09/2/');
    expect(visibleText(last.querySelector('.pagination')!)).toContain('Page 3 of 3');
  });

  it('paginates outlets and authors the same way, with counts on their indexes', () => {
    expect(readPage(site, '/outlets/the-example-herald/').querySelectorAll('.story-card')).toHaveLength(20);
    expect(readPage(site, '/outlets/the-example-herald/2/').querySelectorAll('.story-card')).toHaveLength(3);
    expect(listPages(site)).toContain('/authors/pat-example/3/');
    // Each index row: the name, then its count (and span and newest story).
    const factsOf = (path: string, name: string) => {
      const row = readPage(site, path)
        .querySelectorAll('.index-list li')
        .find((li) => visibleText(li.querySelector('.index-list__name')!) === name);
      return visibleText(row!.querySelector('.index-list__facts')!);
    };
    expect(factsOf('/outlets/', 'The Example Herald')).toMatch(/^23 stories/);
    expect(factsOf('/authors/', 'Sam Sample')).toMatch(/^15 stories/);
  });

  it('keeps the home page to the 20 newest, with a link to the rest', () => {
    const home = readPage(site, '/');
    expect(home.querySelectorAll('.story-card')).toHaveLength(20);
    expect(home.querySelector('.more a[href="/archive/"]')).not.toBeNull();
  });
});

describe('a malformed article', () => {
  const cases = [
    {
      field: 'date',
      frontmatter: 'date: "2023-02-30"',
      message: 'date: must be a real calendar day written YYYY-MM-DD',
    },
    // Unquoted, YAML reads a date and rolls it over to March 2: the check reads the text as written.
    { field: 'date', frontmatter: 'date: 2023-02-30', message: 'date: must be a real calendar day written YYYY-MM-DD' },
    { field: 'archived', frontmatter: 'archived: 2026-13-45', message: 'archived: must be a real calendar day' },
    { field: 'outlet', frontmatter: 'outlet: ""', message: 'outlet: must not be empty' },
    { field: 'authors', frontmatter: 'authors: []', message: 'authors: must name at least one author' },
  ];

  it.each(cases)('fails the build naming the file and the field ($field)', ({ field, frontmatter, message }) => {
    const dir = mkdtempSync(join(tmpdir(), 'fixture-bad-'));
    const good = {
      title: '"A headline"',
      description: '"A lede."',
      date: '2023-09-04',
      authors: '\n  - "Ann Lee"',
      outlet: '"The Example Herald"',
      archived: '2026-11-23',
    } as Record<string, string>;
    const lines = Object.entries(good).map(([key, value]) => (key === field ? frontmatter : `${key}: ${value}`));
    writeFileSync(join(dir, `2023-09-04-broken-${field}.md`), `---\n${lines.join('\n')}\n---\nBody.\n`);
    const build = buildSite({ contentDir: dir });
    rmSync(dirname(build.outDir), { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(`2023-09-04-broken-${field}.md`);
    expect(build.output).toContain(message);
  });
});
