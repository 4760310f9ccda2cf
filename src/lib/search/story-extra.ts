/**
 * What the archive hands the search engine about each story
 * (`SearchDocument.extra`) and reads back off its hits: the engine carries it
 * without looking inside.
 */
export interface StoryExtra {
  /** The story's thread, when other outlets covered the same event (see src/lib/threads). */
  thread?: { url: string; outlets: number };
}

/** The thread of a hit's `extra`, if it holds a well-formed one: hits arrive as data over the network. */
export function threadOfExtra(extra: unknown): { url: string; outlets: number } | undefined {
  if (typeof extra !== 'object' || extra === null || !('thread' in extra)) return undefined;
  const { thread } = extra;
  if (typeof thread !== 'object' || thread === null || !('url' in thread) || !('outlets' in thread)) return undefined;
  const { url, outlets } = thread;
  return typeof url === 'string' && typeof outlets === 'number' ? { url, outlets } : undefined;
}
