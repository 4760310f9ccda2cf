import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { ROOT } from './paths.ts';

export interface BuildResult {
  /** The built site. */
  outDir: string;
  status: number | null;
  /** stdout and stderr together, for asserting on error messages. */
  output: string;
}

/**
 * Builds the archive with `astro build` in a child process, over `contentDir`
 * (default: the real collection) into a fresh temporary folder, with its own
 * cache so that builds over different content never share state (unless a
 * `cacheDir` is given: a warm build).
 */
export function buildSite(
  options: {
    contentDir?: string;
    env?: Record<string, string>;
    /** A cache kept from an earlier build. */ cacheDir?: string;
  } = {},
): BuildResult {
  // Inside the project: with an outDir outside the working directory Astro puts
  // its prerender chunks in the shared ./.astro/, and concurrent builds clash there.
  mkdirSync(join(ROOT, 'test/.tmp'), { recursive: true });
  const work = mkdtempSync(join(ROOT, 'test/.tmp', 'archive-build-'));
  const outDir = join(work, 'dist');
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      ...(options.contentDir ? { ARCHIVE_CONTENT_DIR: options.contentDir } : {}),
      ARCHIVE_OUT_DIR: outDir,
      ARCHIVE_CACHE_DIR: options.cacheDir ?? join(work, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      // Plain text for the assertions on error messages, CI or not.
      NO_COLOR: '1',
      ...options.env,
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { outDir, status: result.status, output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`) };
}
