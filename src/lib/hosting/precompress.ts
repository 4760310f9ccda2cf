/**
 * `.gz` and `.br` copies of the built text files, for nginx's gzip_static and
 * brotli_static (and any host that serves precompressed files). Both are
 * deterministic (gzip: no name, mtime 0), so rebuilds stay byte-identical.
 *
 * A 10,000-story build has some 34,000 such files. zlib's asynchronous calls
 * cost several times the compression itself for files this small (86 s of CPU
 * against 15 s synchronously, measured on one 10,000-story build), so the
 * files are compressed synchronously, in worker threads, one per core.
 */
import { availableParallelism } from 'node:os';
import { readdir, stat } from 'node:fs/promises';
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
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync, writeFileSync } = require('node:fs');
const { gzipSync, brotliCompressSync, constants } = require('node:zlib');
for (const file of workerData.files) {
  const body = readFileSync(file);
  writeFileSync(file + '.gz', gzipSync(body, { level: workerData.gzipLevel }));
  writeFileSync(file + '.br', brotliCompressSync(body, { params: {
    [constants.BROTLI_PARAM_QUALITY]: workerData.brotliQuality,
    [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
  } }));
}
parentPort.postMessage(workerData.files.length);
`;

/** Writes `<file>.gz` and `<file>.br` beside every file `isPrecompressed` picks; returns how many files. */
export async function precompress(dir: string): Promise<number> {
  const files = await compressibleFiles(dir);
  const workers = Math.max(1, Math.min(availableParallelism(), Math.ceil(files.length / 500)));
  // Round-robin over the sorted list, so every worker gets a like mix of big and small files.
  const shares = Array.from({ length: workers }, (_, w) => files.filter((_, i) => i % workers === w));
  const counts = await Promise.all(shares.map((share) => compressIn(share)));
  return counts.reduce((sum, count) => sum + count, 0);
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

function compressIn(files: string[]): Promise<number> {
  if (files.length === 0) return Promise.resolve(0);
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { files, gzipLevel: GZIP_LEVEL, brotliQuality: BROTLI_QUALITY },
    });
    worker.once('message', (count: number) => resolve(count));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`precompression worker exited with code ${code}`));
    });
  });
}
