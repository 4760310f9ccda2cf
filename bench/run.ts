/**
 * `npm run bench [-- --n 1000] [--seed 20230904] [--no-warm] [--real-only] [--build-only]`:
 * generates a synthetic archive, builds it with the project's pipeline,
 * indexes the same pages with Pagefind, measures both engines in headless
 * Chromium and prints one side-by-side table; then compares the two on real
 * text (bench/real-text.ts) and prints a table by query class. The numbers go
 * to bench/results/bench-<n>.json. `--build-only` (for the biggest sizes, e.g.
 * `--n 100000`) stops after the builds and writes bench/results/build-<n>.json:
 * wall and CPU time, peak RSS, phases and the RSS curve of each build.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../scripts/lib/chromium.ts';
import { writeEnginePage, writePagefindPage } from './bench-pages.ts';
import { DEFAULT_SEED, generateArchive, writeArchive, type BenchArticle } from './generate.ts';
import { measureEngine, percentile, type EngineMeasurement, type EngineSpec } from './measure.ts';
import { scoreQuality, type QualitySummary } from './quality.ts';
import { buildPhases, indexSize, machine, routeBreakdown } from './build-log.ts';
import { buildQuerySet } from './queries.ts';
import { runRealText } from './real-text.ts';
import { serveBench } from './server.ts';
import { buildArchive, folderSize, timedRun, type TimedRun } from './site-build.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const started = performance.now();
const loadAtStart = loadavg()[0] ?? 0;
const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '1000' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    'no-warm': { type: 'boolean', default: false },
    // For working on the measurements: reuse the last build of this size instead of building again.
    'reuse-build': { type: 'boolean', default: false },
    // Only the real-text comparison (the Brown press stories): a minute, no site build.
    'real-only': { type: 'boolean', default: false },
    'build-only': { type: 'boolean', default: false },
  },
});
if (values['real-only']) {
  const browser = await launchChromium();
  try {
    const real = await runRealText(join(ROOT, 'bench/.tmp/real'), browser, log);
    console.log(real.table);
    mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
    writeFileSync(join(ROOT, 'bench/results/bench-real.json'), JSON.stringify(real, null, 2) + '\n');
  } finally {
    await browser.close();
  }
  process.exit(0);
}
const buildOnly = values['build-only'];
const n = Number(values.n);
const seed = Number(values.seed);
const work = join(ROOT, 'bench/.tmp', `n${n}`);
const contentDir = join(work, 'content');
const outDir = join(work, 'dist');
const cacheDir = join(work, 'cache');
function log(message: string): void {
  console.error(`[bench ${((performance.now() - started) / 1000).toFixed(1)}s] ${message}`);
}

log(`generating ${n} articles (seed ${seed})`);
const articles = generateArchive({ n, seed });
const reuse = values['reuse-build'] && existsSync(join(outDir, 'index.html'));
if (!reuse) writeArchive(articles, contentDir);
const queries = buildOnly ? [] : buildQuerySet(articles);
if (!buildOnly) log(`${queries.length} queries with exact answers`);

log(reuse ? 'reusing the last site build' : 'site build, cold cache');
const coldBuild: TimedRun = reuse
  ? { ms: NaN, peakRss: 0, cpuSeconds: NaN, status: 0, output: '' }
  : await buildArchive({ contentDir, outDir, cacheDir, cold: true, samplerLog: join(work, 'sampler-cold.tsv') });
let warmBuild: TimedRun | undefined;
if (!values['no-warm'] && !reuse) {
  log('site build, warm cache');
  warmBuild = await buildArchive({
    contentDir,
    outDir,
    cacheDir,
    cold: false,
    samplerLog: join(work, 'sampler-warm.tsv'),
  });
}
writeFileSync(join(work, 'build-cold.log'), coldBuild.output);
if (warmBuild) writeFileSync(join(work, 'build-warm.log'), warmBuild.output);
const routeTimes = {
  cold: routeBreakdown(coldBuild.output),
  ...(warmBuild ? { warm: routeBreakdown(warmBuild.output) } : {}),
};
const phases = { cold: buildPhases(coldBuild.output), ...(warmBuild ? { warm: buildPhases(warmBuild.output) } : {}) };
const site = folderSize(outDir);
if (buildOnly) {
  writeBuildResult();
  process.exit(0);
}
const ourIndex = indexSize(join(outDir, 'search-index'));

log('our index build, in process');
const ourIndexBuild = await timeOurIndexBuild(articles);
const ourIndexMs = ourIndexBuild.ms;

log('Pagefind index');
const pagefindRun = await timedRun(join(ROOT, 'node_modules/.bin/pagefind'), [
  '--site',
  outDir,
  '--glob',
  'articles/**/*.html',
  '--root-selector',
  'article.story',
  '--quiet',
]);
if (pagefindRun.status !== 0) throw new Error(`pagefind failed:\n${pagefindRun.output}`);
const pagefindSize = folderSize(join(outDir, 'pagefind'));
writePagefindPage(outDir);
await writeEnginePage(outDir);

