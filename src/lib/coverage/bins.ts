/**
 * Coverage over time: dated stories counted per day, week, month or year,
 * split by outlet. Pure and shared by the build (the static charts on outlet
 * and author pages) and the browser (the search page's timeline).
 */
import { formatDate, formatMonth, formatShortDate, monthKey } from '../dates.ts';

export type Granularity = 'day' | 'week' | 'month' | 'year' | 'decade';

/**
 * The most bars a chart draws: the finest of day, week and month that fits
 * is chosen, else years, else decades. 80 bars keep a bar 4 px wide on a 375 px phone.
 */
export const MAX_BARS = 80;

/** One dated story: its publication day and the series (outlet) it counts in. */
export interface Dated {
  /** `YYYY-MM-DD` */
  date: string;
  series: string;
}

/** One bar: a span of days and its count per series. */
export interface CoverageBin {
  /** First and last day of the span, `YYYY-MM-DD`, inclusive. */
  from: string;
  to: string;
  /** "Sep 4, 2023", "Week of Sep 4, 2023", "September 2023", "2023", "1990s". */
  label: string;
  /** Count per series, in `Coverage.series` order. */
  counts: number[];
  total: number;
}

export interface Coverage {
  granularity: Granularity;
  /** The series that occur, in the order given (else by name). */
  series: string[];
  /** Every span from the first story's to the last's, empty ones included. */
  bins: CoverageBin[];
  total: number;
  /** The largest bar. */
  max: number;
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** Months since 1970-01. */
const monthNumber = (iso: string): number => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 - 1970 * 12;
const monthStart = (month: number): number =>
  Math.round(Date.UTC(1970 + Math.floor(month / 12), month % 12, 1) / DAY_MS);

/** The finest granularity whose bars over `[first, last]` number at most `MAX_BARS`. */
export function chooseGranularity(first: string, last: string): Granularity {
  const days = dayNumber(last) - dayNumber(first) + 1;
  if (days <= MAX_BARS) return 'day';
  if (weekOf(dayNumber(last)) - weekOf(dayNumber(first)) + 7 <= MAX_BARS * 7) return 'week';
  if (monthNumber(last) - monthNumber(first) + 1 <= MAX_BARS) return 'month';
  if (Number(last.slice(0, 4)) - Number(first.slice(0, 4)) + 1 <= MAX_BARS) return 'year';
  return 'decade';
}

// Day 0 (1970-01-01) was a Thursday; weeks start on Monday (ISO 8601).
const weekOf = (day: number): number => day - ((day + 3) % 7);

/** The span `[from, to]` (day numbers) of the bin holding `day`. */
function binOf(granularity: Granularity, day: number): [number, number] {
  if (granularity === 'day') return [day, day];
  if (granularity === 'week') return [weekOf(day), weekOf(day) + 6];
  const iso = isoOf(day);
  if (granularity === 'month') {
    const month = monthNumber(iso);
    return [monthStart(month), monthStart(month + 1) - 1];
  }
  const years = granularity === 'year' ? 1 : 10;
  const year = Math.floor(Number(iso.slice(0, 4)) / years) * years;
  return [Math.round(Date.UTC(year, 0, 1) / DAY_MS), Math.round(Date.UTC(year + years, 0, 1) / DAY_MS) - 1];
}

function labelOf(granularity: Granularity, from: number): string {
  const date = new Date(from * DAY_MS);
  if (granularity === 'day') return formatShortDate(date);
  if (granularity === 'week') return `Week of ${formatShortDate(date)}`;
  if (granularity === 'month') return formatMonth(monthKey(date));
  return granularity === 'year' ? String(date.getUTCFullYear()) : `${date.getUTCFullYear()}s`;
}

/** The long name of a bin's span, for a screen reader: "September 4, 2023", "September 4 to 10, 2023" … */
export function spanText(bin: Pick<CoverageBin, 'from' | 'to' | 'label'>, granularity: Granularity): string {
  if (granularity === 'day') return formatDate(new Date(`${bin.from}T00:00:00Z`));
  if (granularity === 'week')
    return `${formatDate(new Date(`${bin.from}T00:00:00Z`))} to ${formatDate(new Date(`${bin.to}T00:00:00Z`))}`;
  return bin.label;
}

/**
 * Counts `items` per bin and series. The granularity is chosen from their
 * span unless given; `seriesOrder` fixes the order of the series (so that an
 * outlet keeps its colour from chart to chart), others follow by name.
 */
export function binCoverage(
  items: Iterable<Dated>,
  options: { granularity?: Granularity; seriesOrder?: readonly string[] } = {},
): Coverage {
  let first = Infinity;
  let last = -Infinity;
  const dated: [number, string][] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const day = dayNumber(item.date);
    if (Number.isNaN(day)) throw new Error(`coverage: "${item.date}" is not a YYYY-MM-DD day`);
    dated.push([day, item.series]);
    seen.add(item.series);
    if (day < first) first = day;
    if (day > last) last = day;
  }
  const order = options.seriesOrder ?? [];
  const series = [
    ...order.filter((name) => seen.has(name)),
    ...[...seen].filter((name) => !order.includes(name)).sort(),
  ];
  if (dated.length === 0) return { granularity: options.granularity ?? 'day', series, bins: [], total: 0, max: 0 };

  const granularity = options.granularity ?? chooseGranularity(isoOf(first), isoOf(last));
  const bins: CoverageBin[] = [];
  const binStarts = new Map<number, number>();
  for (let start = binOf(granularity, first)[0]; start <= last;) {
    const [from, to] = binOf(granularity, start);
    binStarts.set(from, bins.length);
    bins.push({
      from: isoOf(from),
      to: isoOf(to),
      label: labelOf(granularity, from),
      counts: series.map(() => 0),
      total: 0,
    });
    start = to + 1;
  }
  const seriesIndex = new Map(series.map((name, i) => [name, i]));
  for (const [day, name] of dated) {
    const bin = bins[binStarts.get(binOf(granularity, day)[0]) ?? -1];
    const s = seriesIndex.get(name) ?? 0;
    if (!bin) continue;
    bin.counts[s] = (bin.counts[s] ?? 0) + 1;
    bin.total += 1;
  }
  return { granularity, series, bins, total: dated.length, max: Math.max(...bins.map((bin) => bin.total)) };
}
