/**
 * The archive's own search index, built once per build from the collection.
 */
import { getStoryTexts } from '../articles.ts';
import { searchIndexPath, storyPath } from '../routes.ts';
import { buildSearchIndex } from './build-index.ts';
import { getThreadIndex } from '../threads/site-threads.ts';
import { searchDocument } from './documents.ts';
import type { StoryExtra } from './story-extra.ts';
import type { SearchIndexFiles } from './types.ts';

let cached: Promise<SearchIndexFiles> | undefined;

/** The index files for every story; computed once, shared by every route that asks. */
export function getSiteSearchIndex(): Promise<SearchIndexFiles> {
  cached ??= Promise.all([getStoryTexts(), getThreadIndex()]).then(([texts, threads]) =>
    buildSearchIndex(
      texts.map((text) => {
        const thread = threads.searchSummaryOf(text.id);
        const extra: StoryExtra | undefined = thread ? { thread } : undefined;
        return searchDocument(text, { url: storyPath(text.id), extra });
      }),
    ),
  );
  return cached;
}

/**
 * `/search-index/manifest.<hash>.json`, the URL the search page hands to `createSearch`, and the
 * manifest itself, which the page carries inline so that a first search starts one round trip sooner.
 */
export async function getManifest(): Promise<{ url: string; body: string }> {
  const { manifest, files } = await getSiteSearchIndex();
  const body = files.find((file) => file.path === manifest)?.body;
  if (body === undefined) throw new Error(`search index: the manifest ${manifest} is not among its files`);
  return { url: searchIndexPath(manifest), body };
}
