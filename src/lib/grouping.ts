import { monthKey } from './dates.ts';
import { invertedName } from './meta/names.ts';
import { slugify } from './slug.ts';

/** The fields of a story that listings group and sort on. */
export interface Listable {
  id: string;
  data: { date: Date; outlet: string; authors: string[] };
}

/** A named group of stories with a URL segment, e.g. one outlet. */
export interface Group<T> {
  key: string;
  label: string;
  items: T[];
}

/** Newest first; ties broken by slug so every build orders the same way. */
export function newestFirst<T extends Listable>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id));
}

function groupBy<T extends Listable>(
  items: readonly T[],
  keysOf: (item: T) => { key: string; label: string }[],
): Group<T>[] {
  const groups = new Map<string, Group<T>>();
  for (const item of newestFirst(items)) {
    for (const { key, label } of keysOf(item)) {
      const group = groups.get(key) ?? { key, label, items: [] };
      group.items.push(item);
      groups.set(key, group);
    }
  }
  return [...groups.values()];
}

/** By month ("2023/09"), newest month first. */
export const byMonth = <T extends Listable>(items: readonly T[]): Group<T>[] =>
  groupBy(items, (item) => [{ key: monthKey(item.data.date), label: monthKey(item.data.date) }]).sort((a, b) =>
    b.key.localeCompare(a.key),
  );

/** By outlet, alphabetical. */
export const byOutlet = <T extends Listable>(items: readonly T[]): Group<T>[] =>
  groupBy(items, (item) => [{ key: slugify(item.data.outlet), label: item.data.outlet }]).sort((a, b) =>
    a.label.localeCompare(b.label),
  );

/** By author (a story with two authors is in both groups), alphabetical by surname: Barnes, Smith, Wong. */
export const byAuthor = <T extends Listable>(items: readonly T[]): Group<T>[] =>
  groupBy(items, (item) => item.data.authors.map((author) => ({ key: slugify(author), label: author })))
    .map((group) => ({ group, sortKey: invertedName(group.label) }))
    .sort((a, b) => a.sortKey.localeCompare(b.sortKey, 'en') || a.group.label.localeCompare(b.group.label, 'en'))
    .map(({ group }) => group);

/** What an index page shows of a group: how many stories, over which days, and the newest one. */
export interface GroupSummary<T> {
  key: string;
  label: string;
  count: number;
  newest: T;
  oldest: T;
}

/**
 * Summaries of groups made by `byMonth`, `byOutlet` or `byAuthor`. Their
 * items are already newest first, so each summary reads two ends of a list:
 * the index pages cost one grouping pass over the stories, not one per group.
 */
export function summarize<T extends Listable>(groups: readonly Group<T>[]): GroupSummary<T>[] {
  return groups.flatMap(({ key, label, items }) => {
    const newest = items[0];
    const oldest = items.at(-1);
    return newest && oldest ? [{ key, label, count: items.length, newest, oldest }] : [];
  });
}
