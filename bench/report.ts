import { cpus, loadavg } from 'node:os';
import type { EngineMeasurement } from './measure.ts';
import { percentile } from './measure.ts';
import type { QualitySummary } from './quality.ts';
import type { TimedRun } from './site-build.ts';
import { markdownTable } from './table.ts';

type Phases = { contentSyncS: number; routesS: number };
type Routes = Record<string, { files: number; ms: number }>;

/** What one benchmark run measured, as `bench/run.ts` gathers it. */
export interface BenchRun {
  n: number;
  seed: number;
  firstQuery: string;
  queryCount: number;
  debounceMs: number;
  /** The 1-minute load average when the run started. */
  loadAtStart: number;
  ours: {
    measured: EngineMeasurement;
    quality: QualitySummary;
    indexBuild: { ms: number; documentsMs: number; buildMs: number };
    index: { files: number; bytes: number; gzipBytes: number };
  };
  /** Absent with `--no-pagefind` (an archive Pagefind cannot index on this machine): its column reads n/a. */
  pagefind?: {
    measured: EngineMeasurement;
    quality: QualitySummary;
    run: TimedRun;
    size: { files: number; bytes: number };
  };
  build: {
    cold: TimedRun;
    warm: TimedRun | undefined;
    site: { files: number; bytes: number };
    phases: { cold: Phases; warm?: Phases };
    routeTimes: { cold: Routes; warm?: Routes };
  };
}

