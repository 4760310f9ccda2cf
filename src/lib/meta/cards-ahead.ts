/**
 * Share cards drawn ahead of their route, on the core the build leaves idle.
 *
 * Astro renders pages on one thread, route after route (the card route comes
 * after the story pages and citations), and that thread is the build's
 * bottleneck: before this, the second core was about 0.3 busy during the
 * pages, while the cards cost ~4 ms of main-thread CPU each. So as soon as
 * the build knows the stories (`getArticles`, during the archive-wide pass
 * before the first page), one worker thread, at the lowest priority, starts
 * drawing the cards the build cache lacks, from the last card back, into the
 * same cache `socialCardPng` reads. When the route's turn comes the build
 * reads every card the worker kept and draws any it has not reached, from the
 * first card on; a card both happen to draw is the same bytes, written whole
 * under a name of its own, then renamed. Nothing waits for the worker.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { keptCardFile, type CardText } from './social-card.ts';

// The worker runs the source with Node's own TypeScript support: the build's bundle has no file of its own for it.
const PROGRAM = join(process.cwd(), 'src', 'lib', 'meta', 'card-worker.ts');

let started: Promise<number> | undefined;

/**
 * Starts drawing the `cards` the build cache lacks in a worker thread (once a
 * process); resolves to how many it drew, 0 when none were missing or the
 * worker's program is not where the build runs. The worker does not keep the
 * process alive.
 */
export function drawCardsAhead(cards: readonly CardText[]): Promise<number> {
  started ??= start(cards);
  return started;
}

function start(cards: readonly CardText[]): Promise<number> {
  const missing = cards.filter((card) => !existsSync(keptCardFile(card))).reverse();
  if (missing.length === 0 || !existsSync(PROGRAM)) return Promise.resolve(0);
  return new Promise((resolve, reject) => {
    const worker = new Worker(PROGRAM, { workerData: { cards: missing } });
    worker.unref();
    worker.once('message', (drawn: number) => resolve(drawn));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the share-card worker exited with code ${code}`));
    });
  });
}
