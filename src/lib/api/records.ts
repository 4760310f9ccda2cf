/**
 * The records the static JSON API publishes, built from plain story facts so
 * that tests need no Astro. Field names follow what researchers know from the
 * Guardian's content API (`webUrl`, `apiUrl`, `total`, `pageSize`,
 * `currentPage`, `pages`, `startIndex`) and Chronicling America (`items`).
 * Every URL is absolute against the site; the shapes are described by the
 * JSON Schemas in `schemas.ts`.
 */
import { isoDay } from '../dates.ts';
import type { StoryFacts } from '../meta/story.ts';
import {
  absoluteUrl,
  apiGroupListPath,
  apiGroupPath,
  apiSchemaPath,
  apiStoryPath,
  citationPath,
  groupPath,
  paragraphPath,
  storyPath,
  versionPath,
  type ApiGroupKind as GroupKind,
} from '../routes.ts';
import { slugify } from '../slug.ts';

/** An outlet or author as a story names it, with where to read more. */
export interface ApiGroupRef {
  name: string;
  /** The URL segment the site's own pages use (`the-new-york-times`). */
  slug: string;
  /** The site's listing page. */
  webUrl: string;
  /** The first page of its stories in the API. */
  apiUrl: string;
}

/** A story as the paged indexes list it. */
export interface ApiStorySummary {
  /** The permanent slug (the story file's name). */
  id: string;
  /** The story page: the permalink to cite. */
  webUrl: string;
  /** This story's own API file. */
  apiUrl: string;
  headline: string;
  /** True when the archive wrote the headline (the copy carried none). */
  headlineByArchive: boolean;
  /** The lede, without its dateline. */
  description: string;
  /** Publication day, `YYYY-MM-DD`. */
  date: string;
  outlet: ApiGroupRef;
  authors: ApiGroupRef[];
  dateline?: string;
  /** The day the copy entered the archive. */
  archived?: string;
  /** The story's citation files. */
  citation: { bibtex: string; ris: string };
}

/** One body paragraph, addressable on the story page. */
export interface ApiParagraph {
  /** 1-based. */
  n: number;
  /** The paragraph's link on the story page (`…/#p3`). */
  webUrl: string;
  text: string;
}

/** A story in a thread. */
export interface ApiThreadMember {
  id: string;
  headline: string;
  outlet: string;
  date: string;
  webUrl: string;
  apiUrl: string;
}

/** One story's file. */
export interface ApiStory extends ApiStorySummary {
  $schema: string;
  paragraphs: ApiParagraph[];
  /** The raw original's file name, when the story was imported from one. */
  source?: string;
  /** Other outlets' coverage of the same event, or null. */
  thread: { webUrl: string; outlets: string[]; stories: ApiThreadMember[] } | null;
  /** Every version of a copy that was updated (oldest first), each at its own page; absent for one version. */
  versions?: { date: string; webUrl?: string; note?: string }[];
}

/** A page of a paged list, newest first (stories) or by name (outlets, authors). */
export interface ApiPage<T> {
  $schema: string;
  /** Items in the whole list. */
  total: number;
  pageSize: number;
  /** 1-based. */
  currentPage: number;
  pages: number;
  /** 1-based position of this page's first item in the list (0 when the list is empty). */
  startIndex: number;
  first: string;
  last: string;
  prev: string | null;
  next: string | null;
  /** The outlet or author whose stories these are (group pages only). */
  group?: { kind: GroupKind; name: string; slug: string; webUrl: string };
  items: T[];
}

/** An outlet or author as the group lists show it. */
export interface ApiGroupSummary extends ApiGroupRef {
  /** Stories in the archive. */
  stories: number;
  /** Oldest and newest publication days. */
  firstDate: string;
  lastDate: string;
}

/** The API's entry point. */
export interface ApiRoot {
  $schema: string;
  name: string;
  description: string;
  stories: number;
  firstDate: string | null;
  lastDate: string | null;
  /** First pages of the paged lists. */
  links: { stories: string; outlets: string; authors: string };
  /** Every schema, by name. */
  schemas: Record<string, string>;
}

const abs = absoluteUrl;
const storyPageUrl = (id: string, site: URL | string) => abs(storyPath(id), site);

/** Where a group is, on the site and in the API. */
export function groupRef(kind: GroupKind, name: string, site: URL | string): ApiGroupRef {
  const slug = slugify(name);
  return { name, slug, webUrl: abs(groupPath(kind, slug), site), apiUrl: abs(apiGroupPath(kind, slug, 1), site) };
}

