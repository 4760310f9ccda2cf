/**
 * `npm run bench [-- --n 1000] [--seed 20230904] [--no-warm] [--real-only] [--build-only] [--no-pagefind]`:
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
import { measureEngine, type EngineMeasurement, type EngineSpec } from './measure.ts';
import { scoreQuality, type QualitySummary } from './quality.ts';
import { buildPhases, indexSize, machine, routeBreakdown } from './build-log.ts';
import { buildQuerySet } from './queries.ts';
import { renderTable } from './report.ts';
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
    // Ours alone: for archives Pagefind cannot index here (at 100,000 stories it needs more than 24 GB).
    'no-pagefind': { type: 'boolean', default: false },
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

const pagefindBuilt = values['no-pagefind'] ? undefined : await indexWithPagefind();
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
let pagefindMeasured: EngineMeasurement | undefined;
if (pagefindBuilt) {
  log('measuring Pagefind in Chromium');
  pagefindMeasured = await measureEngine(browser, server, pagefind, options);
}
log('real text: the Brown press stories, ours and Pagefind');
const real = await runRealText(join(ROOT, 'bench/.tmp/real'), browser, log);
const chromiumVersion = browser.version();
await browser.close();
await server.close();

const oursQuality = scoreQuality(queries, oursMeasured.results);
// Pagefind's whole column, or undefined with --no-pagefind.
const pagefindRun =
  pagefindBuilt && pagefindMeasured
    ? { ...pagefindBuilt, measured: pagefindMeasured, quality: scoreQuality(queries, pagefindMeasured.results) }
    : undefined;
const totalSeconds = (performance.now() - started) / 1000;

const table = renderTable({
  n,
  seed,
  firstQuery,
  queryCount: queries.length,
  debounceMs,
  loadAtStart,
  ours: { measured: oursMeasured, quality: oursQuality, indexBuild: ourIndexBuild, index: ourIndex },
  ...(pagefindRun ? { pagefind: pagefindRun } : {}),
  build: { cold: coldBuild, warm: warmBuild, site, phases, routeTimes },
});
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
  ...(pagefindRun
    ? {
        pagefind: {
          indexBuildMs: pagefindRun.run.ms,
          index: pagefindRun.size,
          ...summary(pagefindRun.measured, pagefindRun.quality),
        },
      }
    : {}),
  queries: queries.map(({ query, kind, relevant, intended }) => ({ query, kind, relevant: relevant.length, intended })),
  table,
  realText: real,
};
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
const out = join(ROOT, 'bench/results', `bench-${n}.json`);
writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
log(`wrote ${out}; total ${totalSeconds.toFixed(1)} s`);

/** Pagefind's CLI over the built story pages, timed as a whole process. */
async function indexWithPagefind(): Promise<{ run: TimedRun; size: { files: number; bytes: number } }> {
  log('Pagefind index');
  const run = await timedRun(join(ROOT, 'node_modules/.bin/pagefind'), [
    '--site',
    outDir,
    '--glob',
    'articles/**/*.html',
    '--root-selector',
    'article.story',
    '--quiet',
  ]);
  if (run.status !== 0) throw new Error(`pagefind failed:\n${run.output}`);
  const size = folderSize(join(outDir, 'pagefind'));
  writePagefindPage(outDir);
  return { run, size };
}

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
