/**
 * Work done ahead of its route, on the core the build leaves idle: story
 * bodies rendered and share cards drawn into the build cache.
 *
 * Astro renders pages on one thread, route after route, and that thread is
 * the build's bottleneck: the second core sat idle through the archive-wide
 * pass and about 0.7 idle during the pages, while each story page spent ~2.4
 * ms in the Markdown pipeline and each card ~4 ms drawing. So as soon as the
 * build knows the stories (`getArticles`, before the first page), one worker
 * thread at the lowest priority renders the bodies the cache lacks (the story
 * pages come first), then draws the cards it lacks, each list from its last
 * item back, into the same caches `renderStoryBody` and `socialCardPng` read.
 * When a route's turn comes the build reads what the worker kept and makes
 * what it has not reached, from the first on; a value both happen to make is
 * the same bytes, written whole under a name per thread, then renamed.
 * Nothing waits for the worker.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CardText } from './meta/social-card.ts';
import type { StoryFile } from './story-body.ts';

/** What the worker made: bodies rendered and cards drawn (what the cache held already is not counted). */
export interface MadeAhead {
  bodies: number;
  cards: number;
}

// The worker runs the source with Node's own TypeScript support: the build's bundle has no file of its own for it.
const PROGRAM = join(process.cwd(), 'src', 'lib', 'work-ahead-thread.ts');

let started: Promise<MadeAhead> | undefined;

/**
 * Starts the worker (once a process) on these stories' bodies and these
 * cards, both in the order their routes take them; resolves to what it made,
 * nothing when the worker's program is not where the build runs. The worker
 * does not keep the process alive.
 */
export function workAhead(stories: readonly StoryFile[], cards: readonly CardText[]): Promise<MadeAhead> {
  started ??= start(stories, cards);
  return started;
}

function start(stories: readonly StoryFile[], cards: readonly CardText[]): Promise<MadeAhead> {
  if ((stories.length === 0 && cards.length === 0) || !existsSync(PROGRAM))
    return Promise.resolve({ bodies: 0, cards: 0 });
  // The build takes each list from the front; the worker from the back, and it skips what the cache holds.
  // Only the file's name goes: a story as the build holds it carries getters that cannot be cloned.
  const files: StoryFile[] = stories.map(({ id, filePath }) => ({ id, filePath })).reverse();
  return new Promise((resolve, reject) => {
    const worker = new Worker(PROGRAM, { workerData: { stories: files, cards: [...cards].reverse() } });
    worker.unref();
    worker.once('message', (made: MadeAhead) => resolve(made));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the work-ahead thread exited with code ${code}`));
    });
  });
}
