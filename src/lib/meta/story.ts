/**
 * What the metadata builders need of a story: its permanent slug and its
 * frontmatter. A collection entry fits as it is; tests pass plain objects.
 */
export interface StoryFacts {
  /** The file name without `.md`: the permanent slug. */
  id: string;
  data: {
    title: string;
    titleByArchive: boolean;
    description: string;
    date: Date;
    authors: string[];
    outlet: string;
    dateline?: string | undefined;
    archived?: Date | undefined;
    /** When the current version entered the archive, if the story has been updated. */
    updated?: Date | undefined;
  };
}

/** The story page's absolute URL under `site`. */
export const storyPageUrl = (id: string, site: URL | string): string => new URL(`/articles/${id}/`, site).href;

/** The story's social card (1200×630 PNG), absolute. */
export const storyCardUrl = (id: string, site: URL | string): string => new URL(`/og/articles/${id}.png`, site).href;

/** The card for every page that is not a story, absolute. */
export const siteCardUrl = (site: URL | string): string => new URL('/og/site.png', site).href;

/** Where a story's citation downloads live, root-relative: `.bib` or `.ris`. */
export const citationFilePath = (id: string, format: 'bib' | 'ris'): string => `/cite/${id}.${format}`;

/** The social card's pixel size, as Open Graph and JSON-LD declare it. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
