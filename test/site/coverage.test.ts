import { describe, expect, inject, it } from 'vitest';
import { listPages, readPage, visibleText } from '../helpers/dist.ts';

/** The chart's table on a built page: `[period, …counts, total]` per row, and the column heads. */
function chartTable(dir: string, path: string) {
  const page = readPage(dir, path);
  const table = page.querySelector('.coverage table.coverage-table');
  return {
    page,
    heads: table?.querySelectorAll('thead th').map(visibleText) ?? [],
    rows: table?.querySelectorAll('tbody tr').map((row) => row.querySelectorAll('th, td').map(visibleText)) ?? [],
  };
}

const total = (rows: string[][]) => rows.reduce((sum, row) => sum + Number(row.at(-1)), 0);

describe('static coverage charts over the 45-story fixture', () => {
  const dir = () => inject('paginatedDir');
  // The fixture puts story i on September 1 + (i mod 28), odd stories in The Example Herald.
  const fixtureDays = (keep: (i: number) => boolean) => {
    const days = new Map<number, number>();
    for (let i = 1; i <= 45; i++) if (keep(i)) days.set(1 + (i % 28), (days.get(1 + (i % 28)) ?? 0) + 1);
    return [...days].sort(([a], [b]) => a - b).map(([day, n]) => [`September ${day}, 2023`, String(n)]);
  };

  it("counts an outlet's stories per day, as the fixture dates them, on every page of its listing", () => {
    for (const path of ['/outlets/the-example-herald/', '/outlets/the-example-herald/2/']) {
      const { page, rows, heads } = chartTable(dir(), path);
      expect(heads).toEqual(['Period', 'Stories']);
      expect(rows).toEqual(fixtureDays((i) => i % 2 === 1));
      const svg = page.querySelector('.coverage svg.coverage-chart');
      expect(svg?.getAttribute('role')).toBe('img');
      // Every day from the outlet's first story to its last has a bar, empty or not.
      expect(svg?.querySelectorAll('g.coverage-bar').length).toBe(27);
    }
  });

  it("splits an author's stories by outlet", () => {
    const { rows, heads, page } = chartTable(dir(), '/authors/sam-sample/');
    expect(heads).toEqual(['Period', 'Fixture Daily', 'The Example Herald', 'Stories']);
    const expected = fixtureDays((i) => i % 3 === 0).map(([day, n]) => {
      const i =
        [...Array(45).keys()].map((k) => k + 1).find((k) => k % 3 === 0 && `September ${1 + (k % 28)}, 2023` === day) ??
        0;
      return i % 2 ? [day, '0', n, n] : [day, n, '0', n];
    });
    expect(rows).toEqual(expected);
    expect(page.querySelectorAll('.coverage-legend li').map(visibleText)).toEqual([
      'Fixture Daily',
      'The Example Herald',
    ]);
  });
});

describe('static coverage charts on the real archive', () => {
  const dir = () => inject('siteDir');

  it('draws a chart on every outlet and author page that counts the stories the listing counts, with no inline style', () => {
    const pages = listPages(dir()).filter((path) => /^\/(outlets|authors)\/[^/]+\/(\d+\/)?$/.test(path));
    expect(pages.length).toBeGreaterThan(1);
    for (const path of pages) {
      const { page, rows } = chartTable(dir(), path);
      const count = Number(/^(\d+)/.exec(visibleText(page.querySelector('.listing-count') ?? page))?.[1]);
      expect(total(rows), path).toBe(count);
      expect(page.querySelector('.coverage')?.toString() ?? '', path).not.toMatch(/\sstyle=/);
    }
  });
});
