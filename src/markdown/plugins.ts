import { rehypeExternalLinkRel } from './rehype-external-links.ts';
import { rehypeParagraphAnchors } from './rehype-paragraph-anchors.ts';
import { remarkReadingTime } from './remark-reading-time.ts';

/** The archive's own Markdown pipeline, shared by the site config and the plugin tests. */
export const remarkPlugins = [remarkReadingTime];
export const rehypePlugins = [rehypeParagraphAnchors, rehypeExternalLinkRel];
