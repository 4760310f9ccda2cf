/**
 * What the first-results tools (`trace-first-results.ts`, `profile-first-results.ts`) read from their
 * command line, `[n] [query]`, and the benchmark build of that size they visit (bench/.tmp/n<n>/dist).
 * Exits with a message when `npm run bench -- --n <n>` has not left one (with its Pagefind page) there.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../scripts/lib/paths.ts';

export function visitArgs(argv: readonly string[] = process.argv.slice(2)): { n: string; query: string; dist: string } {
  const n = argv[0] ?? '10000';
  const query = argv[1] ?? 'Vladivostok';
  const dist = join(ROOT, 'bench/.tmp', `n${n}`, 'dist');
  if (!existsSync(join(dist, 'pagefind-bench/index.html'))) {
    console.error(`no benchmark build at ${dist}: run npm run bench -- --n ${n} first`);
    process.exit(2);
  }
  return { n, query, dist };
}
