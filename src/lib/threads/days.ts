/** Calendar-day arithmetic on `YYYY-MM-DD` strings, in UTC like the rest of the archive. */

const MS_PER_DAY = 86_400_000;

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** Days since 1970-01-01 for a `YYYY-MM-DD` day. */
export function dayNumber(isoDay: string): number {
  return Math.floor(Date.parse(`${isoDay}T00:00:00Z`) / MS_PER_DAY);
}

/** The `YYYY-MM-DD` day of a day number. */
export function isoDayOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

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

const withWeekday = new Intl.DateTimeFormat('en-US', { dateStyle: 'full', timeZone: 'UTC' });
const plain = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });
const short = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** "Monday, September 4, 2023" for `2023-09-04`. */
export const formatDayWithWeekday = (isoDay: string): string => withWeekday.format(new Date(`${isoDay}T00:00:00Z`));
/** "September 4, 2023" for `2023-09-04`. */
export const formatDay = (isoDay: string): string => plain.format(new Date(`${isoDay}T00:00:00Z`));
/** "Sep 4" for `2023-09-04`. */
export const formatShortDay = (isoDay: string): string => short.format(new Date(`${isoDay}T00:00:00Z`));
