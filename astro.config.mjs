// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { rehypePlugins, remarkPlugins } from './src/markdown/plugins.ts';

// Tests and the benchmark build the same site over other content into other
// folders; these settings keep their output and caches apart.
const env = process.env;

export default defineConfig({
  site: env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  outDir: env.ARCHIVE_OUT_DIR ?? './dist',
  cacheDir: env.ARCHIVE_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  markdown: {
    // Copies are verbatim: SmartyPants would rewrite the outlets' punctuation.
    processor: unified({ remarkPlugins, rehypePlugins, smartypants: false }),
  },
});
