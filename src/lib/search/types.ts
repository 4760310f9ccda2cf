/**
 * The search engine's public contract. The build calls `buildSearchIndex`,
 * the browser calls `createSearch(...).search`; the search page depends on
 * these types only, never on how the index is laid out.
 */

/** One story as the indexer receives it (plain text, verbatim). */
export interface SearchDocument {
  /** The story's slug (its file name), unique. */
  id: string;
  /** Permanent URL of the story page, `/articles/<id>/`. */
  url: string;
  title: string;
  authors: string[];
  outlet: string;
  /** Publication day, `YYYY-MM-DD`. */
  date: string;
  /** Body paragraphs as plain text; paragraph i (0-based) has the anchor `#p{i+1}` on the story page. */
  paragraphs: string[];
  /**
   * The site's own data about the story (for the archive, its thread), which
   * the engine stores with the story and hands back on each hit unread.
   */
  extra?: unknown;
}

/** The static files of a built index: the endpoint serves each under `/search-index/<path>`. */
export interface SearchIndexFiles {
  /** File name of the manifest the browser loads first, content-hashed (`manifest.<hash>.json`). */
  manifest: string;
  /**
   * Every file, manifest included; names carry a content hash so old and new never mix. A story file's
   * body is made when read (a getter), so that the index does not hold every story's text again.
   */
  files: { path: string; readonly body: string }[];
}

export type SortOrder = 'relevance' | 'date';

export interface SearchOptions {
  /** Only stories from this outlet (its display name, exactly as in `SearchHit.outlet`). */
  outlet?: string;
  /** Only stories with this author in the byline (the name exactly as in `SearchHit.authors`). */
  author?: string;
  /** Inclusive bounds, `YYYY-MM-DD`. */
  from?: string;
  to?: string;
  sort?: SortOrder;
  /** Most hits to return (default 20). */
  limit?: number;
  /** Hits to skip first, for the next page of results (default 0). */
  offset?: number;
}

/** A half-open `[start, end)` range of UTF-16 offsets into a string. */
export type Range = [start: number, end: number];

export interface SearchHit {
  id: string;
  url: string;
  title: string;
  outlet: string;
  authors: string[];
  date: string;
  score: number;
  /** Ranges of `title` that matched. */
  titleMatches: Range[];
  /** Text around the best-matching passage, with the ranges that matched. */
  snippet: { text: string; matches: Range[] };
  /** 1-based number of the best-matching paragraph (anchor `#p{n}`), if the match is in the body. */
  paragraph?: number;
  /**
   * Link that opens the story at the best paragraph with the words highlighted:
   * `/articles/<id>/#p3:~:text=…` (plain `#p3` where no text fragment applies).
   */
  href: string;
  /** The story's `SearchDocument.extra`, as it was given. */
  extra?: unknown;
}

export interface SearchResponse {
  query: string;
  /** How many stories matched (before `limit`). */
  total: number;
  hits: SearchHit[];
  /** The query's words as understood (normalized), and the terms each matched (forms, continuations, corrections). */
  terms: { input: string; matched: string[] }[];
  /** No story has every word: `total` and `hits` are the stories that have some of them, not matches. */
  partial?: boolean;
  /**
   * Misspelt words were corrected: `query` is what was searched ("Showing
   * results for …"), `asTyped` the query that searches the words as typed
   * (each corrected word quoted, so it must match exactly).
   */
  corrected?: { query: string; asTyped: string };
  /** Queries to offer ("Did you mean …") when a word matched nothing: that word respelt. Never searched. */
  suggestions?: string[];
}

/** The outlets and date span known to the index, for the filter controls. */
export interface SearchFacets {
  /** In the order to show them (by name); `slug` is the outlet's URL segment, as in `/outlets/<slug>/`. */
  outlets: { name: string; count: number; slug?: string }[];
  firstDate: string;
  lastDate: string;
}

export interface SearchClient {
  search(query: string, options?: SearchOptions): Promise<SearchResponse>;
  /** Loaded with the manifest: no extra request. */
  facets(): Promise<SearchFacets>;
  /** The most recent stories (for an empty query). */
  recent(options?: SearchOptions): Promise<SearchResponse>;
  /**
   * Every story the query matches, unfiltered (all stories for an empty
   * query): the day, outlet and authors of each, for timelines and facet
   * counts. Reads the story table only; no story file is fetched.
   */
  matches(query: string): Promise<SearchMatches>;
}

/** What `matches` answers. */
export interface SearchMatches {
  query: string;
  /** In the order `search` ranks them by relevance. */
  stories: { date: string; outlet: string; authors: string[] }[];
  /** Every outlet and author in the archive with its URL segment, by name. */
  outlets: { name: string; slug: string }[];
  authors: { name: string; slug: string }[];
}
