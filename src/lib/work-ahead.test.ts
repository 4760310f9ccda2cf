import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// A cache of its own: the worker makes into it, and nothing an earlier run kept is read.
const cache = mkdtempSync(join(tmpdir(), 'work-ahead-'));
vi.stubEnv('ARCHIVE_CACHE_DIR', cache);
const { keptCardFile, socialCardPng } = await import('./meta/social-card.ts');
const { isStoryBodyKept, renderStoryBody } = await import('./story-body.ts');
const { workAhead } = await import('./work-ahead.ts');

const card = (headline: string) => ({
  headline,
  footer: 'The Daily Ledger · September 4, 2023',
  siteName: 'The Wire Archive',
});

/** A story file of its own, in a folder of its own. */
function storyFile(id: string, body: string) {
  const filePath = join(mkdtempSync(join(tmpdir(), 'work-ahead-story-')), `${id}.md`);
  writeFileSync(filePath, `---\ntitle: ${id}\n---\n\n${body}\n`);
  return { id, filePath };
}

const bodiesKept = () => new Set(readdirSync(join(cache, 'rendered-bodies')));

describe('work done ahead of the build', () => {
  it('renders the bodies and draws the cards the cache lacks in a worker thread, as the build would', async () => {
    const keptStory = storyFile('kept', 'WASHINGTON – Lawmakers met on Monday.');
    const stories = [
      keptStory,
      storyFile(
        'first',
        'SEOUL – “We will not,” she said.\n\nA second paragraph, with [a link](https://example.org/).',
      ),
      storyFile('second', 'MOSCOW – The talks ended without a statement.'),
    ];
    const keptCard = card('Senate committee advances water rights bill');
    const cards = [
      keptCard,
      card('Storm closes the coast road for a second day'),
      card('Госдума приняла закон о воде'),
    ];
    await renderStoryBody(keptStory);
    await socialCardPng(keptCard);
    const before = bodiesKept();

    // Only what the cache lacked is made: two bodies, two cards.
    expect(await workAhead(stories, cards)).toEqual({ bodies: 2, cards: 2 });
    for (const story of stories) expect(isStoryBodyKept(story), story.id).toBe(true);

    // Made again by this thread, from nothing: the same render and the same bytes as the worker kept.
    const byWorker = [...bodiesKept()].filter((name) => !before.has(name));
    expect(byWorker).toHaveLength(2);
    // Kept as `keptJson` writes a value: its JSON text.
    const workerRenders = byWorker.map((name) => readFileSync(join(cache, 'rendered-bodies', name), 'utf8'));
    for (const name of byWorker) rmSync(join(cache, 'rendered-bodies', name));
    const fresh = await Promise.all(stories.slice(1).map((story) => renderStoryBody(story)));
    expect(fresh[0]?.html).toContain('id="p2"');
    expect(new Set(workerRenders)).toEqual(new Set(fresh.map((render) => JSON.stringify(render))));
    for (const text of cards.slice(1)) {
      const file = keptCardFile(text);
      const drawn = readFileSync(file);
      rmSync(file);
      expect(Buffer.from(await socialCardPng(text)).equals(drawn), text.headline).toBe(true);
      expect(existsSync(file)).toBe(true);
    }

    // Once a process: asked again, it hands back the first answer and starts no second worker.
    expect(await workAhead([], [card('Another headline')])).toEqual({ bodies: 2, cards: 2 });
  });
});
