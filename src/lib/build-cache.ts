import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';

/**
 * Astro's cache folder (content data store, and our own build caches).
 * `ARCHIVE_CACHE_DIR` gives tests and the benchmark a fresh one per build.
 */
export const CACHE_DIR = process.env['ARCHIVE_CACHE_DIR'] ?? './node_modules/.astro';

/**
 * Vite's cache (its pre-bundled dependencies) for one Astro command (`dev`, `build`, `sync`, …), inside
 * `CACHE_DIR`. Every `astro build` re-bundles the dev toolbar's dependencies into its Vite cache, deleting
 * what was there; in Vite's shared default (`node_modules/.vite/`) that pulled the files a running
 * `astro dev` serves from under it, and its pages then failed to import them (504 Outdated Optimize Dep).
 */
export const viteCacheDir = (command: string): string => join(CACHE_DIR, 'vite', command);

/**
 * A digest of the code that makes a cached value: every file below these source folders and every
 * installed package version (`package-lock.json`). Undefined when one cannot be read: then nothing is
 * cached, for a value is never served from a key that might be stale.
 */
export function codeDigest(folders: readonly string[]): string | undefined {
  try {
    const hash = createHash('sha256').update(readFileSync('package-lock.json'));
    for (const folder of folders) {
      const names = readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort();
      for (const name of names) {
        const path = join(folder, name);
        if (/\.(ts|mjs|js|json)$/.test(name)) hash.update(path).update('\0').update(readFileSync(path));
      }
    }
    return hash.digest('hex');
  } catch {
    return undefined;
  }
}

const folders = new Map<string, Promise<unknown>>();

/**
 * Writes `data` to `file` whole or not at all: under a temporary name, then renamed, so that a build stopped
 * midway leaves no half file and a reader never sees one. Named per process and thread: the thread working
 * ahead of the build (src/lib/work-ahead.ts) may write the same file at once, with the same bytes.
 */
export async function writeWhole(file: string, data: string | Uint8Array): Promise<void> {
  const temporary = `${file}.${process.pid}.${threadId}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, file);
}

/** Where `keptJson` keeps the value of `kind` under `key`. */
export const keptJsonFile = (kind: string, key: string): string => join(CACHE_DIR, kind, `${key}.json`);

/**
 * `make()`'s value, kept as JSON in `CACHE_DIR/<kind>/<key>.json` and read from there when a build
 * already made it (`key`: a digest of everything the value depends on, code included; undefined: no
 * caching). With `only`, the kind keeps one value: older ones are removed once this one is written
 * (a whole-archive value is large, and an earlier archive's is of no further use).
 */
export async function keptJson<T>(
  kind: string,
  key: string | undefined,
  make: () => T | Promise<T>,
  { only = false }: { only?: boolean } = {},
): Promise<T> {
  if (key === undefined) return make();
  const folder = join(CACHE_DIR, kind);
  const file = keptJsonFile(kind, key);
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T;
  } catch {
    // Not kept yet (or unreadable): make it, and keep it for the next build.
  }
  const value = await make();
  let made = folders.get(folder);
  if (!made) folders.set(folder, (made = mkdir(folder, { recursive: true })));
  await made;
  await writeWhole(file, JSON.stringify(value));
  if (only) {
    const stale = (await readdir(folder)).filter((name) => name !== `${key}.json` && !name.endsWith('.tmp'));
    await Promise.all(stale.map((name) => rm(join(folder, name), { force: true })));
  }
  return value;
}

/** A sha256 over `parts`, each ended by a NUL, so that no two lists of parts give the same input. */
export function digestOf(parts: Iterable<string>): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}
