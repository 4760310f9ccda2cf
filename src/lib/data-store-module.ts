import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { CACHE_DIR } from './build-cache.ts';

/** Astro's virtual module holding the content store in a build (`astro:data-layer-content`, resolved). */
const DATA_STORE_MODULE = '\0astro:data-layer-content';
const INLINED = 'export default JSON.parse(';

/**
 * A build-only Vite plugin: the content store module reads the store file
 * Astro just wrote (`data-store.json` in the cache folder) when the build
 * imports it, instead of carrying it as one string literal.
 *
 * Why: V8 scans a string literal into a buffer that grows by 1 MB at a time,
 * copying all of it each time, so the scan is quadratic in the literal's
 * length (and doubled when one character is outside Latin-1, as a curly
 * quote is). At 100,000 stories the metadata-only store is 90 MB and that scan
 * was minutes of one core; `JSON.parse` of the file is linear. The module's
 * value is the same: the parsed JSON of the same file.
 */
export function dataStoreFromFile(): Plugin {
  const file = resolve(CACHE_DIR, 'data-store.json');
  return {
    name: 'archive:data-store-from-file',
    apply: 'build',
    enforce: 'post',
    transform(code, id) {
      if (id !== DATA_STORE_MODULE || !code.startsWith(INLINED)) return undefined;
      return {
        code: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
        map: { mappings: '' },
      };
    },
  };
}
