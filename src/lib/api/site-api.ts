/**
 * The archive's own API files, computed once per build from the collection
 * and shared by the endpoints under src/pages/api/. Each list is split into
 * pages of `API_PAGE_SIZE` here, once; an endpoint only serializes its page.
 */
import { API_PAGE_SIZE, SITE_DESCRIPTION, SITE_TITLE } from '../../consts.ts';
import { getArticles, getStoryText, type Article } from '../articles.ts';
import { byAuthor, byOutlet, type Group } from '../grouping.ts';
import { getThreadIndex } from '../threads/site-threads.ts';
import { isoDay } from '../dates.ts';
import {
  absoluteUrl,
  apiGroupListPath,
  apiGroupPath,
  apiSchemaPath,
  apiStoriesPath,
  groupPath,
  type ApiGroupKind as GroupKind,
} from '../routes.ts';
import { storyVersions } from '../archive/story-versions.ts';
import { keyedByProps } from '../page-key.ts';
import {
  groupListPages,
  groupSummary,
  pageList,
  storyRecord,
  storySummary,
  type ApiGroupSummary,
  type ApiPage,
  type ApiRoot,
  type ApiStory,
  type ApiStorySummary,
} from './records.ts';
import { SCHEMAS } from './schemas.ts';

const abs = absoluteUrl;

/** `getStaticPaths` entries for the pages of a list: `[n]` is the page number. */
const pagePaths = <T>(pages: ApiPage<T>[]) =>
  keyedByProps(pages.map((page) => ({ params: { n: String(page.currentPage) }, props: { page } })));

/** The pages of every story, newest first. */
export async function storiesPagePaths(site: URL) {
  const summaries = (await getArticles()).map((article) => storySummary(article, site));
  return pagePaths(pageList(summaries, API_PAGE_SIZE, apiStoriesPath, 'story-page', site));
}

/**
 * One story's file: metadata, paragraphs, versions and thread. Made when the file is written (the route's
 * paths carry only the story): every record at once, held for the whole build, was the archive's text again.
 */
export async function storyFile(article: Article, site: URL): Promise<ApiStory> {
  const [threads, { paragraphs }] = await Promise.all([getThreadIndex(), getStoryText(article.id)]);
  return storyRecord(
    article,
    {
      paragraphs,
      source: article.data.source,
      versions: storyVersions(article.id).map(({ number, created }) => ({ number, created: isoDay(created) })),
      thread: threads.threadOf(article.id),
    },
    site,
  );
}

const groupsOf = async (kind: GroupKind): Promise<Group<Article>[]> =>
  (kind === 'outlets' ? byOutlet : byAuthor)(await getArticles());

/** The pages of the outlet or author list, by name. */
export async function groupListPaths(kind: GroupKind, site: URL) {
  const summaries: ApiGroupSummary[] = (await groupsOf(kind)).map((group) =>
    groupSummary(kind, group.label, group.items, site),
  );
  return pagePaths(groupListPages(kind, summaries, API_PAGE_SIZE, site));
}

/** The pages of each outlet's or author's stories: `[group]` is the slug the site's own URLs use. */
export async function groupPagePaths(kind: GroupKind, site: URL) {
  return (await groupsOf(kind)).flatMap((group) => {
    const summaries: ApiStorySummary[] = group.items.map((article) => storySummary(article, site));
    const pages = pageList(summaries, API_PAGE_SIZE, (n) => apiGroupPath(kind, group.key, n), 'group-story-page', site);
    const webUrl = abs(groupPath(kind, group.key), site);
    return keyedByProps(
      pages.map((page) => ({
        params: { group: group.key, n: String(page.currentPage) },
        props: { page: { ...page, group: { kind, name: group.label, slug: group.key, webUrl } } },
      })),
    );
  });
}

/** The entry point, `/api/index.json`. */
export async function apiRoot(site: URL): Promise<ApiRoot> {
  const articles = await getArticles();
  return {
    $schema: abs(apiSchemaPath('root'), site),
    name: SITE_TITLE,
    description: SITE_DESCRIPTION,
    stories: articles.length,
    firstDate: articles.length ? isoDay((articles.at(-1) as Article).data.date) : null,
    lastDate: articles[0] ? isoDay(articles[0].data.date) : null,
    links: {
      stories: abs(apiStoriesPath(1), site),
      outlets: abs(apiGroupListPath('outlets', 1), site),
      authors: abs(apiGroupListPath('authors', 1), site),
    },
    schemas: Object.fromEntries(Object.keys(SCHEMAS).map((name) => [name, abs(apiSchemaPath(name), site)])),
  };
}

/** Every schema, one file each. */
export const schemaPaths = (site: URL) =>
  Object.entries(SCHEMAS).map(([name, schema]) => ({
    params: { name },
    props: { schema: { $id: abs(apiSchemaPath(name), site), ...schema } },
  }));

/** A JSON file response, compact (pipe it through `jq` to read it). */
export const jsonResponse = (value: unknown): Response =>
  new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json; charset=utf-8' } });
