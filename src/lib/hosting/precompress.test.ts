import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { precompress } from './precompress.ts';

const work = mkdtempSync(join(tmpdir(), 'precompress-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A built site of two pages, as `astro build` leaves it. */
function site(name: string, pages: Record<string, string>): string {
  const dir = join(work, name);
  mkdirSync(dir);
  for (const [path, text] of Object.entries(pages)) writeFileSync(join(dir, path), text);
  return dir;
}

const page = (words: string) => `<!doctype html><p>${words.repeat(400)}</p>`;
const copies = (dir: string) =>
  readdirSync(dir)
    .filter((name) => /\.(gz|br)$/.test(name))
    .sort();
const unpacked = (dir: string, file: string) => [
  gunzipSync(readFileSync(join(dir, `${file}.gz`))).toString(),
  brotliDecompressSync(readFileSync(join(dir, `${file}.br`))).toString(),
];

describe('precompressed copies kept between builds', () => {
  const cache = join(work, 'cache');

  test('a rebuild gives the same copies, keeps only its own, and compresses what changed', async () => {
    const first = site('first', { 'a.html': page('alpha '), 'b.html': page('beta ') });
    expect(await precompress(first, cache)).toBe(2);
    expect(copies(first)).toEqual(['a.html.br', 'a.html.gz', 'b.html.br', 'b.html.gz']);
    expect(unpacked(first, 'a.html')).toEqual([page('alpha '), page('alpha ')]);
    expect(readdirSync(cache)).toHaveLength(4);

    // b changed: its copies are new and right, a's are the same bytes, and b's old ones leave the cache.
    const second = site('second', { 'a.html': page('alpha '), 'b.html': page('gamma ') });
    expect(await precompress(second, cache)).toBe(2);
    expect(readFileSync(join(second, 'a.html.br'))).toEqual(readFileSync(join(first, 'a.html.br')));
    expect(readFileSync(join(second, 'a.html.gz'))).toEqual(readFileSync(join(first, 'a.html.gz')));
    expect(unpacked(second, 'b.html')).toEqual([page('gamma '), page('gamma ')]);
    expect(readdirSync(cache)).toHaveLength(4);
    expect(readdirSync(cache).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  test('without a cache, the copies are the same bytes', async () => {
    const plain = site('plain', { 'a.html': page('alpha '), 'b.html': page('gamma ') });
    await precompress(plain);
    for (const name of copies(plain)) {
      expect(readFileSync(join(plain, name)), name).toEqual(readFileSync(join(work, 'second', name)));
    }
  });
});
