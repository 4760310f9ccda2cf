import { getStoryTexts } from '../articles.ts';
import { codeDigest, digestOf, keptJson } from '../build-cache.ts';
import { computeThreads, indexOfThreads } from './compute-threads.ts';
import type { ThreadIndex, ThreadInput } from './types.ts';

let cached: Promise<ThreadIndex> | undefined;

/**
 * The archive's threads, computed once per build from every story's text
 * (`getStoryTexts`) and shared by the story pages, the thread pages and the
 * search index. A story's thread for a search hit:
 * `(await getThreadIndex()).searchSummaryOf(id)`.
 *
 * The threads are kept in the build cache under a digest of every story's
 * text and of the code (`src/lib/`), and read back by a build of the same
 * archive: comparing every pair of stories in the date window is a whole
 * pass over the archive's text (27 s of a warm 10,000-story build).
 */
export function getThreadIndex(): Promise<ThreadIndex> {
  cached ??= getStoryTexts().then(async (texts) => {
    const threads = await keptJson('threads', threadsKey(texts), () => computeThreads(texts).threads, { only: true });
    return indexOfThreads(texts, threads);
  });
  return cached;
}

const code = codeDigest(['src/lib']);

/** What the threads of `stories` depend on; undefined when the code cannot be read (no caching then). */
export function threadsKey(stories: readonly ThreadInput[]): string | undefined {
  if (code === undefined) return undefined;
  return digestOf(
    (function* () {
      yield code;
      for (const { id, title, outlet, date, paragraphs } of stories) {
        yield* [id, title, outlet, date, String(paragraphs.length), ...paragraphs];
      }
    })(),
  );
}
