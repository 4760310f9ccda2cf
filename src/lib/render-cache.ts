/**
 * Rendered story bodies kept in the build cache, by digest, so that a warm
 * build does not render again the Markdown of every story it rendered last
 * time (about 2.4 ms a story: 24 s of a 10,000-story build).
 *
 * The key covers everything the HTML depends on: the story file's bytes,
 * the Markdown plugins' source (`src/markdown/`) and every installed package
 * version (`package-lock.json`). When those cannot be read, nothing is
 * cached: a render is never served from a key that might be stale.
 */
import { existsSync } from 'node:fs';
import { codeDigest, digestOf, keptJson, keptJsonFile } from './build-cache.ts';

const rendererDigest = codeDigest(['src/markdown']);

const KIND = 'rendered-bodies';
const keyOf = (source: string): string | undefined => rendererDigest && digestOf([rendererDigest, source]);

/** `make()`'s value for this source text, from the cache when a build already made it. */
export function cachedRender<T>(source: string, make: () => Promise<T>): Promise<T> {
  return keptJson(KIND, keyOf(source), make);
}

/** Whether the cache holds a render of this source text (false when nothing is cached). */
export function isRenderKept(source: string): boolean {
  const key = keyOf(source);
  return key !== undefined && existsSync(keptJsonFile(KIND, key));
}
