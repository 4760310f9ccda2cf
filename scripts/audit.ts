/**
 * Runs Lighthouse on the home page, a story, a search with results and a
 * story thread, and prints the four category scores for each (the target is
 * 100 everywhere).
 *
 *   npm run audit [-- --dir dist] [--report folder]
 *
 * Builds the archive into a temporary folder first, unless `--dir` names a
 * built site. Prints every audit that costs points with what it found, and
 * the performance metrics' values; `--report` also writes each page's full
 * Lighthouse report there (`<page>.json`, viewable in the Lighthouse viewer). A report, not a gate: the performance score moves from run to
 * run on a shared machine. Uses the system Chromium (CHROME_PATH, default
 * /usr/bin/chromium) with the same flags as the browser tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.ts';
import { failingAudits, performanceMetrics } from './lib/audit-findings.ts';
import { buildSite } from './lib/build-site.ts';
import { serveStatic } from './lib/static-server.ts';
import { homePath, searchPath, storyPath, threadPath } from '../src/lib/routes.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** The pages audited, as paths on the served site. */
function auditedPages(siteDir: string): Record<string, string> {
  const first = (dir: string) => {
    const name = readdirSync(resolve(siteDir, dir), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort()[0];
    if (!name) throw new Error(`nothing in ${siteDir}/${dir}`);
    return name;
  };
  return {
    home: homePath(),
    story: storyPath(first('articles')),
    'search "Putin"': `${searchPath()}?q=Putin`,
    thread: threadPath(first('threads')),
  };
}

/** Starts Chromium with a DevTools port for Lighthouse; resolves once the port is known. */
function startChromium(): Promise<{ port: number; stop(): void }> {
  const profile = mkdtempSync(join(tmpdir(), 'audit-chromium-'));
  const chromium: ChildProcess = spawn(
    process.env['CHROME_PATH'] ?? CHROMIUM_PATH,
    [...CHROMIUM_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const stop = () => {
    chromium.kill();
    rmSync(profile, { recursive: true, force: true });
  };
  return new Promise((resolvePort, reject) => {
    let log = '';
    chromium.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      const port = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(log)?.[1];
      if (port) resolvePort({ port: Number(port), stop });
    });
    chromium.on('exit', (code) => reject(new Error(`Chromium exited (${code}) before listening:\n${log}`)));
  });
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { dir: { type: 'string' }, report: { type: 'string' } } });
  let siteDir = values.dir ? resolve(values.dir) : undefined;
  if (!siteDir) {
    const build = buildSite();
    if (build.status !== 0) {
      console.error(build.output);
      return 1;
    }
    siteDir = build.outDir;
  }

  const server = await serveStatic(siteDir, 0, { precompressed: true });
  const chrome = await startChromium();
  const rows: Record<string, Record<string, number | string>> = {};
  try {
    for (const [name, path] of Object.entries(auditedPages(siteDir))) {
      const result = await lighthouse(`${server.url}${path}`, {
        port: chrome.port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: [...CATEGORIES],
      });
      const categories = result?.lhr.categories ?? {};
      rows[name] = Object.fromEntries(
        CATEGORIES.map((id) => {
          const score = categories[id]?.score;
          return [id, typeof score === 'number' ? Math.round(score * 100) : 'n/a'];
        }),
      );
      if (!result) continue;
      // Name what costs points, so a score under 100 says where to look.
      console.log(`${name}: ${performanceMetrics(result.lhr)}`);
      for (const line of failingAudits(result.lhr)) console.log(`  ${line}`);
      if (values.report) {
        mkdirSync(values.report, { recursive: true });
        writeFileSync(join(values.report, `${name.replace(/\W+/g, '-')}.json`), JSON.stringify(result.lhr, null, 1));
      }
    }
  } finally {
    chrome.stop();
    await server.close();
  }
  console.table(rows);
  return 0;
}

process.exitCode = await main();