/** A story as the indexes list it. */
export function storySummary(story: StoryFacts, site: URL | string): ApiStorySummary {
  const { data } = story;
  return {
    id: story.id,
    webUrl: storyPageUrl(story.id, site),
    apiUrl: abs(apiStoryPath(story.id), site),
    headline: data.title,
    headlineByArchive: data.titleByArchive,
    description: data.description,
    date: isoDay(data.date),
    outlet: groupRef('outlets', data.outlet, site),
    authors: data.authors.map((author) => groupRef('authors', author, site)),
    ...(data.dateline ? { dateline: data.dateline } : {}),
    ...(data.archived ? { archived: isoDay(data.archived) } : {}),
    citation: {
      bibtex: abs(citationPath(story.id, 'bib'), site),
      ris: abs(citationPath(story.id, 'ris'), site),
    },
  };
}

/** What a story file adds to its summary. */
export interface StoryDetails {
  /** Body paragraphs as plain text, in the story page's order. */
  paragraphs: readonly string[];
  source?: string | undefined;
  /** The versions the archive keeps, oldest first: `number` and the day each entered the archive. */
  versions?: readonly { number: number; created: string }[] | undefined;
  thread?:
    | {
        url: string;
        outlets: readonly string[];
        members: readonly { id: string; title: string; outlet: string; date: string }[];
      }
    | undefined;
}

/** One story's API file. */
export function storyRecord(story: StoryFacts, details: StoryDetails, site: URL | string): ApiStory {
  const summary = storySummary(story, site);
  const { thread } = details;
  return {
    $schema: abs(apiSchemaPath('story'), site),
    ...summary,
    paragraphs: details.paragraphs.map((text, i) => ({
      n: i + 1,
      webUrl: abs(paragraphPath(story.id, i + 1), site),
      text,
    })),
    ...(details.source ? { source: details.source } : {}),
    ...(details.versions && details.versions.length > 1
      ? {
          versions: details.versions.map((version) => ({
            date: version.created,
            webUrl: abs(versionPath(story.id, version.number), site),
            note: `version ${version.number}`,
          })),
        }
      : {}),
    thread: thread
      ? {
          webUrl: abs(thread.url, site),
          outlets: [...thread.outlets],
          stories: thread.members.map((member) => ({
            id: member.id,
            headline: member.title,
            outlet: member.outlet,
            date: member.date,
            webUrl: storyPageUrl(member.id, site),
            apiUrl: abs(apiStoryPath(member.id), site),
          })),
        }
      : null,
  };
}

/**
 * Splits a list into pages of `pageSize`, each knowing its neighbours.
 * `pathOf(n)` is page n's path; an empty list still has one (empty) page.
 */
export function pageList<T>(
  items: readonly T[],
  pageSize: number,
  pathOf: (n: number) => string,
  schema: string,
  site: URL | string,
): ApiPage<T>[] {
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  const url = (n: number) => abs(pathOf(n), site);
  return Array.from({ length: pages }, (_, i) => {
    const n = i + 1;
    const slice = items.slice(i * pageSize, n * pageSize);
    return {
      $schema: abs(apiSchemaPath(schema), site),
      total: items.length,
      pageSize,
      currentPage: n,
      pages,
      startIndex: slice.length ? i * pageSize + 1 : 0,
      first: url(1),
      last: url(pages),
      prev: n > 1 ? url(n - 1) : null,
      next: n < pages ? url(n + 1) : null,
      items: slice,
    };
  });
}

/** The summary of an outlet or author over its stories (newest first, as the groups hold them). */
export function groupSummary(
  kind: GroupKind,
  name: string,
  stories: readonly StoryFacts[],
  site: URL | string,
): ApiGroupSummary {
  const days = stories.map((story) => isoDay(story.data.date));
  return {
    ...groupRef(kind, name, site),
    stories: stories.length,
    firstDate: days.at(-1) ?? '',
    lastDate: days[0] ?? '',
  };
}

/** The pages of the outlet or author list. */
export const groupListPages = (
  kind: GroupKind,
  groups: readonly ApiGroupSummary[],
  pageSize: number,
  site: URL | string,
): ApiPage<ApiGroupSummary>[] => pageList(groups, pageSize, (n) => apiGroupListPath(kind, n), 'group-list-page', site);
