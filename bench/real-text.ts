/**
 * The real-text half of `npm run bench`: the Brown press stories (bench/brown.ts)
 * imported with the project's own `npm run import` into a temp dir, indexed by
 * our engine and by Pagefind, queried in Chromium by class (real-queries.ts),
 * and scored against answers computed without either engine.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { readStoryFiles } from '../src/lib/search/test/real-documents.ts';
import { writeEnginePage, writePagefindPage } from './bench-pages.ts';
import { brownRawArticles } from './brown.ts';
import { scoreQuality, type QueryQuality } from './quality.ts';
import { REAL_CLASSES, buildRealQueries, type RealClass, type RealQuery } from './real-queries.ts';
import { serveBench } from './server.ts';
import { markdownTable } from './table.ts';

const ROOT = new URL('..', import.meta.url).pathname;

export interface RealTextResult {
  stories: number;
  queries: (RealQuery & { ours: QueryQuality; pagefind: QueryQuality })[];
  table: string;
}

/** Runs the real-text comparison in `work` (wiped first) with `browser`. */
export async function runRealText(
  work: string,
  browser: Browser,
  log: (message: string) => void,
): Promise<RealTextResult> {
  rmSync(work, { recursive: true, force: true });
  const rawDir = join(work, 'incoming');
  const content = join(work, 'content');
  const dist = join(work, 'dist');
  mkdirSync(rawDir, { recursive: true });
  const samples = brownRawArticles();
  const args = ['scripts/import-article.ts', '--out', content, '--archived', '2026-01-01'];
  for (const sample of samples) {
    const file = join(rawDir, `brown-${sample.name}.txt`);
    writeFileSync(file, sample.raw);
    args.push('--title', sample.title, file);
  }
  log(`importing ${samples.length} Brown Corpus press stories with npm run import`);
  const imported = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  if (imported.status !== 0) throw new Error(`import failed:\n${imported.stderr}`);
  const docs = readStoryFiles(new URL(`file://${join(content, 'articles')}/`));

  const { buildSearchIndex } = await import('../src/lib/search/build-index.ts');
  const index = buildSearchIndex(docs);
  mkdirSync(join(dist, 'search-index'), { recursive: true });
  for (const file of index.files) writeFileSync(join(dist, 'search-index', file.path), file.body);
  for (const doc of docs) {
    mkdirSync(join(dist, 'articles', doc.id), { recursive: true });
    const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    writeFileSync(
      join(dist, 'articles', doc.id, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(doc.title)}</title></head><body>` +
        `<article class="story"><h1>${escape(doc.title)}</h1><p>By ${escape(doc.authors.join(' and '))}</p>` +
        `<p>${escape(doc.outlet)}</p>${doc.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}</article></body></html>`,
    );
  }
  const pagefind = spawnSync(
    join(ROOT, 'node_modules/.bin/pagefind'),
    ['--site', dist, '--glob', 'articles/**/*.html', '--root-selector', 'article.story', '--quiet'],
    { encoding: 'utf8' },
  );
  if (pagefind.status !== 0) throw new Error(`pagefind failed:\n${pagefind.stderr}${pagefind.stdout}`);
  writePagefindPage(dist);
  await writeEnginePage(dist);

  const queries = buildRealQueries(docs);
  log(`${queries.length} real-text queries in ${new Set(queries.map((q) => q.kind)).size} classes`);
  const server = await serveBench(dist);
  const results = async (path: string) => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}${path}`);
      await page.evaluate(() => (window as unknown as { benchReady: () => Promise<boolean> }).benchReady());
      const out: { query: string; total: number; urls: string[] }[] = [];
      for (const { query } of queries) {
        const found = await page.evaluate(
          (q) =>
            (
              window as unknown as {
                benchSearch: (q: string, limit: number) => Promise<{ total: number; urls: string[] }>;
              }
            ).benchSearch(q, 100),
          query,
        );
        out.push({ query, ...found });
      }
      return out;
    } finally {
      await context.close();
    }
  };
  const ours = scoreQuality(queries as never, await results('/engine-bench/'));
  const theirs = scoreQuality(queries as never, await results('/pagefind-bench/'));
  await server.close();
  const scored = queries.map((query, i) => ({
    ...query,
    ours: ours.perQuery[i] as QueryQuality,
    pagefind: theirs.perQuery[i] as QueryQuality,
  }));
  return { stories: docs.length, queries: scored, table: renderRealTable(docs.length, scored) };
}

const TARGETS: Partial<Record<RealClass, string>> = {
  'exact, rare': '1.00 / 1.00',
  'exact, common': '1.00 / 1.00',
  'prefix, 2–3 letters': '≥ 0.95 / ≥ 0.90',
  'prefix, 4–6 letters': '≥ 0.95 / ≥ 0.90',
  'typo, first letter': '≥ 0.90 / ≥ 0.95',
  'word in no story': '0 stories',
};

/** One row per class: mean recall and precision@10, ours beside Pagefind. */
function renderRealTable(stories: number, scored: RealTextResult['queries']): string {
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / (values.length || 1);
  type Row = string[];
  const header: Row = [
    'Query class (real text)',
    'Queries',
    'Recall ours',
    'Recall PF',
    'P@10 ours',
    'P@10 PF',
    'Target R / P@10',
  ];
  const rows: Row[] = REAL_CLASSES.flatMap((kind) => {
    const of = scored.filter((q) => q.kind === kind);
    if (of.length === 0) return [];
    if (kind === 'word in no story') {
      const returned = (side: 'ours' | 'pagefind') => String(of.reduce((sum, q) => sum + q[side].returned, 0));
      return [
        [
          kind,
          String(of.length),
          `${returned('ours')} stories`,
          `${returned('pagefind')} stories`,
          '',
          '',
          TARGETS[kind] ?? '',
        ],
      ];
    }
    const f = (side: 'ours' | 'pagefind', key: 'recall' | 'precisionAt10') =>
      mean(of.map((q) => q[side][key])).toFixed(2);
    return [
      [
        kind,
        String(of.length),
        f('ours', 'recall'),
        f('pagefind', 'recall'),
        f('ours', 'precisionAt10'),
        f('pagefind', 'precisionAt10'),
        TARGETS[kind] ?? '≥ 0.95 / ≥ 0.95',
      ],
    ];
  });
  // Over-conflation shows in how many stories a name pulls in, which the top-heavy scores above hide.
  const names = scored
    .filter((q) => q.kind === 'name, not a word form')
    .map((q) => `${q.query} ${q.relevant.length} / ${q.ours.returned} / ${q.pagefind.returned}`);
  return [
    `\nReal text: ${stories} Brown Corpus press stories (1961), ${scored.length} queries; recall@100 and precision@10`,
    ...markdownTable(header, rows),
    '',
    `Names, stories holding the name / returned by ours / by Pagefind: ${names.join('; ')}`,
  ].join('\n');
}
