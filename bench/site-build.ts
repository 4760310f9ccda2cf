import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isPrecompressedCopy } from '../src/lib/hosting/policy.ts';

export interface TimedRun {
  ms: number;
  /** Peak resident memory of the largest process in the run, in bytes (0 when unknown). */
  peakRss: number;
  /** User + system CPU seconds of the run and its children (NaN when unknown): steadier than wall time on a shared machine. */
  cpuSeconds: number;
  status: number | null;
  output: string;
}

const ROOT = new URL('..', import.meta.url).pathname;
const GNU_TIME = '/usr/bin/time';

/**
 * Runs a command and times it; with GNU time present, also reads its peak
 * resident memory (`Maximum resident set size`).
 */
export function timedRun(
  command: string,
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<TimedRun> {
  const withTime = existsSync(GNU_TIME);
  const [file, argv] = withTime ? [GNU_TIME, ['-v', command, ...args]] : [command, [...args]];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(file, argv, { cwd: ROOT, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => {
      const ms = performance.now() - started;
      const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1];
      const cpu = (label: string) =>
        Number(new RegExp(`${label} time \\(seconds\\): ([\\d.]+)`).exec(output)?.[1] ?? NaN);
      resolve({ ms, peakRss: kb ? Number(kb) * 1024 : 0, cpuSeconds: cpu('User') + cpu('System'), status, output });
    });
  });
}

/** `astro build` of the project over `contentDir` into `outDir`, with its content cache in `cacheDir`. */
export async function buildArchive(options: {
  contentDir: string;
  outDir: string;
  cacheDir: string;
  cold: boolean;
  /** Where bench/build-sampler.ts logs RSS and heap every 5 s (no sampling without it). */
  samplerLog?: string;
}): Promise<TimedRun> {
  if (options.cold) rmSync(options.cacheDir, { recursive: true, force: true });
  rmSync(options.outDir, { recursive: true, force: true });
  const sampler = options.samplerLog ? ['--import', join(ROOT, 'bench/build-sampler.ts')] : [];
  if (options.samplerLog) rmSync(options.samplerLog, { force: true });
  const astro = [...sampler, join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'];
  const run = await timedRun(process.execPath, astro, {
    ...(options.samplerLog ? { BUILD_SAMPLER_LOG: options.samplerLog } : {}),
    ARCHIVE_CONTENT_DIR: options.contentDir,
    ARCHIVE_OUT_DIR: options.outDir,
    ARCHIVE_CACHE_DIR: options.cacheDir,
    ASTRO_TELEMETRY_DISABLED: '1',
  });
  if (run.status !== 0) throw new Error(`astro build failed (${run.status}):\n${run.output.slice(-4000)}`);
  return run;
}

/** Files and bytes under a folder (0 when it does not exist), without the build's .gz/.br copies. */
export function folderSize(dir: string): { files: number; bytes: number } {
  if (!existsSync(dir)) return { files: 0, bytes: 0 };
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || isPrecompressedCopy(entry.name)) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}
