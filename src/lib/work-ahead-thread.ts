/**
 * A worker thread's program (`workAhead`): renders into the build cache each
 * story body it is given that the cache lacks, then draws each card it lacks,
 * in the order given, and reports how many of each. Plain Node: it runs from
 * the source, not the bundle.
 */
import { existsSync, readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { keptCardFile, socialCardPng, type CardText } from './meta/social-card.ts';
import { isStoryBodyKept, renderStoryBody, type StoryFile } from './story-body.ts';
import type { MadeAhead } from './work-ahead.ts';

// The lowest priority for this thread alone (on Linux a thread's id names it to setpriority): the build's own
// thread, the bottleneck, keeps its core, and this one takes what is left. Elsewhere it runs as it is.
try {
  setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), 19);
} catch {
  // No /proc: the thread keeps the process's priority.
}

const { stories, cards } = workerData as { stories: StoryFile[]; cards: CardText[] };
const made: MadeAhead = { bodies: 0, cards: 0 };
// The build works from the other end of each list: whatever it reached first is kept already.
for (const story of stories) {
  if (isStoryBodyKept(story)) continue;
  await renderStoryBody(story);
  made.bodies++;
}
for (const card of cards) {
  if (existsSync(keptCardFile(card))) continue;
  await socialCardPng(card);
  made.cards++;
}
parentPort?.postMessage(made);