/** The side-by-side table of one benchmark run, with its notes. */
export function renderTable(run: BenchRun): string {
  const { n, seed, firstQuery, queryCount, debounceMs, loadAtStart } = run;
  const { measured: oursMeasured, quality: oursQuality, indexBuild: ourIndexBuild, index: ourIndex } = run.ours;
  const {
    measured: pagefindMeasured,
    quality: pagefindQuality,
    run: pagefindRun,
    size: pagefindSize,
  } = run.pagefind ?? notMeasured;
  const { cold: coldBuild, warm: warmBuild, site, phases, routeTimes } = run.build;
  const ourIndexMs = ourIndexBuild.ms;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const size = (bytes: number) => (bytes < 2 ** 20 ? kb(bytes) : mb(bytes));
  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
  const ms = (value: number) =>
    Number.isFinite(value) ? `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms` : 'n/a';
  const fixed = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : 'n/a');
  const ratio = (a: number, b: number) =>
    b > 0 && Number.isFinite(a) && Number.isFinite(b) ? `${(a / b).toFixed(2)}×` : '';
  const o = oursMeasured;
  const p = pagefindMeasured;
  type Row = [label: string, ours: string, pagefind: string, ratio: string, target: string];
  const shown = (format: (v: number) => string) => (v: number) => (Number.isNaN(v) ? 'n/a' : format(v));
  const row = (label: string, a: number, b: number, format: (v: number) => string, target = ''): Row => [
    label,
    shown(format)(a),
    shown(format)(b),
    ratio(a, b),
    target,
  ];
  const rows: Row[] = [
    row('Bytes before the first search', o.bytesBeforeFirstSearch, p.bytesBeforeFirstSearch, kb, '≤ 0.10×'),
    row(`Bytes for the first query ("${firstQuery}")`, o.bytesFirstQuery, p.bytesFirstQuery, kb),
    row('Page load → first results (cold ?q=)', o.loadToResultsMs, p.loadToResultsMs, ms, '≤ 0.50×'),
    row('Query p50, cold (engine)', percentile(o.engineColdMs, 50), percentile(p.engineColdMs, 50), ms),
    row('Query p95, cold (engine)', percentile(o.engineColdMs, 95), percentile(p.engineColdMs, 95), ms),
    row('Query p50, warm (engine)', percentile(o.engineWarmMs, 50), percentile(p.engineWarmMs, 50), ms),
    row(
      'Query p95, warm (engine)',
      percentile(o.engineWarmMs, 95),
      percentile(p.engineWarmMs, 95),
      ms,
      '≤ 16 ms, ≤ 0.10×',
    ),
    row('Query p50, cold (page, minus debounce)', percentile(o.pageColdMs, 50), percentile(p.pageColdMs, 50), ms),
    row('Query p95, cold (page, minus debounce)', percentile(o.pageColdMs, 95), percentile(p.pageColdMs, 95), ms),
    row('Query p95, warm (page, minus debounce)', percentile(o.pageWarmMs, 95), percentile(p.pageWarmMs, 95), ms),
    row('JS heap after load', o.heapAfterLoad, p.heapAfterLoad, mb, '≤ 16 MB'),
    row('JS heap after all queries', o.heapAfterQueries, p.heapAfterQueries, mb),
    row('Index build', ourIndexMs, pagefindRun.ms, ms, '≤ 0.25×'),
    row('Index on disk (files as written)', ourIndex.bytes, pagefindSize.bytes, size),
    row('Index files', ourIndex.files, pagefindSize.files, String),
    row(
      'Exact queries: precision@10',
      oursQuality.exactPrecisionAt10,
      pagefindQuality.exactPrecisionAt10,
      fixed,
      '1.00',
    ),
    row('Exact queries: recall@100', oursQuality.exactRecall, pagefindQuality.exactRecall, fixed, '1.00'),
    row('Typo queries: recall of intended word', oursQuality.typoRecall, pagefindQuality.typoRecall, fixed, '≥ 0.90'),
    row('Miss queries: stories returned', oursQuality.missReturned, pagefindQuality.missReturned, String, '0'),
  ];
  const failures = (m: EngineMeasurement) =>
    m.pageColdMs.concat(m.pageWarmMs).filter((v) => !Number.isFinite(v)).length;
  const header: Row = ['Metric', 'Ours', 'Pagefind', 'Ours/PF', 'Target'];
  const notes = [
    `Site build over ${n} articles: cold ${(coldBuild.ms / 1000).toFixed(1)} s (peak RSS ${mb(coldBuild.peakRss)})` +
      (warmBuild ? `, warm ${(warmBuild.ms / 1000).toFixed(1)} s (peak RSS ${mb(warmBuild.peakRss)})` : ''),
    `Our index build: ${(ourIndexBuild.documentsMs / 1000).toFixed(1)} s Markdown → documents + ${(ourIndexBuild.buildMs / 1000).toFixed(1)} s buildSearchIndex; Pagefind's time is its whole CLI run over the built HTML`,
    ...(run.pagefind ? [] : ['Pagefind not run (--no-pagefind)']),
    `Output: ${site.files} files, ${mb(site.bytes)}; our index ${ourIndex.files} files, ${size(ourIndex.bytes)} (${size(ourIndex.gzipBytes)} gzipped)` +
      (run.pagefind ? `; Pagefind ${pagefindSize.files} files, ${size(pagefindSize.bytes)} (pre-compressed)` : ''),
    `Build phases, cold: content sync ${phases.cold.contentSyncS} s, route generation ${phases.cold.routesS.toFixed(1)} s` +
      (phases.warm
        ? `; warm: content sync ${phases.warm.contentSyncS} s, route generation ${phases.warm.routesS.toFixed(1)} s`
        : ''),
    `Page generation by route, cold: ${Object.entries(routeTimes.cold)
      .sort((a, b) => b[1].ms - a[1].ms)
      .map(([segment, t]) => `${segment} ${(t.ms / 1000).toFixed(1)} s (${t.files})`)
      .join(', ')}`,
    `Load average (1 min) at start ${loadAtStart.toFixed(1)}, at end ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores`,
    `${queryCount} queries, ${5} warm repeats; bytes as served (gzip for text, Pagefind's own files as written); debounce subtracted: ${debounceMs} ms; page timeouts: ours ${failures(o)}, Pagefind ${failures(p)}`,
  ];
  return [`\nBenchmark, N = ${n} (seed ${seed})`, ...markdownTable(header, rows), '', ...notes].join('\n');
}

/** Pagefind's column when it was not run: every figure NaN, shown as n/a. */
const notMeasured: NonNullable<BenchRun['pagefind']> = {
  measured: {
    bytesBeforeFirstSearch: NaN,
    bytesFirstQuery: NaN,
    filesBeforeFirstSearch: [],
    filesFirstQuery: [],
    loadToResultsMs: NaN,
    loadToResultsRuns: [],
    engineColdMs: [],
    engineWarmMs: [],
    pageColdMs: [],
    pageWarmMs: [],
    heapAfterLoad: NaN,
    heapAfterQueries: NaN,
    results: [],
  },
  quality: { exactPrecisionAt10: NaN, exactRecall: NaN, typoRecall: NaN, missReturned: NaN, perQuery: [] },
  run: { ms: NaN, peakRss: 0, cpuSeconds: NaN, status: 0, output: '' },
  size: { files: NaN, bytes: NaN },
};
