import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT } from '../../scripts/lib/paths.ts';

const VNU_JAR = join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** Every .html file under `dir`, absolute. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Runs the Nu Html Checker once (one JVM) over `files`; returns its errors. */
function validate(files: string[]): VnuMessage[] {
  const run = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--skip-non-html', '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw new Error(`could not run java (install a JRE, e.g. default-jre-headless): ${run.error.message}`);
  // vnu writes its JSON report to stderr and exits 1 when it finds errors.
  const report = JSON.parse(run.stderr) as { messages: VnuMessage[] };
  return report.messages.filter((message) => message.type === 'error' || message.subType === 'fatal');
}

const describeError = (error: VnuMessage) =>
  `${error.url?.replace(/^file:/, '')}:${error.lastLine ?? '?'}: ${error.message}${error.extract ? ` [${error.extract.trim()}]` : ''}`;

describe('the Nu Html Checker', () => {
  let files: string[];
  let canary: string;
  beforeAll(() => {
    const siteDir = inject('siteDir');
    files = [...htmlFiles(siteDir), ...htmlFiles(inject('paginatedDir'))];
    // A known-bad page checked in the same run proves the checker reads our files.
    canary = join(mkdtempSync(join(tmpdir(), 'gates-vnu-')), 'canary.html');
    writeFileSync(canary, '<!doctype html><html lang="en"><title>x</title><p><div></p>');
  });

  it('finds no errors in any built page, paginated listings included', () => {
    expect(files.length).toBeGreaterThan(60);
    const errors = validate([...files, canary]);
    expect(errors.filter((error) => error.url?.endsWith('/canary.html')).length).toBeGreaterThan(0);
    const ours = errors.filter((error) => !error.url?.endsWith('/canary.html'));
    console.log(`Nu Html Checker: ${files.length} pages, ${ours.length} errors`);
    expect(ours.map(describeError)).toEqual([]);
  }, 300_000);
});
