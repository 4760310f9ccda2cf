import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { CONTENT_DIR } from './lib/content-dir.ts';

const articles = defineCollection({
  // One Markdown file per article; its file name (without .md) is the permanent slug.
  loader: glob({ pattern: '**/*.md', base: CONTENT_DIR }),
  schema: z
    .object({
      /** The archive's headline, written from the lede (the raw copies carry none). */
      title: z.string().trim().min(1),
      /** True when the headline is the archive's, not the outlet's: pages say so. */
      titleByArchive: z.boolean().default(true),
      /** The lede without its dateline: used for listings, feeds and share cards. */
      description: z.string().trim().min(1),
      /** The day the outlet published the article (YAML date or `YYYY-MM-DD`). */
      date: z.coerce.date(),
      /** Every author in byline order. */
      authors: z.array(z.string().trim().min(1)).min(1),
      /** The publishing outlet's canonical name ("The New York Times"). */
      outlet: z.string().trim().min(1),
      /** The place that opens the body ("WASHINGTON"), if the body opens with one. */
      dateline: z.string().trim().min(1).optional(),
      /** File name of the raw original under `content/raw/`. */
      source: z.string().trim().min(1).optional(),
      /** The day the copy entered the archive. */
      archived: z.coerce.date().optional(),
    })
    .strict(),
});

export const collections = { articles };
