/**
 * Draws a `Coverage` as markup: an SVG bar chart (stacked by series), a
 * legend, and a table of the same numbers as its text alternative. Strings,
 * so that the build (`set:html`) and the browser (`innerHTML`) draw the same
 * chart. Geometry is in attributes and colours in classes (`coverage-s0` …):
 * the pages' CSP allows no inline style.
 */
import { spanText, type Coverage, type CoverageBin } from './bins.ts';

/** Colour classes in the stylesheet (`coverage-s0` … `coverage-s5`); series beyond reuse them in turn. */
export const PALETTE_SIZE = 6;

const WIDTH = 720;
const HEIGHT = 180;
// Labels are HTML beside the SVG, not SVG text: a chart scaled down to a phone would shrink them unreadably.
const PAD = { left: 2, right: 2, top: 4, bottom: 2 };

export interface ChartOptions {
  /** Unique on the page: ids of the title and description derive from it. */
  id: string;
  /** The chart's accessible name: "Coverage of The Example Herald over time". */
  title: string;
  /**
   * Bars the reader can focus and press (the search timeline): each bar is a
   * `role="button"` group carrying `data-from`/`data-to`. Off for static charts.
   */
  interactive?: boolean;
  /** The date filter in force, `YYYY-MM-DD` bounds: bars inside it are marked selected. */
  selected?: { from?: string; to?: string };
  /** Every series name in palette order, so an outlet has one colour on every chart. */
  palette?: readonly string[];
}

/** Escapes text for an HTML or SVG text node or a quoted attribute. */
export const escapeMarkup = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const stories = (n: number) => `${n} ${n === 1 ? 'story' : 'stories'}`;
// One decimal is a tenth of a viewBox unit: finer than any screen shows, and a static chart stays small.
const num = (n: number) => String(Math.round(n * 10) / 10);

/** What one bar says to a screen reader and in its tooltip: "September 4, 2023: 3 stories (Herald 2, Daily 1)". */
export function barText(bin: CoverageBin, coverage: Coverage): string {
  const parts = coverage.series.map((name, i) => [name, bin.counts[i] ?? 0] as const).filter(([, n]) => n > 0);
  const split =
    coverage.series.length > 1 && parts.length ? ` (${parts.map(([name, n]) => `${name} ${n}`).join(', ')})` : '';
  return `${spanText(bin, coverage.granularity)}: ${stories(bin.total)}${split}`;
}

/** One sentence for the whole chart: span, unit, total and busiest bar. */
export function summaryText(coverage: Coverage): string {
  const first = coverage.bins[0];
  const last = coverage.bins.at(-1);
  if (!first || !last) return 'No dated stories.';
  const busiest = coverage.bins.reduce((a, b) => (b.total > a.total ? b : a));
  return (
    `${stories(coverage.total)} from ${first.label} to ${last.label}, counted by ${coverage.granularity}; ` +
    `the most in one ${coverage.granularity}: ${stories(busiest.total)} (${spanText(busiest, coverage.granularity)}).`
  );
}

const inside = (bin: CoverageBin, selected: ChartOptions['selected']): boolean =>
  Boolean(selected && (selected.from || selected.to)) &&
  (!selected?.from || bin.to >= selected.from) &&
  (!selected?.to || bin.from <= selected.to);

