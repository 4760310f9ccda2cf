import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderArticleFile } from '../../src/lib/article-file.ts';
import { buildSite, type BuildResult } from '../../scripts/lib/build-site.ts';
import { ROOT } from '../../scripts/lib/paths.ts';
import { writeFixtureArticles } from '../helpers/fixture-articles.ts';
import { readPage, visibleText } from '../helpers/dist.ts';
import { DCNF_SLUG, NYT_SLUG, SEED_SLUGS } from '../helpers/real-stories.ts';

/** Every file of a built site, by path, with its bytes. */
function files(dir: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      found.set(join(entry.parentPath, entry.name).slice(dir.length), readFileSync(join(entry.parentPath, entry.name)));
  }
  return found;
}

/** The paths a build log says were copied from the incremental cache rather than rendered. */
const reused = (build: BuildResult) => [...build.output.matchAll(/─ (\S+) \((?:cached|restored)\)/g)].map((m) => m[1]);

// A warm build reuses what did not change (Astro's incremental builds, keyed per file) and must
// give exactly the site a cold build of the same content gives: a stale page would be a silent lie.
describe('a warm build after a correction', () => {
  const work = mkdtempSync(join(ROOT, 'test/.tmp', 'incremental-'));
  const content = writeFixtureArticles(join(work, 'content'), 6);
  // The real pair too, as first published: one thread, so a correction to one shows on the other's page.
  for (const slug of SEED_SLUGS)
    copyFileSync(join(ROOT, 'content/versions', slug, 'v1.md'), join(content, `${slug}.md`));
  const cache = join(work, 'cache');
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const first = buildSite({ contentDir: content, cacheDir: cache });
  // A correction to the Times story's headline, which the Caller's page lists under "Other coverage".
  const times = join(content, `${NYT_SLUG}.md`);
  const timesTitle = JSON.parse(/^title: (.+)$/m.exec(readFileSync(times, 'utf8'))?.[1] ?? '""') as string;
  const correctedTitle = 'Kim Jong Un plans to travel to Russia, the corrected headline';
  writeFileSync(times, readFileSync(times, 'utf8').replace(/^title: .+$/m, `title: ${JSON.stringify(correctedTitle)}`));
  // A correction to story 3: its headline and a paragraph.
  const corrected = readdirSync(content).find((name) => name.endsWith('-fixture-story-3.md')) as string;
  writeFileSync(
    join(content, corrected),
    renderArticleFile({
      article: {
        date: corrected.slice(0, 10),
        authors: ['Pat Example', 'Sam Sample'],
        outlet: 'The Example Herald',
        paragraphs: ['Story number 3 opens here, corrected.', 'Its second paragraph, number 3, follows.'],
      },
      title: 'Fixture story 3, corrected',
      source: 'fixture-3.txt',
      archived: '2026-11-23',
    }),
  );
  const warm = buildSite({ contentDir: content, cacheDir: cache });
  // The archive-wide values the warm build made and kept (threads, search index core), by file and time.
  const kept = () =>
    ['threads', 'search-index'].flatMap((kind) =>
      readdirSync(join(cache, kind)).map((name) => `${kind}/${name} ${statSync(join(cache, kind, name)).mtimeMs}`),
    );
  const keptAfterWarm = kept();
  // Built again unchanged: those are read back, not made again.
  const again = buildSite({ contentDir: content, cacheDir: cache });
  const cold = buildSite({ contentDir: content });

  it('reuses the files of the stories that did not change, and only those', () => {
    expect([first.status, warm.status, cold.status]).toEqual([0, 0, 0]);
    expect(reused(first)).toEqual([]);
    const copied = reused(warm);
    console.log(`warm build after a correction: ${copied.length} files copied from the last build`);
    expect(copied.some((path) => path?.startsWith('/og/articles/'))).toBe(true);
    expect(copied.some((path) => path?.startsWith('/cite/'))).toBe(true);
    expect(copied.some((path) => path?.startsWith('/api/stories/') && path.includes('fixture-story-1'))).toBe(true);
    // Listings are keyed by the stories they show: those listing story 3 are made again, the others copied.
    expect(copied).toEqual(expect.arrayContaining(['/outlets/fixture-daily/index.html', '/api/outlets/page-1.json']));
    expect(copied).not.toContain('/outlets/the-example-herald/index.html');
    expect(copied).not.toContain('/archive/2023/09/index.html');
    expect(copied.filter((path) => path?.includes('fixture-story-3'))).toEqual([]);
    // The pages and API files of both stories of the corrected thread are made again: the Caller's name the
    // Times story's headline. (The Caller's card and citations show only its own metadata: those are copied.)
    const threadFiles = copied.filter((path) => /^\/(articles|api\/stories)\//.test(path ?? ''));
    expect(threadFiles.some((path) => path?.includes('fixture-story-1'))).toBe(true);
    expect(threadFiles.filter((path) => path?.includes(NYT_SLUG) || path?.includes(DCNF_SLUG))).toEqual([]);
  });

  it('gives byte for byte the site a cold build gives, and so does a build from the kept threads and index', () => {
    expect(again.status).toBe(0);
    // One of each kept, the same file untouched by the build that read it back.
    expect(keptAfterWarm).toHaveLength(2);
    expect(kept()).toEqual(keptAfterWarm);
    const coldFiles = files(cold.outDir);
    for (const build of [warm, again]) {
      const warmFiles = files(build.outDir);
      expect([...warmFiles.keys()].sort()).toEqual([...coldFiles.keys()].sort());
      const differing = [...coldFiles]
        .filter(([path, bytes]) => !warmFiles.get(path)?.equals(bytes))
        .map(([path]) => path);
      expect(differing).toEqual([]);
    }
    // The correction is in: its page, its card's file and its citation changed from the first build.
    const before = files(first.outDir);
    const changed = [...coldFiles].filter(([path, bytes]) => !before.get(path)?.equals(bytes)).map(([path]) => path);
    expect(changed.some((path) => path.startsWith('/cite/') && path.includes('fixture-story-3'))).toBe(true);
    expect(changed.some((path) => path.startsWith('/og/articles/') && path.includes('fixture-story-3'))).toBe(true);
    const callerCoverage = (dir: string) => {
      const list = readPage(dir, `/articles/${DCNF_SLUG}/`).querySelector('.related-coverage');
      return list ? visibleText(list) : '';
    };
    expect(timesTitle).not.toBe('');
    expect(callerCoverage(first.outDir)).toContain(timesTitle);
    expect(callerCoverage(warm.outDir)).toContain(correctedTitle);
  });
});
