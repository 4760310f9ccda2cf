/**
 * `.gz` and `.br` copies of the built text files, for nginx's gzip_static and
 * brotli_static (and any host that serves precompressed files). Both are
 * deterministic (gzip: no name, mtime 0), so rebuilds stay byte-identical.
 *
 * A 10,000-story build has some 34,000 such files. zlib's asynchronous calls
 * cost several times the compression itself for files this small (86 s of CPU
 * against 15 s synchronously, measured on one 10,000-story build), so the
 * files are compressed synchronously, in worker threads, one per core.
 *
 * Given a cache folder, the copies are made there, named by a digest of the
 * file, the levels and the zlib version, and hard-linked into the build; a
 * later build links them again for every file that did not change (most of
 * a rebuild's files) instead of compressing again, and copies no file of
 * this build asked for are removed.
 */
import { availableParallelism } from 'node:os';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { isPrecompressed, isPrecompressedCopy } from './policy.ts';

/**
 * Brotli quality: 11 is a few percent smaller but an order of magnitude
 * slower, which a 10,000-story build would feel; 5 already beats gzip -9.
 */
export const BROTLI_QUALITY = 5;
/** gzip level: 9 is what `gzip -9` writes; on these files it costs little more than 6. */
export const GZIP_LEVEL = 9;

// The worker's whole program: plain JavaScript, so it runs wherever the build runs (no loader, no bundler).
const WORKER_SOURCE = `
const { parentPort, threadId, workerData } = require('node:worker_threads');
const { copyFileSync, existsSync, linkSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const { createHash } = require('node:crypto');
const { join } = require('node:path');
const { gzipSync, brotliCompressSync, constants } = require('node:zlib');
const { files, gzipLevel, brotliQuality, cache, salt } = workerData;
const used = [];
for (const file of files) {
  const body = readFileSync(file);
  const make = {
    gz: () => gzipSync(body, { level: gzipLevel }),
    br: () => brotliCompressSync(body, { params: {
      [constants.BROTLI_PARAM_QUALITY]: brotliQuality,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    } }),
  };
  const key = cache && createHash('sha256').update(salt).update(body).digest('hex');
  for (const kind of ['gz', 'br']) {
    const out = file + '.' + kind;
    if (!key) {
      writeFileSync(out, make[kind]());
      continue;
    }
    const kept = join(cache, key + '.' + kind);
    used.push(key + '.' + kind);
    if (!existsSync(kept)) {
      // Whole or not at all: another build reading the cache never sees half a file.
      // Named per worker: two workers may make the same copy (two files alike) at once.
      const temporary = kept + '.' + threadId + '.tmp';
      writeFileSync(temporary, make[kind]());
      renameSync(temporary, kept);
    }
    // A hard link: no bytes written twice (a copy where the cache is on another file system).
    try {
      linkSync(kept, out);
    } catch {
      copyFileSync(kept, out);
    }
  }
}
parentPort.postMessage({ count: files.length, used });
`;

/**
 * Writes `<file>.gz` and `<file>.br` beside every file `isPrecompressed` picks, from `cache` where an
 * earlier build kept them (then only this build's copies stay there); returns how many files.
 */
export async function precompress(dir: string, cache?: string): Promise<number> {
  const files = await compressibleFiles(dir);
  if (cache) await mkdir(cache, { recursive: true });
  const workers = Math.max(1, Math.min(availableParallelism(), Math.ceil(files.length / 500)));
  // Round-robin over the sorted list, so every worker gets a like mix of big and small files.
  const shares = Array.from({ length: workers }, (_, w) => files.filter((_, i) => i % workers === w));
  const done = await Promise.all(shares.map((share) => compressIn(share, cache)));
  if (cache) {
    const used = new Set(done.flatMap((share) => share.used));
    const stale = (await readdir(cache)).filter((name) => !used.has(name));
    await Promise.all(stale.map((name) => rm(join(cache, name), { force: true })));
  }
  return done.reduce((sum, share) => sum + share.count, 0);
}

/** The files below `dir` that get compressed copies, sorted; only names and sizes are read. */
async function compressibleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const named = entries
    .filter((entry) => entry.isFile() && !isPrecompressedCopy(entry.name) && isPrecompressed(entry.name, Infinity))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  const sizes = await Promise.all(named.map((file) => stat(file).then((info) => info.size)));
  return named.filter((file, i) => isPrecompressed(file, sizes[i] ?? 0));
}

// What a kept copy depends on besides the file: the levels and the compressors' versions.
const SALT = JSON.stringify([GZIP_LEVEL, BROTLI_QUALITY, process.versions.zlib, process.versions.brotli]);

function compressIn(files: string[], cache: string | undefined): Promise<{ count: number; used: string[] }> {
  if (files.length === 0) return Promise.resolve({ count: 0, used: [] });
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { files, gzipLevel: GZIP_LEVEL, brotliQuality: BROTLI_QUALITY, cache, salt: SALT },
    });
    worker.once('message', (result: { count: number; used: string[] }) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`precompression worker exited with code ${code}`));
    });
  });
}
