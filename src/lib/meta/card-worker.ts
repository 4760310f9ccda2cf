/**
 * A worker thread's program (`drawCardsAhead`): draws and keeps each card it
 * is given that the build cache does not hold yet, in the order given, then
 * reports how many it drew. Plain Node: it runs from the source, not the bundle.
 */
import { existsSync, readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { keptCardFile, socialCardPng, type CardText } from './social-card.ts';

// The lowest priority for this thread alone (on Linux a thread's id names it to setpriority): the build's own
// thread, the bottleneck, keeps its core, and this one takes what is left. Elsewhere it runs as it is.
try {
  setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), 19);
} catch {
  // No /proc: the thread keeps the process's priority.
}

let drawn = 0;
for (const card of (workerData as { cards: CardText[] }).cards) {
  // The build draws from the other end: whatever it reached first is kept already.
  if (existsSync(keptCardFile(card))) continue;
  await socialCardPng(card);
  drawn++;
}
parentPort?.postMessage(drawn);
