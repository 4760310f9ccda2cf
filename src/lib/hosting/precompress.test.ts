import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { earlyPrecompression, precompress } from './precompress.ts';

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
    expect(await precompress(first, cache)).toEqual({ files: 2, made: 4 });
    expect(copies(first)).toEqual(['a.html.br', 'a.html.gz', 'b.html.br', 'b.html.gz']);
    expect(unpacked(first, 'a.html')).toEqual([page('alpha '), page('alpha ')]);
    expect(readdirSync(cache)).toHaveLength(4);

    // b changed: its copies are new and right, a's are the same bytes, and b's old ones leave the cache.
    const second = site('second', { 'a.html': page('alpha '), 'b.html': page('gamma ') });
    // Only b's two copies are made; a's are linked from the cache.
    expect(await precompress(second, cache)).toEqual({ files: 2, made: 2 });
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

describe('copies made while the pages render', () => {
  test('the final pass finds what the early pass was handed, and makes only the rest', async () => {
    const cache = join(work, 'early-cache');
    const early = earlyPrecompression(cache);
    const body = (text: string) => new TextEncoder().encode(text).buffer;
    early.add('a.html', body(page('alpha ')));
    // A body that is not what lands on disk (or too small, or not text) leaves nothing the build keeps.
    early.add('stale.html', body(page('draft ')));
    early.add('tiny.html', body('<p>small</p>'));
    early.add('card.png', body(page('pixels ')));
    expect(await early.drain()).toBe(2);

    const built = site('early', { 'a.html': page('alpha '), 'b.html': page('beta ') });
    expect(await precompress(built, cache)).toEqual({ files: 2, made: 2 });
    expect(unpacked(built, 'a.html')).toEqual([page('alpha '), page('alpha ')]);
    expect(unpacked(built, 'b.html')).toEqual([page('beta '), page('beta ')]);
    // The draft's copies were pruned with everything else this build did not use.
    expect(readdirSync(cache)).toHaveLength(4);
  });

  test('the copies are the bytes the final pass alone would make', async () => {
    const cache = join(work, 'early-bytes-cache');
    const early = earlyPrecompression(cache);
    early.add('b.html', new TextEncoder().encode(page('gamma ')).buffer);
    await early.drain();
    const built = site('early-bytes', { 'b.html': page('gamma ') });
    expect(await precompress(built, cache)).toEqual({ files: 1, made: 0 });
    const alone = site('alone', { 'b.html': page('gamma ') });
    await precompress(alone);
    expect(copies(built)).toEqual(['b.html.br', 'b.html.gz']);
    for (const name of copies(built))
      expect(readFileSync(join(built, name)), name).toEqual(readFileSync(join(alone, name)));
  });
});
