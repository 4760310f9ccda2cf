import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// A cache of its own: the worker draws into it, and nothing an earlier run kept is read.
vi.stubEnv('ARCHIVE_CACHE_DIR', mkdtempSync(join(tmpdir(), 'cards-ahead-')));
const { keptCardFile, socialCardPng } = await import('./social-card.ts');
const { drawCardsAhead } = await import('./cards-ahead.ts');

const card = (headline: string) => ({
  headline,
  footer: 'The Daily Ledger · September 4, 2023',
  siteName: 'The Wire Archive',
});

describe('share cards drawn ahead', () => {
  it('draws in a worker thread the cards the cache lacks, the same bytes the build draws', async () => {
    const kept = card('Senate committee advances water rights bill');
    const missing = [card('Storm closes the coast road for a second day'), card('Госдума приняла закон о воде')];
    await socialCardPng(kept);
    expect(existsSync(keptCardFile(kept))).toBe(true);

    // Only the two missing cards are drawn; the kept one is left as it is.
    expect(await drawCardsAhead([kept, ...missing])).toBe(2);
    for (const text of missing) {
      const file = keptCardFile(text);
      const byWorker = readFileSync(file);
      rmSync(file);
      // Drawn again by this thread, from nothing: byte for byte what the worker kept.
      expect(Buffer.from(await socialCardPng(text)).equals(byWorker), text.headline).toBe(true);
      expect(existsSync(file)).toBe(true);
    }
    // Once a process: asked again, it hands back the first answer and starts no second worker.
    expect(await drawCardsAhead([card('Another headline')])).toBe(2);
  });
});
