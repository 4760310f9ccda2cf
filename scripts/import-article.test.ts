import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './lib/paths.ts';

const IMPORTER = join(ROOT, 'scripts/import-article.ts');
const NYT_RAW = join(ROOT, 'content/raw/003_fa914a6832d8902e.txt');

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'import-test-'));
}

function runImport(args: string[]) {
  const result = spawnSync(process.execPath, [IMPORTER, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

/** Every file under `dir`, relative paths, for "nothing was written" checks. */
function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

describe('importing the seeds', () => {
  it('reproduces the committed articles and raw originals byte for byte', () => {
    const out = tempDir();
    const result = spawnSync('bash', [join(ROOT, 'scripts/import-seeds.sh'), '--out', out], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${join(process.execPath, '..')}:${process.env['PATH']}` },
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const committed = readdirSync(join(ROOT, 'content/articles')).sort();
    expect(readdirSync(join(out, 'articles')).sort()).toEqual(committed);
    for (const name of committed) {
      expect(readFileSync(join(out, 'articles', name), 'utf8')).toBe(
        readFileSync(join(ROOT, 'content/articles', name), 'utf8'),
      );
    }
    for (const name of readdirSync(join(out, 'raw'))) {
      expect(readFileSync(join(out, 'raw', name)).equals(readFileSync(join(ROOT, 'content/raw', name)))).toBe(true);
    }
  });
});

describe('bad input', () => {
  const cases: { name: string; content: string | Buffer; message: RegExp }[] = [
    { name: 'no-date.txt', content: 'By Jane Doe\n\nSome Outlet\n\nA body.\n', message: /has no date line/ },
    {
      name: 'impossible-date.txt',
      content: ' date 2023-02-30 By Jane Doe\n\nSome Outlet\n\nA body.\n',
      message: /impossible date "2023-02-30"/,
    },
    { name: 'no-byline.txt', content: ' date 2023-09-05\n\nSome Outlet\n\nA body.\n', message: /has no byline/ },
    {
      name: 'empty-body.txt',
      content: ' date 2023-09-05 By Jane Doe\n\nSome Outlet\n\n\n',
      message: /has an empty body/,
    },
    {
      name: 'binary.txt',
      content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
      message: /is a binary file/,
    },
    {
      name: 'latin1.txt',
      content: Buffer.from(' date 2023-09-05 By Jos\xe9 P\xe9rez\n\nSome Outlet\n\nA body.\n', 'latin1'),
      message: /is not valid UTF-8/,
    },
  ];

  for (const { name, content, message } of cases) {
    it(`${name}: one clear message naming the file, exit 1, nothing written`, () => {
      const inputDir = tempDir();
      const out = tempDir();
      const input = join(inputDir, name);
      writeFileSync(input, content);
      const result = runImport(['--out', out, '--title', 'A Headline', input]);
      expect(result.status).toBe(1);
      expect(result.stderr.split('\n')).toHaveLength(1);
      expect(result.stderr).toContain(input);
      expect(result.stderr).toMatch(message);
      expect(listFiles(out)).toEqual([]);
    });
  }

  it('refuses to overwrite an existing article without --force, and leaves it untouched', () => {
    const out = tempDir();
    expect(runImport(['--out', out, '--title', 'Kim Plans Trip', NYT_RAW]).status).toBe(0);
    const [target] = listFiles(out).filter((f) => f.startsWith('articles/'));
    const path = join(out, target ?? '');
    writeFileSync(path, 'an editor’s local change\n');

    const again = runImport(['--out', out, '--title', 'Kim Plans Trip', NYT_RAW]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists \(use --force to replace it\)/);
    expect(readFileSync(path, 'utf8')).toBe('an editor’s local change\n');

    const forced = runImport(['--out', out, '--force', '--title', 'Kim Plans Trip', NYT_RAW]);
    expect(forced.status).toBe(0);
    expect(readFileSync(path, 'utf8')).toContain('title: "Kim Plans Trip"');
  });

  it('writes nothing at all when any file of a batch is bad', () => {
    const inputDir = tempDir();
    const out = tempDir();
    const bad = join(inputDir, 'bad.txt');
    writeFileSync(bad, 'not an article\n');
    const result = runImport(['--out', out, '--title', 'Good', NYT_RAW, '--title', 'Bad', bad]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(bad);
    expect(listFiles(out)).toEqual([]);
  });

  it('requires a headline for each file', () => {
    const out = tempDir();
    const result = runImport(['--out', out, NYT_RAW]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/no --title given/);
    expect(listFiles(out)).toEqual([]);
  });
});
