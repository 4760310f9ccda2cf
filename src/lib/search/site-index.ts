/**
 * The archive's own search index, built once per build from the collection.
 */
import { articleUrl, getArticles } from '../articles.ts';
import { buildSearchIndex } from './build-index.ts';
import { toSearchDocument, type ThreadLookup } from './documents.ts';
import type { SearchIndexFiles } from './types.ts';

/** Where the endpoint under src/pages/search-index/ serves the files. */
export const SEARCH_INDEX_BASE = '/search-index/';

// Threads (src/lib/threads) plug in here: a lookup from story id to its thread.
const threadOf: ThreadLookup = () => undefined;

let cached: Promise<SearchIndexFiles> | undefined;

/** The index files for every story; computed once, shared by every route that asks. */
export function getSiteSearchIndex(): Promise<SearchIndexFiles> {
  cached ??= getArticles().then((articles) =>
    buildSearchIndex(
      articles.map((article) =>
        toSearchDocument(article, { url: articleUrl(article.id), thread: threadOf(article.id) }),
      ),
    ),
  );
  return cached;
}

/** `/search-index/manifest.<hash>.json`: the URL the search page hands to `createSearch`. */
export async function getManifestUrl(): Promise<string> {
  return `${SEARCH_INDEX_BASE}${(await getSiteSearchIndex()).manifest}`;
}
