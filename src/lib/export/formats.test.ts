import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { KIM_STORY, PUTIN_STORY } from '../meta/real-stories.fixture.ts';
import type { StoryFacts } from '../meta/story.ts';
import {
  CSV_COLUMNS,
  exportFile,
  toBibtex,
  toCsv,
  toJson,
  toRis,
  type ExportHeader,
  type ExportStory,
} from './formats.ts';

const SITE = 'https://archive.example';
const ODD: StoryFacts = {
  id: '2023-09-06-odd',
  data: {
    title: 'Quotes "here", commas, {braces} & 50% — Zoë’s #1 story',
    titleByArchive: false,
    description: 'A lede,\nwith a line break.',
    date: new Date('2023-09-06'),
    authors: ['Zoë Ölçer', 'Martin Luther King Jr.', 'Ann-Marie O’Neil'],
    outlet: 'The Example Herald',
  },
};

const stories: ExportStory[] = [KIM_STORY, PUTIN_STORY, ODD].map((story, i) => ({
  story,
  url: `${SITE}/articles/${story.id}/`,
  ...(i === 1
    ? {}
    : { paragraphUrl: `${SITE}/articles/${story.id}/#p${i + 2}`, snippet: `…match "${i}", here,\nand on…` }),
}));

const header: ExportHeader = {
  archive: 'The Wire Archive',
  query: 'kim putin',
  filters: { outlet: 'the-new-york-times', author: '', from: '2023-09-01', to: '' },
  sort: 'relevance',
  searchUrl: `${SITE}/search/?q=kim+putin&outlet=the-new-york-times&from=2023-09-01`,
  generated: '2026-12-01T22:00:00.000Z',
};

describe('CSV export', () => {
  it('parses with Papa Parse into one row per story, every field intact, the search in its comment header', () => {
    const csv = toCsv(stories, header);
    expect(csv.split('\r\n').slice(0, 3)).toEqual([
      '# The Wire Archive: 3 search results',
      '# Query: "kim putin"',
      '# Filters: outlet=the-new-york-times, from=2023-09-01',
    ]);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, comments: '#', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.data).toEqual(
      stories.map(({ story, url, paragraphUrl, snippet }) => ({
        headline: story.data.title,
        outlet: story.data.outlet,
        authors: story.data.authors.join('; '),
        date: story.data.date.toISOString().slice(0, 10),
        permalink: url,
        paragraph_link: paragraphUrl ?? '',
        snippet: snippet ?? '',
      })),
    );
  });

  it('quotes a headline that starts with # so that it is not read as a comment', () => {
    const hash = { ...stories[2]!, story: { ...ODD, data: { ...ODD.data, title: '#MeToo at ten' } } };
    const parsed = Papa.parse<Record<string, string>>(toCsv([hash], header), {
      header: true,
      comments: '#',
      skipEmptyLines: true,
    });
    expect(parsed.data.map((row) => row['headline'])).toEqual(['#MeToo at ten']);
  });
});

describe('BibTeX export', () => {
  it('parses with a BibTeX parser into one @article per story, keyed by slug, the search in an @comment', () => {
    const bib = toBibtex(stories, header);
    const parsed = parseBibtex(bib);
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries.map((entry) => [entry.type, entry.key])).toEqual(
      stories.map(({ story }) => ['article', story.id]),
    );
    expect(parsed.entries.map((entry) => entry.fields['url'])).toEqual(stories.map(({ url }) => url));
    const odd = parsed.entries[2];
    expect(odd?.fields['title']).toBe(ODD.data.title);
    expect(odd?.fields['author']).toEqual([
      { lastName: 'Ölçer', firstName: 'Zoë' },
      { lastName: 'King', firstName: 'Martin Luther', suffix: 'Jr.' },
      { lastName: 'O’Neil', firstName: 'Ann-Marie' },
    ]);
    expect(parsed.comments.join('\n')).toContain('Query: "kim putin"');
    expect(parsed.comments.join('\n')).toContain(header.searchUrl);
  });
});

describe('RIS export', () => {
  it('parses with an RIS parser into one NEWS record per story, each noting the search', () => {
    const ris = toRis(stories, header);
    const records = parseRis(ris);
    expect(records.map((record) => [record.type, record.URL, record.title])).toEqual(
      stories.map(({ story, url }) => [
        'article-newspaper',
        url,
        story.data.titleByArchive ? `[${story.data.title}]` : story.data.title,
      ]),
    );
    expect(records[2]?.author?.map((author: { family?: string }) => author.family)).toEqual([
      'Ölçer',
      'King',
      'O’Neil',
    ]);
    // RIS writes "Last, First, Suffix"; this parser reads the third part BibTeX's way, so check the line itself.
    expect(ris).toContain('AU  - King, Martin Luther, Jr.\r\n');
    expect(
      ris.match(
        /^N1 {2}- Found by searching The Wire Archive \(Query: "kim putin"; Filters: outlet=the-new-york-times, from=2023-09-01; /gm,
      ),
    ).toHaveLength(3);
  });
});

describe('JSON export', () => {
  it('holds the search and every story', () => {
    const json = JSON.parse(toJson(stories, header)) as {
      query: string;
      filters: object;
      total: number;
      stories: { id: string; webUrl: string }[];
    };
    expect(json.query).toBe('kim putin');
    expect(json.filters).toEqual(header.filters);
    expect(json.total).toBe(3);
    expect(json.stories.map((story) => story.webUrl)).toEqual(stories.map(({ url }) => url));
  });

  it('names each format its type and extension', () => {
    expect(
      (['csv', 'bibtex', 'ris', 'json'] as const).map((format) => exportFile(format, stories, header).extension),
    ).toEqual(['csv', 'bib', 'ris', 'json']);
  });
});
