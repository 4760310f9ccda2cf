import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { renderArticleFile } from '../../src/lib/article-file.ts';
import { buildSite } from '../helpers/build-site.ts';

/** Stories in the fixture: more than two pages of 20 for the month, each outlet and the shared author. */
const STORY_COUNT = 45;
/** How long a test file waits for another one's fixture build. */
const WAIT_MS = 300_000;

/** Writes small valid articles into `dir`: one month, alternating two outlets, one shared author. */
function writePaginatedContent(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 1; i <= STORY_COUNT; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const text = renderArticleFile({
      article: {
        date: `2023-09-${day}`,
        authors: ['Pat Example', ...(i % 3 === 0 ? ['Sam Sample'] : [])],
        outlet: i % 2 ? 'The Example Herald' : 'Fixture Daily',
        paragraphs: [`Story number ${i} opens here.`, `Its second paragraph, number ${i}, follows.`],
      },
      title: `Fixture story ${i}`,
      source: `fixture-${i}.txt`,
      archived: '2026-11-23',
    });
    writeFileSync(join(dir, `2023-09-${day}-fixture-story-${i}.md`), text);
  }
}

/**
 * The archive built over 45 generated stories, so that listings are paginated
 * (the real collection is too small to be). Built once per test run, beside
 * the run's real build `siteDir`: the first test file to ask builds it, the
 * others wait for it. Resolves to the built folder; rejects with the build's
 * output when the build failed.
 */
export async function paginatedSite(siteDir: string): Promise<string> {
  const home = join(dirname(siteDir), 'paginated');
  const outDir = join(home, 'dist');
  const done = join(home, 'status');
  let builder = true;
  try {
    mkdirSync(home); // atomic: only one test file gets to build
  } catch {
    builder = false;
  }
  if (builder) {
    writePaginatedContent(join(home, 'content'));
    const build = buildSite({
      contentDir: join(home, 'content'),
      env: { ARCHIVE_OUT_DIR: outDir, ARCHIVE_CACHE_DIR: join(home, 'cache') },
    });
    // buildSite's own temporary folder stays empty: the output went to `home`.
    rmSync(dirname(build.outDir), { recursive: true, force: true });
    // Written aside and renamed, so a waiting file never reads half a status.
    writeFileSync(`${done}.part`, build.status === 0 ? 'ok' : `fixture build failed:\n${build.output}`);
    renameSync(`${done}.part`, done);
  }
  for (const start = Date.now(); !existsSync(done); await sleep(250)) {
    if (Date.now() - start > WAIT_MS) throw new Error(`timed out waiting for the fixture build in ${home}`);
  }
  const status = readFileSync(done, 'utf8');
  if (status !== 'ok') throw new Error(status);
  return outDir;
}
