/**
 * The coverage of a listing's group (one outlet, one author), stacked by
 * outlet, for the static charts. Computed once per group in
 * `getStaticPaths`, never per page.
 */
import { isoDay } from '../dates.ts';
import type { Listable } from '../grouping.ts';
import { binCoverage, type Coverage } from './bins.ts';

/** The group's stories binned by publication day, series by outlet in `palette` order. */
export const groupCoverage = (items: readonly Listable[], palette: readonly string[]): Coverage =>
  binCoverage(
    items.map((item) => ({ date: isoDay(item.data.date), series: item.data.outlet })),
    { seriesOrder: palette },
  );
