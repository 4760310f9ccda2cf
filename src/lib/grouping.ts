import { monthKey } from './dates.ts';
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

/** By author (a story with two authors is in both groups), alphabetical. */
export const byAuthor = <T extends Listable>(items: readonly T[]): Group<T>[] =>
  groupBy(items, (item) => item.data.authors.map((author) => ({ key: slugify(author), label: author }))).sort((a, b) =>
    a.label.localeCompare(b.label),
  );
