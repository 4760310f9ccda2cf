/** Dates in the archive are calendar days, stored as UTC midnight and shown in UTC. */

/**
 * An American English formatter in UTC, made on first use: setting one up costs ICU's locale data (several ms
 * each on the search page's first run, where most of these are never used).
 */
function formatter(options: Intl.DateTimeFormatOptions): () => Intl.DateTimeFormat {
  let made: Intl.DateTimeFormat | undefined;
  return () => (made ??= new Intl.DateTimeFormat('en-US', { ...options, timeZone: 'UTC' }));
}

const long = formatter({ dateStyle: 'long' });
const monthYear = formatter({ month: 'long', year: 'numeric' });

/** "September 4, 2023" */
export const formatDate = (date: Date): string => long().format(date);
/** "2023-09-04", for `<time datetime>` */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
/** "2023/09", the archive's month key and URL path */
export const monthKey = (date: Date): string => isoDay(date).slice(0, 7).replace('-', '/');
/** "September 2023" for a month key "2023/09" */
export function formatMonth(key: string): string {
  const [year, month] = key.split('/').map(Number);
  return monthYear().format(new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, 1)));
}

// The same days as `YYYY-MM-DD` text, as threads and the search index carry them.
const withWeekday = formatter({ dateStyle: 'full' });
const short = formatter({ month: 'short', day: 'numeric' });
const midnight = (isoDay: string) => new Date(`${isoDay}T00:00:00Z`);

/** "September 4, 2023" for `2023-09-04`. */
export const formatDay = (isoDay: string): string => long().format(midnight(isoDay));
/** "Monday, September 4, 2023" for `2023-09-04`. */
export const formatDayWithWeekday = (isoDay: string): string => withWeekday().format(midnight(isoDay));
/** "Sep 4" for `2023-09-04`. */
export const formatShortDay = (isoDay: string): string => short().format(midnight(isoDay));

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a `YYYY-MM-DD` day. */
export function dayNumber(isoDay: string): number {
  return Math.floor(midnight(isoDay).getTime() / MS_PER_DAY);
}

/** The `YYYY-MM-DD` day of a day number. */
export function isoDayOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/**
 * The day a story means by a weekday name: the most recent such weekday on or
 * before the story's own date. A Tuesday story's "Monday" is the day before;
 * a Monday story's "Monday" is that same day; its "Tuesday" is six days back.
 * Returns undefined for a word that is not a weekday.
 */
export function resolveWeekday(weekday: string, storyDay: string): string | undefined {
  const target = WEEKDAYS.indexOf(weekday.toLowerCase() as (typeof WEEKDAYS)[number]);
  if (target < 0) return undefined;
  const day = dayNumber(storyDay);
  // 1970-01-01 was a Thursday (weekday 4).
  const weekdayOfStory = (day + 4) % 7;
  return isoDayOf(day - ((weekdayOfStory - target + 7) % 7));
}

/** What is wrong with a day that `parseIsoDay` refuses: the schema and `npm run verify` say it alike. */
export const DAY_ERROR = 'must be a real calendar day written YYYY-MM-DD';

/** The UTC midnight of a `YYYY-MM-DD` day, or undefined when the text is no real calendar day (2023-02-30). */
export function parseIsoDay(value: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  const real = date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
  return real ? date : undefined;
}

const shortDay = formatter({ month: 'short', day: 'numeric', year: 'numeric' });
/** "Sep 4, 2023": axis labels and other tight places */
export const formatShortDate = (date: Date): string => shortDay().format(date);

const medium = formatter({ dateStyle: 'medium' });

/** "Sep 4 – 5, 2023", "Aug 30 – Sep 5, 2023" or "Sep 4, 2023" when both ends are one day. */
export const formatDateRange = (from: Date, to: Date): string =>
  isoDay(from) === isoDay(to) ? medium().format(from) : medium().formatRange(from, to);
