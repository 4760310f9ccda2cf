import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import { rehypeExternalLinkRel } from './rehype-external-links.ts';
import { rehypeParagraphAnchors } from './rehype-paragraph-anchors.ts';
import { remarkReadingTime } from './remark-reading-time.ts';

/**
 * The archive's Markdown pipeline: `astro.config.mjs` hands these options to
 * `unified()` for the site, and the plugin tests build their processor from
 * the same object, so a test never runs a pipeline the site does not.
 */
export const processorOptions = {
  remarkPlugins: [remarkReadingTime],
  rehypePlugins: [rehypeParagraphAnchors, rehypeExternalLinkRel],
  // Copies are verbatim: SmartyPants would rewrite the outlets' punctuation.
  smartypants: false,
  // GFM is off too: the copies are plain paragraphs, and GFM's autolinking would add links the outlet never
  // printed (it is also 40% of the Markdown time at 10,000 stories, see docs/benchmarks.md).
  gfm: false,
} satisfies UnifiedProcessorOptions;

/** Shiki colours code with inline styles, which the CSP forbids; the copies have no code. */
export const syntaxHighlight = false;
