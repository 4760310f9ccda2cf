// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { rehypePlugins, remarkPlugins } from './src/markdown/plugins.ts';
import { CACHE_DIR } from './src/lib/build-cache.ts';
import { CONTENT_DIR } from './src/lib/content-dir.ts';
import { sitemapSerializer } from './src/lib/meta/sitemap-lastmod.ts';
import { basePathOf } from './src/lib/routes.ts';

// Tests and the benchmark build the same site over other content into other
// folders; these settings keep their output and caches apart.
const env = process.env;
// The archive's public address; its path (if any) is the base every link carries.
const site = env.SITE_URL ?? 'http://localhost:4321';
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
  integrations: [sitemap({ serialize: sitemapSerializer(CONTENT_DIR, base) })],
  markdown: {
    // Copies are verbatim: SmartyPants would rewrite the outlets' punctuation.
    // GFM is off too: the copies are plain paragraphs, and GFM's autolinking would add links the outlet never
    // printed (it is also 40% of the Markdown time at 10,000 stories, see docs/benchmarks.md).
    processor: unified({ remarkPlugins, rehypePlugins, smartypants: false, gfm: false }),
    // Shiki colours code with inline styles, which the CSP forbids; the copies have no code.
    syntaxHighlight: false,
  },
});
