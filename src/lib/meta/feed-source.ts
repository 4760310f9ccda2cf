import { getArticles, type Article } from '../articles.ts';
import { byOutlet } from '../grouping.ts';
import { FEED_SIZE, SITE_DESCRIPTION, SITE_TITLE } from '../../consts.ts';
import { absoluteUrl, feedPath, homePath, outletPath } from '../routes.ts';
import type { FeedChannel, FeedEntry } from './feeds.ts';

/** One feed's channel and its stories, newest first. */
export interface FeedSource {
  channel: FeedChannel;
  entries: FeedEntry[];
}

/**
 * A story in full, with the body the Markdown pipeline rendered. Throws if it
 * has none: a feed must not go out with an empty item.
 */
function toEntry(story: Article): FeedEntry {
  const html = story.rendered?.html;
  if (!html) throw new Error(`Story ${story.id} has no rendered body for the feeds.`);
  return { story, html };
}

// Feeds carry the newest stories only, as readers expect: a feed of the whole
// archive would be megabytes at 10,000 stories, fetched again on every poll.
const newest = <T>(items: T[]): T[] => items.slice(0, FEED_SIZE);

let outletGroups: ReturnType<typeof byOutlet<Article>> | undefined;

/** The whole archive's feed in the given format. */
export async function siteFeed(site: URL, format: 'rss' | 'json'): Promise<FeedSource> {
  return {
    channel: {
      title: SITE_TITLE,
      description: SITE_DESCRIPTION,
      homePageUrl: absoluteUrl(homePath(), site),
      feedUrl: absoluteUrl(feedPath(format), site),
    },
    entries: newest(await getArticles()).map(toEntry),
  };
}

/** The feed of the outlet whose URL segment is `key`, in the given format. */
export async function outletFeed(site: URL, format: 'rss' | 'json', key: string): Promise<FeedSource> {
  outletGroups ??= byOutlet(await getArticles());
  const group = outletGroups.find((outlet) => outlet.key === key);
  if (!group) throw new Error(`No outlet has the URL segment "${key}".`);
  return {
    channel: {
      title: `${group.label} · ${SITE_TITLE}`,
      description: `Stories from ${group.label} kept in ${SITE_TITLE}.`,
      homePageUrl: absoluteUrl(outletPath(group.key), site),
      feedUrl: absoluteUrl(feedPath(format, group.key), site),
    },
    entries: newest(group.items).map(toEntry),
  };
}

/** `getStaticPaths` of the per-outlet feeds: one per outlet, by its URL segment. */
export async function outletPaths(): Promise<{ params: { outlet: string } }[]> {
  outletGroups ??= byOutlet(await getArticles());
  return outletGroups.map((outlet) => ({ params: { outlet: outlet.key } }));
}
