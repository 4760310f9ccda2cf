/**
 * A worker thread's program (`drawCardsAhead`): draws and keeps each card it
 * is given that the build cache does not hold yet, in the order given, then
 * reports how many it drew. Plain Node: it runs from the source, not the bundle.
 */
import { existsSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { keptCardFile, socialCardPng, type CardText } from './social-card.ts';

let drawn = 0;
for (const card of (workerData as { cards: CardText[] }).cards) {
  // The build draws from the other end: whatever it reached first is kept already.
  if (existsSync(keptCardFile(card))) continue;
  await socialCardPng(card);
  drawn++;
}
parentPort?.postMessage(drawn);
