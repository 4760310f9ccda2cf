import { getArticles } from '../articles.ts';
import { byOutlet } from '../grouping.ts';
import { SITE_DESCRIPTION, SITE_TITLE } from '../../consts.ts';
import { feedPath, type FeedChannel, type FeedEntry } from './feeds.ts';

/** One feed's channel and its stories, newest first. */
export interface FeedSource {
  channel: FeedChannel;
  entries: FeedEntry[];
}

/**
 * Every story in full, with the body the Markdown pipeline rendered. Throws if
 * a story has no rendered body: a feed must not go out with an empty item.
 */
async function allEntries(): Promise<FeedEntry[]> {
  return (await getArticles()).map((article) => {
    const html = article.rendered?.html;
    if (!html) throw new Error(`Story ${article.id} has no rendered body for the feeds.`);
    return { story: article, html };
  });
}

/** The whole archive's feed in the given format. */
export async function siteFeed(site: URL, format: 'rss' | 'json'): Promise<FeedSource> {
  return {
    channel: {
      title: SITE_TITLE,
      description: SITE_DESCRIPTION,
      homePageUrl: new URL('/', site).href,
      feedUrl: new URL(feedPath(format), site).href,
    },
    entries: await allEntries(),
  };
}

/** The feed of the outlet whose URL segment is `key`, in the given format. */
export async function outletFeed(site: URL, format: 'rss' | 'json', key: string): Promise<FeedSource> {
  const listable = (await allEntries()).map((entry) => ({ id: entry.story.id, data: entry.story.data, entry }));
  const group = byOutlet(listable).find((outlet) => outlet.key === key);
  if (!group) throw new Error(`No outlet has the URL segment "${key}".`);
  return {
    channel: {
      title: `${group.label} · ${SITE_TITLE}`,
      description: `Stories from ${group.label} kept in ${SITE_TITLE}.`,
      homePageUrl: new URL(`/outlets/${group.key}/`, site).href,
      feedUrl: new URL(feedPath(format, group.key), site).href,
    },
    entries: group.items.map((item) => item.entry),
  };
}
