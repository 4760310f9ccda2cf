/**
 * The archive's own search index, built once per build from the collection.
 */
import { getStoryTexts } from '../articles.ts';
import { codeDigest, digestOf, keptJson } from '../build-cache.ts';
import { searchIndexPath, storyPath } from '../routes.ts';
import { buildIndexCore, searchIndexOf } from './build-index.ts';
import { getThreadIndex } from '../threads/site-threads.ts';
import { searchDocument } from './documents.ts';
import type { StoryExtra } from './story-extra.ts';
import type { SearchDocument, SearchIndexFiles } from './types.ts';

let cached: Promise<SearchIndexFiles> | undefined;

/**
 * The index files for every story; computed once, shared by every route that asks. All but the story
 * files are kept in the build cache under a digest of the documents and the code (`src/lib/`), and read
 * back by a build of the same archive (scoring every word of every story: 19 s of a warm 10,000-story build).
 */
export function getSiteSearchIndex(): Promise<SearchIndexFiles> {
  cached ??= Promise.all([getStoryTexts(), getThreadIndex()]).then(async ([texts, threads]) => {
    const docs = texts.map((text) => {
      const thread = threads.searchSummaryOf(text.id);
      const extra: StoryExtra | undefined = thread ? { thread } : undefined;
      return searchDocument(text, { url: storyPath(text.id), extra });
    });
    const core = await keptJson('search-index', searchIndexKey(docs), () => buildIndexCore(docs), { only: true });
    return searchIndexOf(docs, core);
  });
  return cached;
}

const code = codeDigest(['src/lib']);

/** What the index of `docs` depends on; undefined when the code cannot be read (no caching then). */
export function searchIndexKey(docs: readonly SearchDocument[]): string | undefined {
  if (code === undefined) return undefined;
  return digestOf(
    (function* () {
      yield code;
      for (const doc of docs) yield JSON.stringify(doc);
    })(),
  );
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
