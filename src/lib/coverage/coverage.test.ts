import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { binCoverage, chooseGranularity, MAX_BARS, type Dated } from './bins.ts';
import { coverageFigure, coverageSvg, coverageTable } from './svg.ts';

const A = 'The Example Herald';
const B = 'Fixture Daily';
const items: Dated[] = [
  { date: '2023-09-04', series: A },
  { date: '2023-09-04', series: B },
  { date: '2023-09-04', series: A },
  { date: '2023-09-06', series: B },
  { date: '2023-09-10', series: A },
];

describe('binCoverage', () => {
  it('counts per day and series, empty days included, series in the given order', () => {
    const coverage = binCoverage(items, { seriesOrder: [B, A] });
    expect(coverage.granularity).toBe('day');
    expect(coverage.series).toEqual([B, A]);
    expect(coverage.bins.map((bin) => [bin.from, bin.counts, bin.total])).toEqual([
      ['2023-09-04', [1, 2], 3],
      ['2023-09-05', [0, 0], 0],
      ['2023-09-06', [1, 0], 1],
      ['2023-09-07', [0, 0], 0],
      ['2023-09-08', [0, 0], 0],
      ['2023-09-09', [0, 0], 0],
      ['2023-09-10', [0, 1], 1],
    ]);
    expect([coverage.total, coverage.max]).toEqual([5, 3]);
  });

  it('chooses weeks (Monday to Sunday), months, years or decades as the span grows, never more than MAX_BARS bars', () => {
    expect(chooseGranularity('2023-09-01', '2023-09-28')).toBe('day');
    expect(chooseGranularity('2023-01-01', '2023-12-31')).toBe('week');
    expect(chooseGranularity('2020-01-01', '2023-12-31')).toBe('month');
    expect(chooseGranularity('1990-01-01', '2023-12-31')).toBe('year');
    expect(chooseGranularity('1851-09-18', '2023-12-31')).toBe('decade');
    const weeks = binCoverage([...items, { date: '2023-12-20', series: A }]);
    expect(weeks.granularity).toBe('week');
    expect(weeks.bins[0]).toMatchObject({
      from: '2023-09-04',
      to: '2023-09-10',
      total: 5,
      label: 'Week of Sep 4, 2023',
    });
    expect(weeks.bins.at(-1)).toMatchObject({ from: '2023-12-18', to: '2023-12-24', total: 1 });
    for (const [first, last] of [
      ['2023-01-01', '2023-03-21'],
      ['2022-01-01', '2023-07-01'],
      ['2010-01-01', '2016-08-31'],
      ['1900-01-01', '2023-12-31'],
    ] as const) {
      const wide = binCoverage([
        { date: first, series: A },
        { date: last, series: A },
      ]);
      expect(wide.bins.length, `${first}…${last}`).toBeLessThanOrEqual(MAX_BARS);
      expect(wide.bins.reduce((sum, bin) => sum + bin.total, 0)).toBe(2);
    }
    const months = binCoverage([
      { date: '2020-02-29', series: A },
      { date: '2023-12-31', series: B },
    ]);
    expect(months.bins[0]).toMatchObject({ from: '2020-02-01', to: '2020-02-29', label: 'February 2020' });
    expect(months.bins.at(-1)).toMatchObject({ from: '2023-12-01', to: '2023-12-31', total: 1 });
  });

  it('refuses a malformed day, naming it', () => {
    expect(() => binCoverage([{ date: '2023-9-4', series: A }])).toThrow(/"2023-9-4"/);
  });

  it('gives an empty chart for no stories', () => {
    expect(binCoverage([])).toMatchObject({ bins: [], total: 0, max: 0 });
  });
});

describe('coverage markup', () => {
  const coverage = binCoverage(items, { seriesOrder: [A, B] });

  it('draws one bar per span, stacked by series, heights in proportion, geometry in attributes only', () => {
    const svg = parse(coverageSvg(coverage, { id: 'c', title: 'Coverage' })).querySelector('svg');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(svg?.querySelector('title')?.text).toBe('Coverage');
    const bars = svg?.querySelectorAll('g.coverage-bar') ?? [];
    expect(bars.length).toBe(7);
    const heights = bars.map((bar) =>
      bar.querySelectorAll('rect').reduce((sum, rect) => sum + Number(rect.getAttribute('height')), 0),
    );
    expect((heights[0] ?? 0) / (heights[2] ?? 1)).toBeCloseTo(3);
    expect(bars[0]?.querySelectorAll('rect').map((rect) => rect.getAttribute('class'))).toEqual([
      'coverage-s0',
      'coverage-s1',
    ]);
    expect(bars[0]?.querySelector('title')?.text).toBe(
      'September 4, 2023: 3 stories (The Example Herald 2, Fixture Daily 1)',
    );
    expect(coverageFigure(coverage, { id: 'c', title: 'Coverage' })).not.toMatch(/\sstyle=|<script/);
  });

  it('makes each bar a focusable button with its span when interactive, pressed inside the date filter', () => {
    const svg = parse(
      coverageSvg(coverage, {
        id: 't',
        title: 'Timeline',
        interactive: true,
        selected: { from: '2023-09-06', to: '2023-09-06' },
      }),
    );
    const bars = svg.querySelectorAll('g.coverage-bar');
    expect(bars.map((bar) => bar.getAttribute('data-count'))).toEqual(['3', '0', '1', '0', '0', '0', '1']);
    expect(bars.map((bar) => bar.getAttribute('data-from'))[2]).toBe('2023-09-06');
    expect(bars.every((bar) => bar.getAttribute('role') === 'button')).toBe(true);
    expect(bars.map((bar) => bar.getAttribute('tabindex'))).toEqual(['0', '-1', '-1', '-1', '-1', '-1', '-1']);
    expect(bars.map((bar) => bar.getAttribute('aria-pressed'))).toEqual([
      'false',
      'false',
      'true',
      'false',
      'false',
      'false',
      'false',
    ]);
    expect(bars[2]?.getAttribute('aria-label')).toBe('September 6, 2023: 1 story (Fixture Daily 1)');
  });

  it('gives the numbers as a table, one row per span with stories', () => {
    const table = parse(coverageTable(coverage, 'Coverage'));
    const rows = table
      .querySelectorAll('tbody tr')
      .map((row) => row.querySelectorAll('th, td').map((cell) => cell.text));
    expect(table.querySelectorAll('thead th').map((th) => th.text)).toEqual(['Period', A, B, 'Stories']);
    expect(rows).toEqual([
      ['September 4, 2023', '2', '1', '3'],
      ['September 6, 2023', '0', '1', '1'],
      ['September 10, 2023', '1', '0', '1'],
    ]);
  });

  it('escapes names', () => {
    const odd = binCoverage([
      { date: '2023-09-04', series: 'A <b>&</b> "B"' },
      { date: '2023-09-04', series: 'C' },
    ]);
    const html = coverageFigure(odd, { id: 'x', title: 'T & <U>' });
    expect(html).not.toContain('<b>');
    expect(parse(html).querySelector('.coverage-legend li')?.text).toBe('A <b>&</b> "B"');
  });
});
