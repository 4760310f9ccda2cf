/**
 * The proof that the suite holds for any number of stories: a fresh clone of
 * this branch, N Brown Corpus press stories (bench/brown.ts) and two stories of
 * the seeds' own event (bench/seed-echoes.ts) imported into its content/ with
 * `npm run import`, as an editor would, then `npm test`.
 *
 *   nice -n 15 node bench/prove-extra-articles.ts 50
 *
 * Prints pass or fail, the test counts and the time of each step; keeps the
 * test log beside the (removed) clone. Only the clone's content/ is written.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { brownRawArticles } from './brown.ts';
import { SEED_ECHOES } from './seed-echoes.ts';
import { ROOT } from '../scripts/lib/paths.ts';

const count = Number(process.argv[2]);
const samples = brownRawArticles();
if (!Number.isInteger(count) || count < 0 || count > samples.length) {
  console.error(
    `usage: node bench/prove-extra-articles.ts N   (0 ≤ N ≤ ${samples.length}; the two echoes always come too)`,
  );
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), `prove-${count}-`));
const repo = join(work, 'repo');
const log = join(work, 'npm-test.log');
// The project's own Node runs the clone's scripts and tests, as `npm test` does in this checkout.
const env = {
  ...process.env,
  PATH: `${join(repo, 'node_modules/.bin')}:${dirname(process.execPath)}:${process.env['PATH']}`,
};
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');

function step(name: string, command: string, args: string[]): { seconds: number; output: string; status: number } {
  const start = performance.now();
  const result = spawnSync(command, args, { cwd: repo, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const seconds = (performance.now() - start) / 1000;
  const output = `${result.stdout}\n${result.stderr}`;
  console.log(`${name}: ${result.status === 0 ? 'ok' : `exit ${result.status}`} in ${seconds.toFixed(0)} s`);
  return { seconds, output, status: result.status ?? 1 };
}

console.log(`proving with ${count} + ${SEED_ECHOES.length} extra stories in ${work} (load average ${load()})`);
const branch = spawnSync('git', ['-C', ROOT, 'rev-parse', '--abbrev-ref', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
const clone = spawnSync('git', ['clone', '-q', '--branch', branch, ROOT, repo], { encoding: 'utf8' });
if (clone.status !== 0) throw new Error(`git clone failed:\n${clone.stderr}`);
const installed = step('npm ci', 'npm', ['ci', '--no-audit', '--no-fund']);
if (installed.status !== 0) throw new Error(installed.output);

const incoming = join(work, 'incoming');
mkdirSync(incoming);
const picked = [
  ...samples.slice(0, count).map((sample) => ({ file: `brown-${sample.name}.txt`, ...sample })),
  ...SEED_ECHOES,
];
for (const sample of picked) writeFileSync(join(incoming, sample.file), sample.raw);
const titles = join(work, 'titles.tsv');
writeFileSync(titles, picked.map((sample) => `${sample.file}\t${sample.title}\n`).join(''));
const imported = step(`npm run import (${picked.length} stories)`, 'npm', [
  'run',
  'import',
  '--',
  '--titles',
  titles,
  incoming,
]);
if (imported.status !== 0) throw new Error(imported.output);

const tested = step('npm test', 'npm', ['test']);
writeFileSync(log, tested.output);
const summary = (label: string) =>
  stripVTControlCharacters(tested.output).match(new RegExp(`^\\s*${label}\\s+(.+)$`, 'm'))?.[1] ?? '?';
console.log(`${tested.status === 0 ? 'PASS' : 'FAIL'} with ${picked.length} extra stories`);
console.log(`test files: ${summary('Test Files')}; tests: ${summary('Tests')}`);
console.log(`npm test wall time ${(tested.seconds / 60).toFixed(1)} min; load average after ${load()}; log ${log}`);
rmSync(repo, { recursive: true, force: true });
process.exit(tested.status);
