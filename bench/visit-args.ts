/**
 * What the first-results tools (`trace-first-results.ts`, `profile-first-results.ts`) read from their
 * command line, `[n] [query] [--latency ms]`, and the benchmark build of that size they visit
 * (bench/.tmp/n<n>/dist). `--latency` adds that many ms to every request's round trip (Chromium's network
 * emulation), as a reader's connection does and the loopback the benchmark serves on does not.
 * Exits with a message when `npm run bench -- --n <n>` has not left one (with its Pagefind page) there.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../scripts/lib/paths.ts';

export function visitArgs(argv: string[] = process.argv.slice(2)): {
  n: string;
  query: string;
  dist: string;
  latency: number;
} {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { latency: { type: 'string', default: '0' } },
  });
  const n = positionals[0] ?? '10000';
  const query = positionals[1] ?? 'Vladivostok';
  const latency = Number(values.latency);
  const dist = join(ROOT, 'bench/.tmp', `n${n}`, 'dist');
  if (!existsSync(join(dist, 'pagefind-bench/index.html'))) {
    console.error(`no benchmark build at ${dist}: run npm run bench -- --n ${n} first`);
    process.exit(2);
  }
  return { n, query, dist, latency };
}
