import { unified } from '@astrojs/markdown-remark';
import { rehypePlugins, remarkPlugins } from './plugins.ts';

/**
 * The archive's Markdown processor: `markdown.processor` in astro.config.mjs,
 * and the one that renders story bodies at page time (src/lib/story-body.ts).
 * Copies are verbatim: SmartyPants would rewrite the outlets' punctuation.
 * GFM is off too: the copies are plain paragraphs, and GFM's autolinking would add links the outlet never
 * printed (it is also 40% of the Markdown time at 10,000 stories, see docs/benchmarks.md).
 */
export const markdownProcessor = unified({ remarkPlugins, rehypePlugins, smartypants: false, gfm: false });

/** The shared Markdown settings astro.config.mjs gives the processor. */
export const markdownSettings = {
  processor: markdownProcessor,
  // Shiki colours code with inline styles, which the CSP forbids; the copies have no code.
  syntaxHighlight: false,
} as const;