const debounceMs = Number(
  /const DEBOUNCE_MS = (\d+)/.exec(readFileSync(join(ROOT, 'src/scripts/search/archive-search.ts'), 'utf8'))?.[1] ?? 0,
);
const ours: EngineSpec = {
  name: 'ours',
  pagePath: '/search/',
  enginePath: '/engine-bench/',
  isEngineFile: (path) => path.endsWith('.js') || path.startsWith('/search-index/'),
  debounceMs,
};
const pagefind: EngineSpec = {
  name: 'pagefind',
  pagePath: '/pagefind-bench/',
  enginePath: '/pagefind-bench/',
  isEngineFile: (path) => path.startsWith('/pagefind/'),
  debounceMs: 0,
};

const server = await serveBench(outDir);
const browser = await launchChromium();
const firstQuery = queries[0]?.query ?? 'Vladivostok';
const options = { queries: queries.map((q) => q.query), firstQuery };
log('measuring our engine in Chromium');
const oursMeasured = await measureEngine(browser, server, ours, options);
log('measuring Pagefind in Chromium');
const pagefindMeasured = await measureEngine(browser, server, pagefind, options);
log('real text: the Brown press stories, ours and Pagefind');
const real = await runRealText(join(ROOT, 'bench/.tmp/real'), browser, log);
const chromiumVersion = browser.version();
await browser.close();
await server.close();

const oursQuality = scoreQuality(queries, oursMeasured.results);
const pagefindQuality = scoreQuality(queries, pagefindMeasured.results);
const totalSeconds = (performance.now() - started) / 1000;

const table = renderTable();
console.log(table);
console.log(real.table);
const result = {
  n,
  seed,
  date: new Date().toISOString(),
  machine: machine(chromiumVersion),
  totalSeconds,
  loadAverage: { start: loadAtStart, end: loadavg()[0] },
  site: {
    coldBuildMs: coldBuild.ms,
    coldPeakRss: coldBuild.peakRss,
    warmBuildMs: warmBuild?.ms,
    warmPeakRss: warmBuild?.peakRss,
    files: site.files,
    bytes: site.bytes,
    routeTimes,
    phases,
  },
  debounceMs,
  ours: { indexBuildMs: ourIndexMs, indexBuild: ourIndexBuild, index: ourIndex, ...summary(oursMeasured, oursQuality) },
  pagefind: { indexBuildMs: pagefindRun.ms, index: pagefindSize, ...summary(pagefindMeasured, pagefindQuality) },
  queries: queries.map(({ query, kind, relevant, intended }) => ({ query, kind, relevant: relevant.length, intended })),
  table,
  realText: real,
};
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
const out = join(ROOT, 'bench/results', `bench-${n}.json`);
writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
log(`wrote ${out}; total ${totalSeconds.toFixed(1)} s`);

