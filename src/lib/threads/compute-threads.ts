import { findAttributions, outletAliases, type AttributionMention } from './attribution.ts';
import { dayNumber, resolveWeekday } from '../dates.ts';
import { properNames, sharedNameCount } from './names.ts';
import { similarPairs } from './similar-pairs.ts';
import { cosine, tfidfVectors } from './tfidf.ts';
import type { Citation, Thread, ThreadIndex, ThreadInput, ThreadMember } from './types.ts';
import { storyPath, threadPath } from '../routes.ts';

/** Stories more than this many days apart are never grouped by similarity alone: news about one event comes out within days. */
export const WINDOW_DAYS = 3;

/**
 * Two stories in the date window are about the same event when the cosine
 * similarity of their TF-IDF vectors (title and body, stopwords dropped,
 * sublinear TF, smoothed IDF) is at least this AND they share at least
 * `MIN_SHARED_NAMES` proper names. Measured: the real NYT/DCNF pair scores
 * 0.49 alone and 0.60 among three dozen synthetic stories, and shares 18
 * names besides the outlets'. Synthetic stories of one kind of event (two
 * strikes, two storms, in one week) reach 0.41 on wording alone, which is why
 * similarity is not enough by itself; but they share at most two names.
 */
export const SIMILARITY_THRESHOLD = 0.3;

/** Proper names (see `properNames`; outlets' own names excluded) two stories must share to be one event. */
export const MIN_SHARED_NAMES = 3;

/**
 * A phrase like "the New York Times reported Monday" links to that outlet's
 * story of that day only if the two share `MIN_SHARED_NAMES` names and are
 * at least this similar (the most similar wins when the outlet ran several
 * that day): lower than `SIMILARITY_THRESHOLD`, since a credit is evidence
 * in itself and a short rewrite of a long story scores low; high enough to
 * refuse a story about something else.
 */
export const CITATION_MIN_SIMILARITY = 0.15;

/**
 * Groups stories into threads and finds their citations of each other.
 *
 * Stories are linked when they are similar enough (`SIMILARITY_THRESHOLD` and
 * `MIN_SHARED_NAMES`, within `WINDOW_DAYS`) or when one credits the other ("the New York Times
 * reported Monday", resolved to the most recent Monday on or before the
 * citing story's date, see `resolveWeekday`); a thread is a connected group
 * of two or more linked stories. A credit without a day ("according to the
 * NYT") follows the dated credit to the same outlet in the same story, or
 * else means that outlet's most similar story in the `WINDOW_DAYS` before.
 * Deterministic: the same stories in any order give the same threads.
 */
