/** Dates in the archive are calendar days, stored as UTC midnight and shown in UTC. */

const long = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });
const monthYear = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "September 4, 2023" */
export const formatDate = (date: Date): string => long.format(date);
/** "2023-09-04", for `<time datetime>` */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
/** "2023/09", the archive's month key and URL path */
export const monthKey = (date: Date): string => isoDay(date).slice(0, 7).replace('-', '/');
/** "September 2023" for a month key "2023/09" */
export function formatMonth(key: string): string {
  const [year, month] = key.split('/').map(Number);
  return monthYear.format(new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, 1)));
}

/** The UTC midnight of a `YYYY-MM-DD` day, or undefined when the text is no real calendar day (2023-02-30). */
export function parseIsoDay(value: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  const real = date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
  return real ? date : undefined;
}

const medium = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

/** "Sep 4 – 5, 2023", "Aug 30 – Sep 5, 2023" or "Sep 4, 2023" when both ends are one day. */
export const formatDateRange = (from: Date, to: Date): string =>
  isoDay(from) === isoDay(to) ? medium.format(from) : medium.formatRange(from, to);
