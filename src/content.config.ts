import { defineCollection } from 'astro:content';
import { storyGlob } from './lib/story-loader.ts';
import { z } from 'astro/zod';
import { CONTENT_DIR } from './lib/content-dir.ts';
import { DAY_ERROR, parseIsoDay } from './lib/dates.ts';

/** A calendar day: a YAML date, or a `YYYY-MM-DD` string that is checked to exist (no 2023-02-30). */
const calendarDay = () =>
  z.union([z.date(), z.string()], { error: DAY_ERROR }).transform((value, ctx) => {
    const date = typeof value === 'string' ? parseIsoDay(value.trim()) : value;
    if (date && !Number.isNaN(date.getTime())) return date;
    ctx.addIssue({ code: 'custom', message: DAY_ERROR });
    return z.NEVER;
  });
const text = (what: string) =>
  z
    .string({ error: `must be ${what}` })
    .trim()
    .min(1, { error: `must not be empty` });

const articles = defineCollection({
  // One Markdown file per article; its file name (without .md) is the permanent slug.
  loader: storyGlob({ pattern: '**/*.md', base: CONTENT_DIR }),
  schema: z
    .object({
      /** The archive's headline, written from the lede (the raw copies carry none). */
      title: text('the headline, as text'),
      /** True when the headline is the archive's, not the outlet's: pages say so. */
      titleByArchive: z.boolean({ error: 'must be true or false' }).default(true),
      /** The lede without its dateline: used for listings, feeds and share cards. */
      description: text('the lede, as text'),
      /** The day the outlet published the article (YAML date or `YYYY-MM-DD`). */
      date: calendarDay(),
      /** Every author in byline order. */
      authors: z
        .array(text('a name'), { error: 'must be a list of names' })
        .min(1, { error: 'must name at least one author' }),
      /** The publishing outlet's canonical name ("The New York Times"). */
      outlet: text("the outlet's name"),
      /** The place that opens the body ("WASHINGTON"), if the body opens with one. */
      dateline: text('a place name').optional(),
      /** File name of the raw original under `content/raw/`. */
      source: text('a file name').optional(),
      /** The day the copy entered the archive: its first version's day. */
      archived: calendarDay().optional(),
      /** The day the current version entered the archive, when the story has been updated or corrected. */
      updated: calendarDay().optional(),
    })
    .strict(),
});

export const collections = { articles };
