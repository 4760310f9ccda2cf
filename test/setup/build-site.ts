import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../helpers/build-site.ts';
import { writeArchiveFixture } from '../helpers/archive-fixture.ts';
import { writeFixtureArticles } from '../helpers/fixture-articles.ts';
import { serveStatic } from '../helpers/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The real archive, built once for the whole `site` project. */
    siteDir: string;
    /** Where that build is served on 127.0.0.1, without a trailing slash. */
    siteUrl: string;
    /** The archive built over 45 generated stories, so that every listing is paginated. */
    paginatedDir: string;
    /** The archive fixture (test/helpers/archive-fixture.ts): the seeds and three imported stories, one updated twice. */
    archiveDir: string;
    /** That fixture's articles folder, beside its raw/, versions/ and manifest. */
    archiveContentDir: string;
  }
}

/** Stories in the paginated fixture: three pages of 20 for the month. */
const FIXTURE_STORIES = 45;

/**
 * Builds the real archive, the paginated fixture and the archive fixture once,
 * serves the real one for every site, browser and gate test, and removes the
 * builds afterwards.
 */
export default async function setup(project: TestProject) {
  const real = buildSite();
  if (real.status !== 0) throw new Error(`astro build failed:\n${real.output}`);
  const fixtureContent = writeFixtureArticles(join(dirname(real.outDir), 'fixture-content'), FIXTURE_STORIES);
  const paginated = buildSite({ contentDir: fixtureContent });
  if (paginated.status !== 0) throw new Error(`fixture build failed:\n${paginated.output}`);
  const archiveContent = writeArchiveFixture(join(dirname(real.outDir), 'archive-fixture'));
  const archive = buildSite({ contentDir: archiveContent });
  if (archive.status !== 0) throw new Error(`archive fixture build failed:\n${archive.output}`);
  const server = await serveStatic(real.outDir);
  project.provide('siteDir', real.outDir);
  project.provide('siteUrl', server.url);
  project.provide('paginatedDir', paginated.outDir);
  project.provide('archiveDir', archive.outDir);
  project.provide('archiveContentDir', archiveContent);
  return async () => {
    await server.close();
    for (const build of [real, paginated, archive]) rmSync(dirname(build.outDir), { recursive: true, force: true });
  };
}
