import { join } from 'node:path';

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
