// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { markdownSettings } from './src/markdown/processor.ts';
import { CACHE_DIR } from './src/lib/build-cache.ts';
import { CONTENT_DIR } from './src/lib/content-dir.ts';
import { dataStoreFromFile } from './src/lib/data-store-module.ts';
import { archiveCheck } from './src/lib/archive/integration.ts';
import { sitemapSerializer } from './src/lib/meta/sitemap-lastmod.ts';
import { basePathOf } from './src/lib/routes.ts';
import { hosting } from './src/lib/hosting/integration.ts';
import { siteUrlFrom } from './src/lib/site-url.ts';
import { viteCachePerCommand } from './src/lib/vite-cache.ts';

// Tests and the benchmark build the same site over other content into other
// folders; these settings keep their output and caches apart.
const env = process.env;
// The archive's public address; its path (if any) is the base every link carries.
const site = siteUrlFrom(env);
const base = basePathOf(site);

export default defineConfig({
  // Canonical links, feeds, citations and the sitemap are absolute against this.
  site,
  // `SITE_URL=https://example.org/wire` publishes under /wire/: src/lib/routes.ts prefixes every path.
  base,
  trailingSlash: 'always',
  outDir: env.ARCHIVE_OUT_DIR ?? './dist',
  cacheDir: CACHE_DIR,
  build: {
    format: 'directory',
    // Pages mostly wait on work done off the main thread (social cards are drawn
    // and compressed on libuv's threads): rendering a few at once keeps both cores busy.
    concurrency: Number(env.ARCHIVE_BUILD_CONCURRENCY ?? 4),
    // Every page's styles in hashed files, none inlined: one CSP for every page (the header can only send one),
    // and the CSS cached across pages.
    inlineStylesheets: 'never',
  },
  security: {
    // A meta CSP: Astro hashes the scripts and styles it emits into script-src
    // and style-src, so no other inline script or handler can run, and nothing
    // loads from another origin. Nothing is allowed that is not named here. The
    // hosts send the same policy as a header, with frame-ancestors (which a meta
    // CSP cannot carry): src/lib/hosting/.
    csp: {
      directives: [
        "default-src 'none'",
        "connect-src 'self'",
        "font-src 'self'",
        "img-src 'self' data:",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  // The content store is read from its file when the build imports it, not compiled as one huge
  // string literal (quadratic in V8's scanner; see src/lib/data-store-module.ts and docs/scaling.md).
  vite: { plugins: [dataStoreFromFile()] },
  // archiveCheck before the others: nothing is built from a source that fails verification; hosting() last: it
  // precompresses what the others wrote (the sitemap too). viteCachePerCommand only sets where Vite caches.
  integrations: [
    viteCachePerCommand(),
    archiveCheck(CONTENT_DIR),
    sitemap({ serialize: sitemapSerializer(CONTENT_DIR, base) }),
    hosting(),
  ],
  // Routes that return a `cacheKey` from getStaticPaths (share cards, citations, index files) are copied from
  // the last build's output when the key and the route's code are unchanged, instead of made again.
  experimental: { incrementalBuild: true },
  // One processor for the whole site (src/markdown/processor.ts); src/lib/story-body.ts renders story bodies with it.
  markdown: markdownSettings,
});
