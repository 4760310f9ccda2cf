import { readFileSync } from 'node:fs';
import { storyVersionsSource } from './archive/story-versions.ts';
import type { Article } from './articles.ts';
import { digestOf } from './build-cache.ts';
import { getThreadIndex } from './threads/site-threads.ts';
import type { Thread } from './threads/types.ts';

/**
 * The build key of a story's page and of its API file (Astro's incremental builds, astro.config.mjs):
 * everything they show besides the code and the config. That is the story file's bytes (frontmatter and
 * body), its versions, and its thread as computed (the other members' titles, outlets and days, the
 * citations): a correction to one story changes the key of every story in its thread, and only theirs.
 */
export function storyPageKeys(): Promise<(article: Article) => string> {
  keys ??= makeKeys();
  return keys;
}

let keys: Promise<(article: Article) => string> | undefined;

async function makeKeys(): Promise<(article: Article) => string> {
  const threads = await getThreadIndex();
  // A thread is serialized once, not once for each of its stories.
  const threadDigests = new WeakMap<Thread, string>();
  const threadDigest = (thread: Thread | undefined): string => {
    if (!thread) return '';
    let digest = threadDigests.get(thread);
    if (digest === undefined) threadDigests.set(thread, (digest = digestOf([JSON.stringify(thread)])));
    return digest;
  };
  // Two routes ask for each story's key: it is made once.
  const made = new Map<string, string>();
  return (article) => {
    const kept = made.get(article.id);
    if (kept !== undefined) return kept;
    if (!article.filePath) throw new Error(`Story ${article.id} has no source file in the content store.`);
    const key = digestOf([
      article.id,
      JSON.stringify(article.data),
      readFileSync(article.filePath, 'utf8'),
      storyVersionsSource(article.id),
      threadDigest(threads.threadOf(article.id)),
    ]);
    made.set(article.id, key);
    return key;
  };
}
