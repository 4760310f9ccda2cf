import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from '../../scripts/lib/build-site.ts';

/** Every file under `dir` with the SHA-256 of its bytes, by path relative to `dir`. */
function fingerprint(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(
    files
      .map((entry) => join(entry.parentPath, entry.name))
      .map(
        (file) => [file.slice(dir.length + 1), createHash('sha256').update(readFileSync(file)).digest('hex')] as const,
      )
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/** Where two texts first differ, with a little context from each. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: …${a.slice(Math.max(0, i - 40), i + 40)}… vs …${b.slice(Math.max(0, i - 40), i + 40)}…`;
}

describe('two clean builds of the same content, at different times and in different time zones', () => {
  let second: string | undefined;
  afterAll(() => {
    if (second) rmSync(dirname(second), { recursive: true, force: true });
  });

  it('are byte-identical, file for file', () => {
    const first = inject('siteDir');
    // The second build runs 400 days later by its clock and on the other side of the date line.
    const build = buildSite({
      env: { TZ: 'Pacific/Kiritimati', NODE_OPTIONS: `--import=${join(import.meta.dirname, 'shifted-clock.ts')}` },
    });
    expect(build.status, build.output).toBe(0);
    second = build.outDir;

    const a = fingerprint(first);
    const b = fingerprint(second);
    expect(a.size).toBeGreaterThan(10);
    expect([...b.keys()]).toEqual([...a.keys()]);
    const differing = [...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file);
    const details = differing.map((file) =>
      /\.(html|xml|json|css|js|txt)$/.test(file)
        ? `${file} ${firstDifference(readFileSync(join(first, file), 'utf8'), readFileSync(join(second ?? '', file), 'utf8'))}`
        : file,
    );
    expect(details).toEqual([]);
  }, 300_000);
});
