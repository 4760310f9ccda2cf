/**
 * `npm run bench [-- --n 1000] [--seed 20230904] [--no-warm]`: generates a
 * synthetic archive, builds it with the project's pipeline, indexes the same
 * pages with Pagefind, measures both engines in headless Chromium and prints
 * one side-by-side table; the numbers go to bench/results/bench-<n>.json.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../scripts/lib/chromium.ts';
import { writeEnginePage, writePagefindPage } from './bench-pages.ts';
import { DEFAULT_SEED, generateArchive, writeArchive, type BenchArticle } from './generate.ts';
import { measureEngine, percentile, type EngineMeasurement, type EngineSpec } from './measure.ts';
import { scoreQuality, type QualitySummary } from './quality.ts';
import { buildQuerySet } from './queries.ts';
import { serveBench } from './server.ts';
import { buildArchive, folderSize, timedRun, type TimedRun } from './site-build.ts';
import { isPrecompressedCopy } from '../src/lib/hosting/policy.ts';

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
  },
});
const n = Number(values.n);
const seed = Number(values.seed);
const work = join(ROOT, 'bench/.tmp', `n${n}`);
const contentDir = join(work, 'content');
const outDir = join(work, 'dist');
const cacheDir = join(work, 'cache');
const log = (message: string) =>
  console.error(`[bench ${((performance.now() - started) / 1000).toFixed(1)}s] ${message}`);

log(`generating ${n} articles (seed ${seed})`);
const articles = generateArchive({ n, seed });
const reuse = values['reuse-build'] && existsSync(join(outDir, 'index.html'));
if (!reuse) writeArchive(articles, contentDir);
const queries = buildQuerySet(articles);
log(`${queries.length} queries with exact answers`);

log(reuse ? 'reusing the last site build' : 'site build, cold cache');
const coldBuild: TimedRun = reuse
  ? { ms: NaN, peakRss: 0, status: 0, output: '' }
  : await buildArchive({ contentDir, outDir, cacheDir, cold: true });
let warmBuild: TimedRun | undefined;
if (!values['no-warm'] && !reuse) {
  log('site build, warm cache');
  warmBuild = await buildArchive({ contentDir, outDir, cacheDir, cold: false });
}
writeFileSync(join(work, 'build-cold.log'), coldBuild.output);
if (warmBuild) writeFileSync(join(work, 'build-warm.log'), warmBuild.output);
const routeTimes = {
  cold: routeBreakdown(coldBuild.output),
  ...(warmBuild ? { warm: routeBreakdown(warmBuild.output) } : {}),
};
const phases = { cold: buildPhases(coldBuild.output), ...(warmBuild ? { warm: buildPhases(warmBuild.output) } : {}) };
const site = folderSize(outDir);
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
const chromiumVersion = browser.version();
await browser.close();
await server.close();

const oursQuality = scoreQuality(queries, oursMeasured.results);
const pagefindQuality = scoreQuality(queries, pagefindMeasured.results);
const totalSeconds = (performance.now() - started) / 1000;

const table = renderTable();
console.log(table);
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
};
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
const out = join(ROOT, 'bench/results', `bench-${n}.json`);
writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
log(`wrote ${out}; total ${totalSeconds.toFixed(1)} s`);

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

/**
 * Where the build's page generation went: Astro logs each emitted file with
 * its time (`/articles/x/index.html (+12ms)`); summed by first path segment.
 */
function routeBreakdown(output: string): Record<string, { files: number; ms: number }> {
  const totals: Record<string, { files: number; ms: number }> = {};
  for (const match of output.matchAll(/(\/[^\s]*)\s+\(\+(\d+(?:\.\d+)?)(ms|s)\)/g)) {
    const segment = (match[1] as string).split('/')[1] || '/';
    const ms = Number(match[2]) * (match[3] === 's' ? 1000 : 1);
    const entry = (totals[segment] ??= { files: 0, ms: 0 });
    entry.files++;
    entry.ms += ms;
  }
  return totals;
}

/**
 * Seconds spent syncing content (Markdown rendered into the content store),
 * and generating routes, read from the build log's timestamps and totals.
 */
function buildPhases(output: string): { contentSyncS: number; routesS: number } {
  const at = (pattern: RegExp) => {
    const time = new RegExp(`(\\d\\d):(\\d\\d):(\\d\\d) ${pattern.source}`).exec(output);
    return time ? Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3]) : NaN;
  };
  const routes = /generating static routes[\s\S]*?✓ Completed in ((?:\d+m )?[\d.]+m?s)\./.exec(output);
  return {
    contentSyncS: at(/\[content\] Synced content/) - at(/\[content\] Syncing content/),
    routesS: routes ? seconds(routes[1] as string) : NaN,
  };
}

/** `2m 49s`, `11.60s`, `353ms` (as Astro logs durations) in seconds. */
function seconds(duration: string): number {
  const [, minutes = '0', value = '0', unit] = /^(?:(\d+)m )?([\d.]+)(ms|s)$/.exec(duration) ?? [];
  return Number(minutes) * 60 + Number(value) / (unit === 'ms' ? 1000 : 1);
}

function indexSize(dir: string) {
  let bytes = 0;
  let gzipBytes = 0;
  let files = 0;
  // The build's .gz/.br copies are how a host serves the files, not more index.
  for (const name of readdirSync(dir).filter((file) => !isPrecompressedCopy(file))) {
    const body = readFileSync(join(dir, name));
    files++;
    bytes += body.length;
    gzipBytes += gzipSync(body).length;
  }
  return { files, bytes, gzipBytes };
}

function machine(chromium: string) {
  const version = (pkg: string) =>
    (JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? '',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium,
    astro: version('astro'),
    fuse: version('fuse.js'),
    pagefind: version('pagefind'),
  };
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
