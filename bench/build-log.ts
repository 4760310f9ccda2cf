/**
 * Reading a bench run's surroundings: Astro's build log (time per route,
 * build phases), the size of an index folder, the machine and versions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isPrecompressedCopy } from '../src/lib/hosting/policy.ts';

const ROOT = new URL('..', import.meta.url).pathname;

/**
 * Where the build's page generation went: Astro logs each emitted file with
 * its time (`/articles/x/index.html (+12ms)`); summed by first path segment.
 */
export function routeBreakdown(output: string): Record<string, { files: number; ms: number }> {
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
export function buildPhases(output: string): { contentSyncS: number; routesS: number } {
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
export function seconds(duration: string): number {
  const [, minutes = '0', value = '0', unit] = /^(?:(\d+)m )?([\d.]+)(ms|s)$/.exec(duration) ?? [];
  return Number(minutes) * 60 + Number(value) / (unit === 'ms' ? 1000 : 1);
}

export function indexSize(dir: string) {
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

export function machine(chromium: string) {
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
