/**
 * The Astro integration that makes a build ready to publish: once the pages
 * are written it precompresses them and writes `_headers`, `_redirects` and
 * `_nginx.conf` (render.ts) into the output folder, with the policy the pages
 * carry in their `<meta>` sent as a header (csp.ts).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, IntegrationResolvedRoute } from 'astro';
import { citationPath, searchIndexPath, withoutBase } from '../routes.ts';
import { headerPolicy, metaPolicyOf } from './csp.ts';
import { CACHE_DIR } from '../build-cache.ts';
import { hashedFolders } from './policy.ts';
import { precompress } from './precompress.ts';
import { renderHeadersFile, renderNginxConf, renderRedirectsFile, type HostingInput } from './render.ts';

/** The first folder of a site path below the base: `/search-index/x` → `search-index`. */
const folderOf = (sitePath: string): string => withoutBase(sitePath).split('/')[1] ?? '';

/**
 * A page route as `_redirects` patterns without base or trailing slash:
 * `/articles/[slug]` → `articles/:slug`; a rest parameter (`[...page]`) may be
 * empty, so it gives the route with and without that segment. The home page has none.
 */
export function directoryPatterns(route: Pick<IntegrationResolvedRoute, 'segments'>): string[] {
  let patterns = [''];
  for (const segment of route.segments) {
    const [part] = segment;
    if (segment.length !== 1 || !part)
      throw new Error(`route segment mixes text and parameters: ${JSON.stringify(segment)}`);
    const piece = part.dynamic ? `:${part.content.replace(/^\.\.\./, '')}` : part.content;
    const joined = patterns.map((pattern) => (pattern ? `${pattern}/${piece}` : piece));
    patterns = part.spread ? [...patterns, ...joined] : joined;
  }
  return patterns.filter(Boolean);
}

/** Every built HTML page's meta policy. */
async function pagePolicies(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const policies = new Set<string>();
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const policy = metaPolicyOf(await readFile(join(entry.parentPath, entry.name), 'utf8'));
    if (policy === undefined) throw new Error(`${join(entry.parentPath, entry.name)}: no Content-Security-Policy meta`);
    policies.add(policy);
  }
  return [...policies];
}

export function hosting(): AstroIntegration {
  let base = '/';
  let assetsFolder = '_astro';
  let directoryRoutes: string[] = [];
  return {
    name: 'wire-archive:hosting',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        assetsFolder = config.build.assets;
      },
      'astro:routes:resolved': ({ routes }) => {
        directoryRoutes = routes
          .filter(
            (route) => route.type === 'page' && route.origin === 'project' && !/^\/?(404|500)$/.test(route.pattern),
          )
          .flatMap(directoryPatterns)
          .sort();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const input: HostingInput = {
          base,
          contentSecurityPolicy: headerPolicy(await pagePolicies(out)),
          hashed: hashedFolders(assetsFolder, folderOf(searchIndexPath('x'))),
          directoryRoutes: [...new Set(directoryRoutes)],
          types: {
            [folderOf(citationPath('x', 'bib'))]: {
              bib: 'application/x-bibtex',
              ris: 'application/x-research-info-systems',
            },
          },
        };
        const started = performance.now();
        const compressed = await precompress(out, join(CACHE_DIR, 'precompressed'));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        await Promise.all([
          writeFile(join(out, '_headers'), renderHeadersFile(input)),
          writeFile(join(out, '_redirects'), renderRedirectsFile(input)),
          writeFile(join(out, '_nginx.conf'), renderNginxConf(input)),
        ]);
        logger.info(
          `${compressed} files precompressed (.gz, .br) in ${seconds}s; _headers, _redirects, _nginx.conf written`,
        );
      },
    },
  };
}
