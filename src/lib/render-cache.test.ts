import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';

// CACHE_DIR is read when the module loads: point it at a fresh folder first.
const cacheDir = mkdtempSync(join(tmpdir(), 'render-cache-'));
vi.stubEnv('ARCHIVE_CACHE_DIR', cacheDir);
const { cachedRender } = await import('./render-cache.ts');
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(cacheDir, { recursive: true, force: true });
});

describe('the rendered-body cache', () => {
  test('renders a source once, then answers from the cache with the same value', async () => {
    const make = vi.fn(() => Promise.resolve({ html: '<p id="p1">One.</p>', readingMinutes: 1 }));
    const first = await cachedRender('story-a\0One.', make);
    const second = await cachedRender('story-a\0One.', make);
    expect(second).toEqual(first);
    expect(make).toHaveBeenCalledTimes(1);
    const files = readdirSync(join(cacheDir, 'rendered-bodies'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^[0-9a-f]{64}\.json$/);
    expect(JSON.parse(readFileSync(join(cacheDir, 'rendered-bodies', files[0] ?? ''), 'utf8'))).toEqual(first);
  });

  test('renders again when a single byte of the source changes', async () => {
    const make = vi.fn(() => Promise.resolve({ html: '<p>Two!</p>', readingMinutes: 1 }));
    await cachedRender('story-a\0One!', make);
    expect(make).toHaveBeenCalledTimes(1);
    expect(readdirSync(join(cacheDir, 'rendered-bodies')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
