import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { QUIET, TRICKY_LINES, UPDATED, VERBATIM } from '../helpers/archive-fixture.ts';
import { readPage, visibleText } from '../helpers/dist.ts';
import { siteUrlFrom } from '../../src/lib/site-url.ts';

// Exact expectations on the archive fixture (test/helpers/archive-fixture.ts), which the tests own.
const site = inject('archiveDir');
const ORIGIN = siteUrlFrom().replace(/\/$/, '');
const story = `/articles/${UPDATED.slug}/`;
const texts = (elements: HTMLElement[]) => elements.map((e) => visibleText(e));

describe('a story updated twice', () => {
  const page = readPage(site, story);

  it('keeps its permalink and first archive day, shows the latest text and says when it was updated', () => {
    const latest = UPDATED.versions[2]!;
    expect(visibleText(page.querySelector('h1')!)).toBe(latest.title);
    const body = page.querySelectorAll('.story__body > p').map((p) => {
      p.querySelector('.paragraph-link')?.remove();
      return visibleText(p);
    });
    expect(body).toEqual(latest.paragraphs);
    expect(visibleText(page.querySelector('.story__updated')!)).toBe(
      'Updated November 26, 2026: 3 versions, and what changed',
    );
    const provenance = page.querySelectorAll('.provenance dt').find((dt) => visibleText(dt) === 'Entered the archive');
    expect(visibleText(provenance!.nextElementSibling!)).toBe('November 24, 2026');
  });

  it('lists every version with its day and its own URL', () => {
    const items = page.querySelectorAll('#versions .versions__list li');
    expect(texts(items)).toEqual([
      'Version 1, entered the archive November 24, 2026',
      'Version 2, updated November 25, 2026',
      'Version 3, updated November 26, 2026 (latest)',
    ]);
    expect(items.map((li) => li.querySelector('a')?.getAttribute('href'))).toEqual(
      [1, 2, 3].map((n) => `${story}v${n}/`),
    );
  });

  it('shows what changed from the previous version, word by word', () => {
    const changes = page.querySelector('#versions .version-changes')!;
    expect(texts(changes.querySelectorAll('dt'))).toEqual(['Headline', 'Paragraph 3']);
    expect(changes.querySelectorAll('del').map((d) => d.textContent)).toEqual(['Votes on']);
    expect(changes.querySelectorAll('ins').map((i) => i.textContent)).toEqual([
      'Passes',
      'Correction: an earlier version of this story misstated the vote.',
    ]);
  });

  it('has a page for each version with that version’s text and its changes from the one before', () => {
    UPDATED.versions.forEach((version, i) => {
      const v = readPage(site, `${story}v${i + 1}/`);
      expect(visibleText(v.querySelector('h1')!)).toBe(version.title);
      expect(texts(v.querySelectorAll('.story__body > p'))).toEqual(version.paragraphs);
      expect(visibleText(v.querySelector('.story__version-note')!)).toContain(`Version ${i + 1} of 3`);
      expect(v.querySelector('#versions .version-changes') !== null).toBe(i > 0);
    });
    const v2 = readPage(site, `${story}v2/`);
    expect(v2.querySelectorAll('.version-changes del').map((d) => d.textContent)).toEqual(['2']);
    expect(v2.querySelectorAll('.version-changes ins').map((d) => d.textContent)).toEqual(['3']);
  });

  it('carries dateModified in its JSON-LD and its feeds', () => {
    const ld = page
      .querySelectorAll('script[type="application/ld+json"]')
      .map((s) => JSON.parse(s.textContent) as Record<string, unknown>)
      .find((node) => node['@type'] === 'NewsArticle');
    expect(ld).toMatchObject({ datePublished: '2024-05-04', dateModified: '2026-11-26' });
    // Its outlet's feeds, which hold the fixture's stories only: the archive's feeds may be full of newer ones.
    const feedPath = (name: string) => join(site, 'outlets/fixture-daily', name);
    const feed = JSON.parse(readFileSync(feedPath('feed.json'), 'utf8')) as { items: Record<string, unknown>[] };
    const item = feed.items.find((i) => i['url'] === `${ORIGIN}${story}`);
    expect(item?.['date_modified']).toBe('2026-11-26T00:00:00.000Z');
    expect(readFileSync(feedPath('rss.xml'), 'utf8')).toContain(
      '<atom:updated>2026-11-26T00:00:00.000Z</atom:updated>',
    );
  });

  it('a story never updated has no update note, no dateModified and one version page', () => {
    const quiet = readPage(site, `/articles/${QUIET.slug}/`);
    expect(quiet.querySelector('.story__updated')).toBeNull();
    expect(quiet.querySelector('#versions')).toBeNull();
    expect(quiet.innerHTML).not.toContain('dateModified');
    expect(texts(readPage(site, `/articles/${QUIET.slug}/v1/`).querySelectorAll('.story__body > p'))).toEqual(
      QUIET.paragraphs,
    );
  });
});

describe('a story whose lines look like Markdown', () => {
  it('shows every line exactly as written, as a paragraph, and nothing else', () => {
    const body = readPage(site, `/articles/${VERBATIM.slug}/`).querySelector('.story__body')!;
    const paragraphs = body.querySelectorAll(':scope > p').map((p) => {
      p.querySelector('.paragraph-link')?.remove();
      return p.textContent.trim();
    });
    expect(paragraphs).toEqual(VERBATIM.paragraphs);
    expect(paragraphs.slice(1)).toEqual(TRICKY_LINES);
    expect(body.childNodes.filter((n) => 'tagName' in n).map((n) => (n as HTMLElement).tagName)).toEqual(
      VERBATIM.paragraphs.map(() => 'P'),
    );
  });
});
