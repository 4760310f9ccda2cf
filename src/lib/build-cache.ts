/**
 * Astro's cache folder (content data store, and our own build caches).
 * `ARCHIVE_CACHE_DIR` gives tests and the benchmark a fresh one per build.
 */
export const CACHE_DIR = process.env['ARCHIVE_CACHE_DIR'] ?? './node_modules/.astro';
