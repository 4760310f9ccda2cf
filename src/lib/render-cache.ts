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
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CACHE_DIR } from './build-cache.ts';

const FOLDER = join(CACHE_DIR, 'rendered-bodies');

/** What every key starts with, or undefined when the renderer's inputs cannot be read (no caching then). */
const rendererDigest: string | undefined = (() => {
  try {
    const hash = createHash('sha256').update(readFileSync('package-lock.json'));
    const markdown = 'src/markdown';
    for (const name of readdirSync(markdown).sort()) hash.update(name).update(readFileSync(join(markdown, name)));
    return hash.digest('hex');
  } catch {
    return undefined;
  }
})();

let folder: Promise<unknown> | undefined;

/** `make()`'s value for this source text, from the cache when a build already made it. */
export async function cachedRender<T>(source: string, make: () => Promise<T>): Promise<T> {
  if (rendererDigest === undefined) return make();
  const key = createHash('sha256').update(rendererDigest).update('\0').update(source).digest('hex');
  const file = join(FOLDER, `${key}.json`);
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T;
  } catch {
    // Not cached yet (or unreadable): render, and keep it for the next build.
  }
  const value = await make();
  folder ??= mkdir(FOLDER, { recursive: true });
  await folder;
  // Written whole under a temporary name, then renamed: a build stopped midway leaves no half file.
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(value));
  await rename(temporary, file);
  return value;
}
