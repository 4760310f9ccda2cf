/**
 * Export of a list of search results as CSV, BibTeX, RIS or JSON: pure
 * functions, run in the browser over every hit. The citation formats reuse
 * the per-story BibTeX and RIS code, so an exported entry is the one the
 * story page offers. Each file opens with (or, for RIS, notes on each record)
 * the query and filters that found the stories.
 */
import { bibtexEntry } from '../meta/bibtex.ts';
import { risRecord } from '../meta/ris.ts';
import type { StoryFacts } from '../meta/story.ts';
import { isoDay } from '../dates.ts';

export type ExportFormat = 'csv' | 'bibtex' | 'ris' | 'json';

/** One exported story: its facts, its permalink, and where the search found it. */
export interface ExportStory {
  story: StoryFacts;
  /** The story page, absolute. */
  url: string;
  /** The best-matching paragraph's link, absolute (`…/#p3`), when the match is in the body. */
  paragraphUrl?: string | undefined;
  /** The text around the best match. */
  snippet?: string | undefined;
}

/** What found the stories, written into the file. */
export interface ExportHeader {
  /** The archive's name. */
  archive: string;
  /** The query as searched ('' for none). */
  query: string;
  /** The filters in force, by URL parameter: `{ outlet: 'the-new-york-times', from: '2023-09-01' }`. */
  filters: Record<string, string>;
  sort: string;
  /** The search page URL that gives these results, absolute. */
  searchUrl: string;
  /** When the export was made, ISO 8601. */
  generated: string;
}

/** The header in words, one line each. */
export function headerLines(header: ExportHeader, count: number): string[] {
  const filters = Object.entries(header.filters).filter(([, value]) => value);
  return [
    `${header.archive}: ${count} search ${count === 1 ? 'result' : 'results'}`,
    `Query: ${header.query ? `"${header.query}"` : '(none)'}`,
    `Filters: ${filters.length ? filters.map(([key, value]) => `${key}=${value}`).join(', ') : '(none)'}`,
    `Sort: ${header.sort}`,
    `Search: ${header.searchUrl}`,
    `Exported: ${header.generated}`,
  ];
}

/** The CSV columns, in order. */
export const CSV_COLUMNS = ['headline', 'outlet', 'authors', 'date', 'permalink', 'paragraph_link', 'snippet'] as const;

/** A CSV field, quoted when RFC 4180 needs it (or when it would read as a comment line). */
const csvField = (value: string): string => (/[",\r\n]|^#/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/**
 * RFC 4180 CSV with CRLF line ends: `#` comment lines with the header (most
 * CSV readers skip them when told, e.g. Papa Parse's `comments: '#'`), then a
 * row of column names, then one row per story. Authors are joined by "; ".
 */
export function toCsv(stories: readonly ExportStory[], header: ExportHeader): string {
  const rows = stories.map(({ story, url, paragraphUrl, snippet }) => [
    story.data.title,
    story.data.outlet,
    story.data.authors.join('; '),
    isoDay(story.data.date),
    url,
    paragraphUrl ?? '',
    snippet ?? '',
  ]);
  return [
    ...headerLines(header, stories.length).map((line) => `# ${line.replace(/[\r\n]+/g, ' ')}`),
    CSV_COLUMNS.join(','),
    ...rows.map((row) => row.map(csvField).join(',')),
  ]
    .map((line) => `${line}\r\n`)
    .join('');
}

/** BibTeX: the header in an `@comment{…}`, then each story's `@article` entry. */
export function toBibtex(stories: readonly ExportStory[], header: ExportHeader): string {
  // Braces must balance inside @comment{…}; the header's text never needs them.
  const comment = headerLines(header, stories.length)
    .map((line) => line.replace(/[{}]/g, ''))
    .join('\n');
  return [`@comment{${comment}}\n`, ...stories.map(({ story, url }) => bibtexEntry(story, url, header.archive))].join(
    '\n',
  );
}

/** RIS: one record per story; RIS has no header, so each record notes the search that found it. */
export function toRis(stories: readonly ExportStory[], header: ExportHeader): string {
  const [, query, filters] = headerLines(header, stories.length);
  const note = `Found by searching ${header.archive} (${query}; ${filters}; ${header.generated}): ${header.searchUrl}`;
  return stories.map(({ story, url }) => risRecord(story, url, header.archive, [note])).join('\r\n');
}

/** JSON: the header's fields, then the stories with their match. */
export function toJson(stories: readonly ExportStory[], header: ExportHeader): string {
  return `${JSON.stringify(
    {
      archive: header.archive,
      query: header.query,
      filters: header.filters,
      sort: header.sort,
      searchUrl: header.searchUrl,
      generated: header.generated,
      total: stories.length,
      stories: stories.map(({ story, url, paragraphUrl, snippet }) => ({
        id: story.id,
        headline: story.data.title,
        headlineByArchive: story.data.titleByArchive,
        outlet: story.data.outlet,
        authors: story.data.authors,
        date: isoDay(story.data.date),
        webUrl: url,
        ...(paragraphUrl ? { paragraphUrl } : {}),
        ...(snippet ? { snippet } : {}),
      })),
    },
    null,
    2,
  )}\n`;
}

/** The file for a format: body, media type and file-name extension. */
export function exportFile(
  format: ExportFormat,
  stories: readonly ExportStory[],
  header: ExportHeader,
): { body: string; type: string; extension: string } {
  switch (format) {
    case 'csv':
      return { body: toCsv(stories, header), type: 'text/csv;charset=utf-8', extension: 'csv' };
    case 'bibtex':
      return { body: toBibtex(stories, header), type: 'application/x-bibtex;charset=utf-8', extension: 'bib' };
    case 'ris':
      return {
        body: toRis(stories, header),
        type: 'application/x-research-info-systems;charset=utf-8',
        extension: 'ris',
      };
    case 'json':
      return { body: toJson(stories, header), type: 'application/json;charset=utf-8', extension: 'json' };
  }
}
