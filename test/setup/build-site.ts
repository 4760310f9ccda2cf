import type { TestProject } from 'vitest/node';
import { buildSite } from '../helpers/build-site.ts';
import { serveStatic } from '../helpers/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The real archive, built once for the whole `site` project. */
    siteDir: string;
    /** Where that build is served on 127.0.0.1, without a trailing slash. */
    siteUrl: string;
  }
}

/** Builds the real archive once and serves it for every site and browser test. */
export default async function setup(project: TestProject) {
  const build = buildSite();
  if (build.status !== 0) throw new Error(`astro build failed:\n${build.output}`);
  const server = await serveStatic(build.outDir);
  project.provide('siteDir', build.outDir);
  project.provide('siteUrl', server.url);
  return () => server.close();
}