/** The chart as an `<svg>` element's markup. */
export function coverageSvg(coverage: Coverage, options: ChartOptions): string {
  const { id, title, interactive = false } = options;
  const palette = options.palette ?? coverage.series;
  const colour = (name: string) => `coverage-s${Math.max(0, palette.indexOf(name)) % PALETTE_SIZE}`;
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const baseline = PAD.top + plotH;
  const n = Math.max(1, coverage.bins.length);
  const slot = plotW / n;
  const barW = Math.max(1, slot - Math.max(1, slot * 0.2));
  const scale = coverage.max > 0 ? plotH / coverage.max : 0;

  const bars = coverage.bins.map((bin, i) => {
    const x = PAD.left + i * slot + (slot - barW) / 2;
    let y = baseline;
    const rects = coverage.series
      .map((name, s) => {
        const count = bin.counts[s] ?? 0;
        if (count === 0) return '';
        const h = count * scale;
        y -= h;
        return `<rect class="${colour(name)}" x="${num(x)}" y="${num(y)}" width="${num(barW)}" height="${num(h)}"/>`;
      })
      .join('');
    const text = escapeMarkup(barText(bin, coverage));
    const range = `data-from="${bin.from}" data-to="${bin.to}" data-count="${bin.total}"`;
    if (!interactive) return `<g class="coverage-bar"><title>${text}</title>${rects}</g>`;
    const pressed = inside(bin, options.selected);
    // A full-height target, so a short or empty bar is as easy to hit as a tall one.
    const hit = `<rect class="coverage-hit" x="${num(PAD.left + i * slot)}" y="${PAD.top}" width="${num(slot)}" height="${plotH}"/>`;
    return (
      `<g class="coverage-bar" ${range} data-index="${i}" role="button" tabindex="${i === 0 ? 0 : -1}" ` +
      `aria-pressed="${pressed}" aria-label="${text}"><title>${text}</title>${hit}${rects}</g>`
    );
  });

  const axis = [
    `<line class="coverage-axis" x1="${PAD.left}" y1="${baseline}" x2="${WIDTH - PAD.right}" y2="${baseline}"/>`,
    `<line class="coverage-grid" x1="${PAD.left}" y1="${PAD.top}" x2="${WIDTH - PAD.right}" y2="${PAD.top}"/>`,
  ].join('');

  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const role = interactive ? 'group' : 'img';
  return (
    `<svg class="coverage-chart" id="${id}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="${role}" ` +
    `aria-labelledby="${titleId}" aria-describedby="${descId}" focusable="false">` +
    `<title id="${titleId}">${escapeMarkup(title)}</title><desc id="${descId}">${escapeMarkup(summaryText(coverage))}</desc>` +
    `<g aria-hidden="true">${axis}</g><g class="coverage-bars">${bars.join('')}</g></svg>`
  );
}

/** The axis in words under the chart: first span, the tallest bar's height (the dashed line), last span. */
export function coverageAxis(coverage: Coverage): string {
  const first = coverage.bins[0];
  const last = coverage.bins.at(-1);
  if (!first || !last) return '';
  const peak = `<span>Dashed line: ${stories(coverage.max)} a ${coverage.granularity}</span>`;
  return (
    `<p class="coverage-scale" aria-hidden="true"><span>${escapeMarkup(first.label)}</span>${peak}` +
    `<span>${last === first ? '' : escapeMarkup(last.label)}</span></p>`
  );
}

/** The legend: one swatch per series (none for a single series). */
export function coverageLegend(coverage: Coverage, palette: readonly string[] = coverage.series): string {
  if (coverage.series.length < 2) return '';
  const items = coverage.series.map((name) => {
    const colour = `coverage-s${Math.max(0, palette.indexOf(name)) % PALETTE_SIZE}`;
    return `<li><svg class="coverage-swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false"><rect class="${colour}" width="10" height="10"/></svg>${escapeMarkup(name)}</li>`;
  });
  return `<ul class="coverage-legend" role="list">${items.join('')}</ul>`;
}

/** The numbers behind the chart as a table, the chart's text alternative: one row per non-empty bar. */
export function coverageTable(coverage: Coverage, caption: string): string {
  const split = coverage.series.length > 1;
  const head = [
    '<th scope="col">Period</th>',
    ...(split ? coverage.series : []).map((name) => `<th scope="col">${escapeMarkup(name)}</th>`),
    '<th scope="col">Stories</th>',
  ];
  const rows = coverage.bins
    .filter((bin) => bin.total > 0)
    .map((bin) => {
      const cells = split ? coverage.series.map((_, s) => `<td>${bin.counts[s] ?? 0}</td>`) : [];
      return `<tr><th scope="row">${escapeMarkup(spanText(bin, coverage.granularity))}</th>${cells.join('')}<td>${bin.total}</td></tr>`;
    });
  return (
    `<table class="coverage-table"><caption>${escapeMarkup(caption)}</caption>` +
    `<thead><tr>${head.join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`
  );
}

/** Chart, legend and table together, the table folded in a `<details>` under the chart. */
export function coverageFigure(coverage: Coverage, options: ChartOptions): string {
  const palette = options.palette ?? coverage.series;
  return (
    coverageSvg(coverage, options) +
    coverageAxis(coverage) +
    coverageLegend(coverage, palette) +
    `<details class="coverage-numbers"><summary>The numbers</summary>${coverageTable(coverage, options.title)}</details>`
  );
}
