import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { freePort } from '../../scripts/lib/free-port.ts';
import { ROOT } from '../../scripts/lib/paths.ts';

const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/** `astro dev`, started by a test. */
export interface DevServer {
  /** Where it listens, without a trailing slash. */
  url: string;
  /** Its cache folder (`ARCHIVE_CACHE_DIR`), for other commands run beside it as a person would. */
  cacheDir: string;
  /** Stops it and removes its cache folder. */
  close(): Promise<void>;
}

/**
 * The environment of an Astro command run by hand: without Vitest's own variables (with `VITEST` or
 * `NODE_ENV=test` set, `astro dev` serves no pages), in plain text, with no update check (a network call).
 */
function byHand(cacheDir: string): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV' && name !== 'TEST',
    ),
  );
  return {
    ...env,
    ARCHIVE_CACHE_DIR: cacheDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    ASTRO_DISABLE_UPDATE_CHECK: 'true',
    NO_COLOR: '1',
  };
}

/**
 * Starts `astro dev` over the real content with a fresh cache folder (so every run is a first run, as in a
 * fresh clone), and resolves once it listens; rejects with its output if it exits first.
 */
export async function startDevServer(): Promise<DevServer> {
  // Inside the project, as the builds' caches are: Vite serves its pre-bundled dependencies from there.
  mkdirSync(join(ROOT, 'test/.tmp'), { recursive: true });
  const cacheDir = mkdtempSync(join(ROOT, 'test/.tmp', 'dev-cache-'));
  const child = spawn(process.execPath, [ASTRO, 'dev', '--host', '127.0.0.1', '--port', String(await freePort())], {
    cwd: ROOT,
    env: byHand(cacheDir),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += stripVTControlCharacters(chunk.toString());
      // The address it prints once it listens (another port than asked for, if that one was taken meanwhile).
      const local = /Local\s+(http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (local?.[1]) resolve(local[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then(() => reject(new Error(`astro dev exited before listening:\n${output}`)));
  });
  return {
    url,
    cacheDir,
    close: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(cacheDir, { recursive: true, force: true });
    },
  };
}

/** Runs `astro <command>` to its end beside `server`, sharing its cache folder as a person's second terminal does. */
export function runBeside(server: DevServer, command: string): Promise<{ status: number | null; output: string }> {
  const child = spawn(process.execPath, [ASTRO, command], {
    cwd: ROOT,
    env: byHand(server.cacheDir),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) =>
    child.once('close', (status) => resolve({ status, output: stripVTControlCharacters(output) })),
  );
}
