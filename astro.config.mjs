// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { markdownSettings } from './src/markdown/processor.ts';
import { CACHE_DIR } from './src/lib/build-cache.ts';
import { CONTENT_DIR } from './src/lib/content-dir.ts';
import { dataStoreFromFile } from './src/lib/data-store-module.ts';
import { sitemapSerializer } from './src/lib/meta/sitemap-lastmod.ts';

// Tests and the benchmark build the same site over other content into other
// folders; these settings keep their output and caches apart.
const env = process.env;

export default defineConfig({
  // Canonical links, feeds, citations and the sitemap are absolute against this.
  site: env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  outDir: env.ARCHIVE_OUT_DIR ?? './dist',
  cacheDir: CACHE_DIR,
  build: {
    format: 'directory',
    // Pages mostly wait on work done off the main thread (social cards are drawn
    // and compressed on libuv's threads): rendering a few at once keeps both cores busy.
    concurrency: Number(env.ARCHIVE_BUILD_CONCURRENCY ?? 4),
  },
  security: {
    // A meta CSP: Astro hashes the scripts and styles it emits into script-src
    // and style-src, so no other inline script or handler can run, and nothing
    // loads from another origin. (frame-ancestors is ignored in a meta CSP.)
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  // The content store is read from its file when the build imports it, not compiled as one huge
  // string literal (quadratic in V8's scanner; see src/lib/data-store-module.ts and docs/scaling.md).
  vite: { plugins: [dataStoreFromFile()] },
  integrations: [sitemap({ serialize: sitemapSerializer(CONTENT_DIR) })],
  // One processor for the whole site; src/lib/story-body.ts renders story bodies with it.
  markdown: markdownSettings,
});
