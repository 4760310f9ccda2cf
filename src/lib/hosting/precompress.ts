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
import { mkdirSync } from 'node:fs';
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

/**
 * Plain JavaScript shared by both workers (so they run wherever the build runs: no loader, no bundler):
 * `keep(cache, key, kind, body)` makes the `.gz` or `.br` copy of `body` in the cache under its key, whole or
 * not at all (another build reading the cache never sees half a file; named per worker, as two workers may
 * make the same copy at once), unless it is there; it returns whether it made it.
 */
const KEEP_SOURCE = `
const { threadId } = require('node:worker_threads');
const { existsSync, renameSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { gzipSync, brotliCompressSync, constants } = require('node:zlib');
const make = {
  gz: (body, { gzipLevel }) => gzipSync(body, { level: gzipLevel }),
  br: (body, { brotliQuality }) => brotliCompressSync(body, { params: {
    [constants.BROTLI_PARAM_QUALITY]: brotliQuality,
    [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
  } }),
};
const keyOf = (salt, body) => require('node:crypto').createHash('sha256').update(salt).update(body).digest('hex');
function keep(cache, key, kind, body, levels) {
  const kept = join(cache, key + '.' + kind);
  if (existsSync(kept)) return false;
  const temporary = kept + '.' + threadId + '.tmp';
  writeFileSync(temporary, make[kind](body, levels));
  renameSync(temporary, kept);
  return true;
}
`;

// The final pass: every compressible file of the build gets its copies, from the cache where kept.
const WORKER_SOURCE = `${KEEP_SOURCE}
const { parentPort, workerData } = require('node:worker_threads');
const { copyFileSync, linkSync, readFileSync } = require('node:fs');
const { files, levels, cache, salt } = workerData;
const used = [];
let made = 0;
for (const file of files) {
  const body = readFileSync(file);
  const key = cache && keyOf(salt, body);
  for (const kind of ['gz', 'br']) {
    const out = file + '.' + kind;
    if (!key) {
      writeFileSync(out, make[kind](body, levels));
      continue;
    }
    used.push(key + '.' + kind);
    if (keep(cache, key, kind, body, levels)) made += 1;
    const kept = join(cache, key + '.' + kind);
    // A hard link: no bytes written twice (a copy where the cache is on another file system).
    try {
      linkSync(kept, out);
    } catch {
      copyFileSync(kept, out);
    }
  }
}
parentPort.postMessage({ count: files.length, made: cache ? made : files.length * 2, used });
`;

// The early pass: bodies posted while pages are still being rendered go into the cache only; the final pass
// then finds them there. A body that differs from what lands on disk costs a stale copy, pruned at the end.
const EARLY_WORKER_SOURCE = `${KEEP_SOURCE}
const { parentPort, workerData } = require('node:worker_threads');
const { levels, cache, salt } = workerData;
parentPort.on('message', (message) => {
  if (message === 'drain') return parentPort.postMessage('drained');
  const body = Buffer.from(message);
  const key = keyOf(salt, body);
  for (const kind of ['gz', 'br']) keep(cache, key, kind, body, levels);
});
`;

/** The folder below a build cache that keeps the compressed copies by digest. */
export const precompressedCacheOf = (cacheDir: string): string => join(cacheDir, 'precompressed');

/** What `precompress` did: how many files got copies, and how many copies it had to make (not found kept). */
export interface Precompressed {
  files: number;
  made: number;
}

/**
 * Writes `<file>.gz` and `<file>.br` beside every file `isPrecompressed` picks, from `cache` where an
 * earlier build (or this one's early pass) kept them; then only this build's copies stay there.
 */
export async function precompress(dir: string, cache?: string): Promise<Precompressed> {
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
  return {
    files: done.reduce((sum, share) => sum + share.count, 0),
    made: done.reduce((sum, share) => sum + share.made, 0),
  };
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
const LEVELS = { gzipLevel: GZIP_LEVEL, brotliQuality: BROTLI_QUALITY };

interface Share {
  count: number;
  made: number;
  used: string[];
}

function compressIn(files: string[], cache: string | undefined): Promise<Share> {
  if (files.length === 0) return Promise.resolve({ count: 0, made: 0, used: [] });
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { files, levels: LEVELS, cache, salt: SALT } });
    worker.once('message', (result: Share) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`precompression worker exited with code ${code}`));
    });
  });
}

/**
 * Compresses bodies into `cache` as they are handed over, on one worker thread, while the build goes on
 * rendering: a 10,000-story build's pages phase leaves most of a core idle, and the final pass over the output
 * then only reads, hashes and links. `drain()` resolves once every body handed over is kept.
 */
export interface EarlyPrecompression {
  add(fileName: string, body: ArrayBuffer): void;
  /** Resolves with how many bodies were compressed. */
  drain(): Promise<number>;
}

export function earlyPrecompression(cache: string): EarlyPrecompression {
  mkdirSync(cache, { recursive: true });
  const worker = new Worker(EARLY_WORKER_SOURCE, { eval: true, workerData: { levels: LEVELS, cache, salt: SALT } });
  // A build that stops early is not held open by it.
  worker.unref();
  let failure: Error | undefined;
  let added = 0;
  worker.once('error', (error: Error) => {
    failure = error;
  });
  return {
    add(fileName, body) {
      if (failure || !isPrecompressed(fileName, body.byteLength)) return;
      worker.postMessage(body, [body]);
      added += 1;
    },
    drain: () =>
      new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        // Held open until the queue is done, whatever else the build is waiting on.
        worker.ref();
        worker.once('message', () => void worker.terminate().then(() => resolve(added)));
        worker.once('error', reject);
        worker.postMessage('drain');
      }),
  };
}

// The middleware that hands bodies over runs in the build's bundle of this module, the integration that drains
// them in its own copy: the one compressor of the build process is found through the global object.
const SHARED = Symbol.for('wire-archive:early-precompression');
type WithShared = typeof globalThis & { [SHARED]?: EarlyPrecompression };

/** This build process's early compressor into `cache`, made on first use. */
export function sharedEarlyPrecompression(cache: string): EarlyPrecompression {
  return ((globalThis as WithShared)[SHARED] ??= earlyPrecompression(cache));
}

/** Drains this process's early compressor, if the build made one, and forgets it; how many bodies it took. */
export async function drainEarlyPrecompression(): Promise<number> {
  const shared = (globalThis as WithShared)[SHARED];
  delete (globalThis as WithShared)[SHARED];
  return (await shared?.drain()) ?? 0;
}
