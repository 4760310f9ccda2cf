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
  };
}

/** The social card's pixel size, as Open Graph and JSON-LD declare it. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
