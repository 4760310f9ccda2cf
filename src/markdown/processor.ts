import { unified } from '@astrojs/markdown-remark';
import { processorOptions, syntaxHighlight } from './processor-options.ts';

/**
 * The archive's Markdown processor: `markdown.processor` in astro.config.mjs,
 * and the one that renders story bodies at page time (src/lib/story-body.ts).
 * Its options, and why each is set, are in processor-options.ts.
 */
export const markdownProcessor = unified(processorOptions);

/** The shared Markdown settings astro.config.mjs gives the processor. */
export const markdownSettings = {
  processor: markdownProcessor,
  syntaxHighlight,
} as const;