/** The builds alone: printed, and written to bench/results/build-<n>.json. */
function writeBuildResult(): void {
  const gb = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GB`;
  const describe = (label: string, run: TimedRun) =>
    `${label}: ${(run.ms / 1000).toFixed(1)} s wall, ${run.cpuSeconds.toFixed(0)} s CPU (user + sys), peak RSS ${gb(run.peakRss)}`;
  const lines = [
    `\nSite build, N = ${n} (seed ${seed}), build only`,
    describe('cold', coldBuild),
    ...(warmBuild ? [describe('warm', warmBuild)] : []),
    `phases, cold: content sync ${phases.cold.contentSyncS} s, route generation ${phases.cold.routesS.toFixed(1)} s`,
    `output: ${site.files} files, ${(site.bytes / 2 ** 20).toFixed(1)} MB`,
    `load average (1 min) at start ${loadAtStart.toFixed(1)}, at end ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores`,
  ];
  console.log(lines.join('\n'));
  const strip = ({ output: _output, ...run }: TimedRun) => run;
  const result = {
    n,
    seed,
    date: new Date().toISOString(),
    loadAverage: { start: loadAtStart, end: loadavg()[0] },
    cold: strip(coldBuild),
    ...(warmBuild ? { warm: strip(warmBuild) } : {}),
    files: site.files,
    bytes: site.bytes,
    phases,
    routeTimes,
  };
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results', `build-${n}.json`), JSON.stringify(result, null, 2) + '\n');
}

function summary(measured: EngineMeasurement, quality: QualitySummary) {
  const { results, ...rest } = measured;
  return {
    ...rest,
    quality,
    results: results.map(({ query, total, urls }) => ({ query, total, top10: urls.slice(0, 10) })),
  };
}

/** Milliseconds to turn the stories into search documents (a Markdown parse) and to build the index from them. */
async function timeOurIndexBuild(
  list: readonly BenchArticle[],
): Promise<{ ms: number; documentsMs: number; buildMs: number }> {
  const { toSearchDocument } = await import('../src/lib/search/documents.ts');
  const { buildSearchIndex } = await import('../src/lib/search/build-index.ts');
  const start = performance.now();
  const docs = list.map((article) =>
    toSearchDocument(
      {
        id: article.id,
        body: article.markdown.replace(/^---\n[\s\S]*?\n---\n/, ''),
        data: { title: article.title, authors: article.authors, outlet: article.outlet, date: new Date(article.date) },
      },
      { url: `/articles/${article.id}/` },
    ),
  );
  const converted = performance.now();
  buildSearchIndex(docs);
  const end = performance.now();
  return { ms: end - start, documentsMs: converted - start, buildMs: end - converted };
}

function renderTable(): string {
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
  const row = (label: string, a: number, b: number, format: (v: number) => string, target = ''): Row => [
    label,
    format(a),
    format(b),
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
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => r[i]?.length ?? 0)));
  const line = (r: Row) =>
    `| ${r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join(' | ')} |`;
  const notes = [
    `Site build over ${n} articles: cold ${(coldBuild.ms / 1000).toFixed(1)} s (peak RSS ${mb(coldBuild.peakRss)})` +
      (warmBuild ? `, warm ${(warmBuild.ms / 1000).toFixed(1)} s (peak RSS ${mb(warmBuild.peakRss)})` : ''),
    `Our index build: ${(ourIndexBuild.documentsMs / 1000).toFixed(1)} s Markdown → documents + ${(ourIndexBuild.buildMs / 1000).toFixed(1)} s buildSearchIndex; Pagefind's time is its whole CLI run over the built HTML`,
    `Output: ${site.files} files, ${mb(site.bytes)}; our index ${ourIndex.files} files, ${size(ourIndex.bytes)} (${size(ourIndex.gzipBytes)} gzipped); Pagefind ${pagefindSize.files} files, ${size(pagefindSize.bytes)} (pre-compressed)`,
    `Build phases, cold: content sync ${phases.cold.contentSyncS} s, route generation ${phases.cold.routesS.toFixed(1)} s` +
      (phases.warm
        ? `; warm: content sync ${phases.warm.contentSyncS} s, route generation ${phases.warm.routesS.toFixed(1)} s`
        : ''),
    `Page generation by route, cold: ${Object.entries(routeTimes.cold)
      .sort((a, b) => b[1].ms - a[1].ms)
      .map(([segment, t]) => `${segment} ${(t.ms / 1000).toFixed(1)} s (${t.files})`)
      .join(', ')}`,
    `Load average (1 min) at start ${loadAtStart.toFixed(1)}, at end ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores`,
    `${queries.length} queries, ${5} warm repeats; bytes as served (gzip for text, Pagefind's own files as written); debounce subtracted: ${debounceMs} ms; page timeouts: ours ${failures(o)}, Pagefind ${failures(p)}`,
  ];
  return [
    `\nBenchmark, N = ${n} (seed ${seed})`,
    line(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(line),
    '',
    ...notes,
  ].join('\n');
}
