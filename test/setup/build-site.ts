import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { writeArchiveFixture } from '../helpers/archive-fixture.ts';
import { writeFixtureArticles } from '../helpers/fixture-articles.ts';
import { writeSeedArticles } from '../helpers/real-stories.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { freePort } from '../../scripts/lib/free-port.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The real archive, built once for the whole `site` project. */
    siteDir: string;
    /** Where that build is served on 127.0.0.1, without a trailing slash. */
    siteUrl: string;
    /** The seeds fixture (test/helpers/real-stories.ts): the two real stories as first imported, alone. */
    seedsDir: string;
    /** Where that build is served, like `siteUrl`. */
    seedsUrl: string;
    /** The archive built over 45 generated stories, so that every listing is paginated. */
    paginatedDir: string;
    /** Where that build is served, like `siteUrl`. */
    paginatedUrl: string;
    /** The real archive built under a base path, `SITE_URL=http://127.0.0.1:<port>/wire`. */
    basePathDir: string;
    /** That build's `SITE_URL`. */
    basePathSite: string;
    /** The archive fixture (test/helpers/archive-fixture.ts): a copy of content/ and three stories imported into it, one updated twice. */
    archiveDir: string;
    /** That fixture's articles folder, beside its raw/, versions/ and manifest. */
    archiveContentDir: string;
  }
}

/** Stories in the paginated fixture: three pages of 20 for the month. */
const FIXTURE_STORIES = 45;
/** Where the base-path build is published (its port is whatever is free). */
const BASE_PATH = '/wire';

/**
 * Builds the real archive, the paginated fixture, the seeds fixture, the archive under a base path and the
 * archive fixture once, serves the first three for every site, browser and gate test, and removes the builds
 * afterwards.
 */
export default async function setup(project: TestProject) {
  const real = buildSite();
  if (real.status !== 0) throw new Error(`astro build failed:\n${real.output}`);
  const fixtureContent = writeFixtureArticles(join(dirname(real.outDir), 'fixture-content'), FIXTURE_STORIES);
  const paginated = buildSite({ contentDir: fixtureContent });
  if (paginated.status !== 0) throw new Error(`fixture build failed:\n${paginated.output}`);
  const seeds = buildSite({ contentDir: writeSeedArticles(join(dirname(real.outDir), 'seeds-content')) });
  if (seeds.status !== 0) throw new Error(`seeds fixture build failed:\n${seeds.output}`);
  const basePathSite = `http://127.0.0.1:${await freePort()}${BASE_PATH}`;
  const basePath = buildSite({ env: { SITE_URL: basePathSite } });
  if (basePath.status !== 0) throw new Error(`base-path build failed:\n${basePath.output}`);
  const archiveContent = writeArchiveFixture(join(dirname(real.outDir), 'archive-fixture'));
  const archive = buildSite({ contentDir: archiveContent });
  if (archive.status !== 0) throw new Error(`archive fixture build failed:\n${archive.output}`);
  const servers = await Promise.all([
    serveStatic(real.outDir),
    serveStatic(paginated.outDir),
    serveStatic(seeds.outDir),
  ]);
  const [realServer, paginatedServer, seedsServer] = servers;
  project.provide('siteDir', real.outDir);
  project.provide('siteUrl', realServer.url);
  project.provide('seedsDir', seeds.outDir);
  project.provide('seedsUrl', seedsServer.url);
  project.provide('paginatedDir', paginated.outDir);
  project.provide('basePathDir', basePath.outDir);
  project.provide('basePathSite', basePathSite);
  project.provide('paginatedUrl', paginatedServer.url);
  project.provide('archiveDir', archive.outDir);
  project.provide('archiveContentDir', archiveContent);
  return async () => {
    await Promise.all(servers.map((server) => server.close()));
    for (const build of [real, paginated, seeds, basePath, archive])
      rmSync(dirname(build.outDir), { recursive: true, force: true });
  };
}