export function computeThreads(
  inputs: readonly ThreadInput[],
  storyUrl: (id: string) => string = storyPath,
): ThreadIndex {
  const stories = [...inputs].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const days = stories.map((story) => dayNumber(story.date));
  // One story's text at a time: all of them joined at once would be a second copy of the archive's text.
  const vectors = tfidfVectors(
    (function* () {
      for (const story of stories) yield [story.title, ...story.paragraphs].join('\n');
    })(),
  );
  const similarity = (i: number, j: number) => {
    const a = vectors[i];
    const b = vectors[j];
    return a && b ? cosine(a, b) : 0;
  };

  const parent = stories.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      const up = parent[parent[i] ?? i] ?? i;
      parent[i] = up;
      i = up;
    }
    return i;
  };
  const edges: { a: number; b: number; score: number }[] = [];
  const link = (a: number, b: number, score: number) => {
    edges.push({ a, b, score });
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  const comparable = stories.map((_, i) => ({
    day: days[i] ?? 0,
    vector: vectors[i] ?? { terms: new Uint32Array(), weights: new Float64Array() },
  }));
  const outletNames = new Set(outletAliases(stories.map((story) => story.outlet)).map(({ alias }) => alias));
  const names = stories.map((story) => {
    const found = properNames(story.paragraphs);
    for (const name of found) if (outletNames.has(name.replace(/^the /, ''))) found.delete(name);
    return found;
  });
  for (const { a, b, score } of similarPairs(comparable, WINDOW_DAYS, SIMILARITY_THRESHOLD)) {
    if (sharedNameCount(names[a] ?? new Set(), names[b] ?? new Set()) >= MIN_SHARED_NAMES) link(a, b, score);
  }

  const citationLinks = findCitations(stories, days, (from, to) => {
    const score = similarity(from, to);
    const shared = sharedNameCount(names[from] ?? new Set(), names[to] ?? new Set());
    return score >= CITATION_MIN_SIMILARITY && shared >= MIN_SHARED_NAMES ? score : undefined;
  });
  for (const { from, to, score } of citationLinks) link(from, to, score);

  const members = stories.map((story): ThreadMember => ({
    id: story.id,
    title: story.title,
    outlet: story.outlet,
    date: story.date,
    url: storyUrl(story.id),
  }));
  const citations: Citation[] = citationLinks.map(({ from, to, mentions }) => ({
    from: members[from] as ThreadMember,
    to: members[to] as ThreadMember,
    mentions,
  }));

  const groups = new Map<number, number[]>();
  stories.forEach((_, i) => {
    const root = find(i);
    const group = groups.get(root) ?? [];
    group.push(i);
    groups.set(root, group);
  });
  // Each thread's citations and edges, gathered in one pass: filtering all of them per thread was
  // quadratic in the archive's size (threads and edges both grow with it).
  const citationsOf = new Map<number, Citation[]>();
  citations.forEach((citation, k) => pushTo(citationsOf, find(citationLinks[k]?.from ?? 0), citation));
  const edgesOf = new Map<number, typeof edges>();
  for (const edge of edges) pushTo(edgesOf, find(edge.a), edge);
  const threadOfIndex = new Map<number, Thread>();
  const threads: Thread[] = [];
  for (const [root, indexes] of groups) {
    if (indexes.length < 2) continue;
    const list = indexes.map((i) => members[i] as ThreadMember);
    const first = list[0] as ThreadMember;
    const threadCitations = citationsOf.get(root) ?? [];
    const thread: Thread = {
      slug: first.id,
      url: threadPath(first.id),
      members: list,
      outlets: [...new Set(list.map((m) => m.outlet))],
      citations: threadCitations,
      pair: readingPair(threadCitations, edgesOf.get(root) ?? [], members),
    };
    threads.push(thread);
    for (const i of indexes) threadOfIndex.set(i, thread);
  }
  threads.sort(
    (a, b) =>
      (b.members.at(-1)?.date ?? '').localeCompare(a.members.at(-1)?.date ?? '') || a.slug.localeCompare(b.slug),
  );

  return threadIndex(stories, threads, threadOfIndex, citations);
}

/**
 * The index over threads computed earlier (`computeThreads(inputs).threads`, kept by a build and read back
 * as JSON): answers as the index `computeThreads` returned for the same inputs.
 */
export function indexOfThreads(inputs: readonly ThreadInput[], threads: readonly Thread[]): ThreadIndex {
  const indexOf = new Map(inputs.map((story, i) => [story.id, i]));
  const threadOfIndex = new Map<number, Thread>();
  for (const thread of threads)
    for (const member of thread.members) threadOfIndex.set(indexOf.get(member.id) ?? -1, thread);
  return threadIndex(
    inputs,
    threads,
    threadOfIndex,
    threads.flatMap((thread) => thread.citations),
  );
}

/**
 * The index the pages look things up in. Built here, outside `computeThreads`, on purpose: closures made
 * inside it would share its scope, and keep every story's vector, names and edges alive for the whole build
 * (168 MB held after the pass at 100,000 stories, 9 MB with this; docs/scaling.md).
 */
