import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/paths.ts';

/** What the importer's tests share: a scratch folder, a run of `npm run import`, and raw copies to feed it. */

const IMPORTER = join(ROOT, 'scripts/import-article.ts');

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'import-test-'));
}

export function runImport(args: string[]) {
  const result = spawnSync(process.execPath, [IMPORTER, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

/** Every file under `dir`, relative paths, for "nothing was written" checks. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}
/** Every file under `dir` with its bytes, for "nothing changed" checks. */
export function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((file) => [file, readFileSync(join(dir, file), 'latin1')]));
}

/** A raw copy in the form the archive receives. */
export function rawCopy(date: string, byline: string, outlet: string, paragraphs: string[]): string {
  return ` date ${date} By ${byline}\n\n${outlet}\n\n${paragraphs.join('\n\n')}\n`;
}

export function writeRaw(dir: string, name: string, text: string): string {
  mkdirSync(join(dir, name, '..'), { recursive: true });
  writeFileSync(join(dir, name), text);
  return join(dir, name);
}

/** `npm run verify` over `root`. */
export const verify = (root: string) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts/verify.ts'), root], { cwd: ROOT, encoding: 'utf8' });
