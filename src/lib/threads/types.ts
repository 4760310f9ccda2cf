import type { AttributionMention } from './attribution.ts';

/** One story as thread finding reads it. */
export interface ThreadInput {
  /** The story's slug (its file name). */
  id: string;
  title: string;
  /** Canonical outlet name. */
  outlet: string;
  /** Publication day, `YYYY-MM-DD`. */
  date: string;
  /** Body paragraphs as plain text; entry i is the story page's `#p{i+1}`. */
  paragraphs: readonly string[];
}

/** A story in a thread, as listings show it. */
export interface ThreadMember {
  id: string;
  title: string;
  outlet: string;
  date: string;
  /** The story page, `/articles/<id>/`. */
  url: string;
}

/** One story crediting another with its reporting. */
export interface Citation {
  /** The citing (later) story. */
  from: ThreadMember;
  /** The cited story. */
  to: ThreadMember;
  /** Every phrase in `from` that credits `to`, in reading order. */
  mentions: Omit<AttributionMention, 'outlet'>[];
}

/** Stories from one or more outlets about one event. */
export interface Thread {
  /** Stable: the earliest story's id. */
  slug: string;
  /** `/threads/<slug>/` */
  url: string;
  /** Oldest first (ties by id). */
  members: ThreadMember[];
  /** Distinct outlets, in order of first coverage. */
  outlets: string[];
  /** Citations between members, oldest citing story first. */
  citations: Citation[];
  /**
   * The two stories the thread page reads side by side: a cited story and
   * the one citing it when there is one, else the two most similar stories
   * from different outlets (else the two most similar).
   */
  pair: [ThreadMember, ThreadMember];
}

/** Everything the pages and the search index ask about threads. */
export interface ThreadIndex {
  /** Newest thread (by its latest story) first. */
  threads: readonly Thread[];
  /** The thread a story belongs to; undefined for a story no other story retells. */
  threadOf(id: string): Thread | undefined;
  /** What a search hit shows: its thread's page and how many outlets covered the event. */
  searchSummaryOf(id: string): { url: string; outlets: number } | undefined;
  /** Stories this story credits ("Cites"). */
  cites(id: string): Citation[];
  /** Stories that credit this story ("Cited by"). */
  citedBy(id: string): Citation[];
  /** The story as it was given, for reading it side by side. */
  story(id: string): ThreadInput | undefined;
}