function threadIndex(
  stories: readonly ThreadInput[],
  threads: readonly Thread[],
  threadOfIndex: ReadonlyMap<number, Thread>,
  citations: readonly Citation[],
): ThreadIndex {
  const indexOf = new Map(stories.map((story, i) => [story.id, i]));
  // Looked up by every story page: maps, not a filter over every citation per page.
  const citingBy = new Map<string, Citation[]>();
  const citedByOf = new Map<string, Citation[]>();
  for (const citation of citations) {
    pushTo(citingBy, citation.from.id, citation);
    pushTo(citedByOf, citation.to.id, citation);
  }

  return {
    threads,
    threadOf: (id) => threadOfIndex.get(indexOf.get(id) ?? -1),
    searchSummaryOf(id) {
      const thread = threadOfIndex.get(indexOf.get(id) ?? -1);
      return thread && { url: thread.url, outlets: thread.outlets.length };
    },
    cites: (id) => citingBy.get(id) ?? [],
    citedBy: (id) => citedByOf.get(id) ?? [],
    story: (id) => stories[indexOf.get(id) ?? -1],
  };
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The side-by-side pair: the first citation's two stories, else the most similar cross-outlet link, else the most similar link. */
function readingPair(
  citations: readonly Citation[],
  edges: readonly { a: number; b: number; score: number }[],
  members: readonly ThreadMember[],
): [ThreadMember, ThreadMember] {
  const cited = citations[0];
  if (cited) return [cited.to, cited.from];
  const ranked = [...edges].sort((x, y) => {
    const crossX = members[x.a]?.outlet !== members[x.b]?.outlet;
    const crossY = members[y.a]?.outlet !== members[y.b]?.outlet;
    return Number(crossY) - Number(crossX) || y.score - x.score || x.a - y.a || x.b - y.b;
  });
  const best = ranked[0] ?? { a: 0, b: 1 };
  return [members[best.a] as ThreadMember, members[best.b] as ThreadMember];
}

/**
 * Every citation between stories: for each story, the outlets it credits,
 * resolved to one archived story each (see `computeThreads`), the one with
 * the highest `relatedness` (undefined: not a candidate at all).
 */
function findCitations(
  stories: readonly ThreadInput[],
  days: readonly number[],
  relatedness: (from: number, to: number) => number | undefined,
): { from: number; to: number; score: number; mentions: Omit<AttributionMention, 'outlet'>[] }[] {
  const aliases = outletAliases(new Set(stories.map((story) => story.outlet)));
  const byOutlet = new Map<string, number[]>();
  stories.forEach((story, i) => {
    const list = byOutlet.get(story.outlet) ?? [];
    list.push(i);
    byOutlet.set(story.outlet, list);
  });

  // Stories are sorted by date, so each outlet's list is too: a day range is a binary search away.
  const between = (list: readonly number[], first: number, last: number) => {
    const lowerBound = (day: number) => {
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((days[list[mid] ?? 0] ?? 0) < day) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    return list.slice(lowerBound(first), lowerBound(last + 1));
  };
  const best = (from: number, candidates: readonly number[]) => {
    let pick: { to: number; score: number } | undefined;
    for (const to of candidates) {
      if (to === from) continue;
      const score = relatedness(from, to);
      if (score !== undefined && (!pick || score > pick.score)) pick = { to, score };
    }
    return pick;
  };

  const links: { from: number; to: number; score: number; mentions: Omit<AttributionMention, 'outlet'>[] }[] = [];
  stories.forEach((story, from) => {
    const day = days[from] ?? 0;
    const mentions = findAttributions(story.paragraphs, aliases).filter((m) => m.outlet !== story.outlet);
    const byCredited = new Map<string, AttributionMention[]>();
    for (const mention of mentions)
      byCredited.set(mention.outlet, [...(byCredited.get(mention.outlet) ?? []), mention]);

    const targets = new Map<number, { score: number; mentions: Omit<AttributionMention, 'outlet'>[] }>();
    for (const [outlet, credits] of byCredited) {
      const theirs = byOutlet.get(outlet) ?? [];
      const resolved = new Map<string, { to: number; score: number } | undefined>();
      for (const credit of credits) {
        if (!credit.weekday || resolved.has(credit.weekday)) continue;
        const onDay = dayNumber(resolveWeekday(credit.weekday, story.date) ?? story.date);
        resolved.set(credit.weekday, best(from, between(theirs, onDay, onDay)));
      }
      const dated = [...resolved.values()].find(Boolean);
      const undated = resolved.size ? dated : best(from, between(theirs, day - WINDOW_DAYS, day));
      for (const { phrase, paragraph, weekday } of credits) {
        const pick = weekday ? resolved.get(weekday) : undated;
        if (!pick) continue;
        const target = targets.get(pick.to) ?? { score: pick.score, mentions: [] };
        target.mentions.push({ phrase, paragraph, ...(weekday ? { weekday } : {}) });
        targets.set(pick.to, target);
      }
    }
    for (const [to, { score, mentions: credited }] of targets) links.push({ from, to, score, mentions: credited });
  });
  return links;
}
