import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './lib/paths.ts';
import { listFiles, rawCopy, runImport, snapshot, tempDir, writeRaw } from '../test/helpers/importer.ts';
import { NYT_SLUG, SEED_SLUGS, seedRawPath } from '../test/helpers/real-stories.ts';

const NYT_RAW = seedRawPath(NYT_SLUG);

describe('importing the seeds', () => {
  it('reproduces the committed articles, raw originals, versions and manifest byte for byte', () => {
    const out = tempDir();
    const result = spawnSync('bash', [join(ROOT, 'scripts/import-seeds.sh'), '--out', out], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${join(process.execPath, '..')}:${process.env['PATH']}` },
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const seeds = listFiles(out);
    expect(seeds).toEqual(expect.arrayContaining(['manifest-sha256.txt', ...SEED_SLUGS.map((s) => `raw/${s}.txt`)]));
    for (const file of seeds.filter((name) => name !== 'manifest-sha256.txt')) {
      expect(readFileSync(join(out, file)).equals(readFileSync(join(ROOT, 'content', file))), file).toBe(true);
    }
    // The committed manifest lists every seed file with the same digest, whatever other stories it lists.
    const lines = (root: string) => readFileSync(join(root, 'manifest-sha256.txt'), 'utf8').split('\n').filter(Boolean);
    expect(lines(join(ROOT, 'content'))).toEqual(expect.arrayContaining(lines(out)));
    expect(lines(out)).toHaveLength(seeds.length - 1);
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

  it('refuses to replace an existing article without --update, and leaves it untouched', () => {
    const out = tempDir();
    expect(runImport(['--out', out, '--title', 'Kim Plans Trip', NYT_RAW]).status).toBe(0);
    const before = snapshot(out);
    const again = runImport(['--out', out, '--title', 'Kim Plans Trip', NYT_RAW]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists \(use --update to add a new version; earlier ones are kept\)/);
    expect(snapshot(out)).toEqual(before);
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

describe('the importer explains itself', () => {
  const input = tempDir();
  const good = writeRaw(input, 'good.txt', rawCopy('2024-03-01', 'Ann Lee', 'The Example Herald', ['Text.']));

  it.each([
    [
      ['--archived', '2026-13-45', '--title', 'T', good],
      /^import: --archived: "2026-13-45" is not a real calendar day/,
    ],
    [
      [input],
      new RegExp(`^import: ${input}: is a folder; to import every file in it, give their headlines with --titles`),
    ],
    [
      [good, '--title', 'Late'],
      /^import: --title "Late" comes after the last file; --title names the file that follows it/,
    ],
    [
      ['--title', 'T', writeRaw(input, 'timed.txt', ' date 2023-09-18 14:30 By Ann Lee\n\nReuters\n\nText.\n')],
      /timed\.txt: has a time "14:30" in its date line/,
    ],
  ])('%j: one line, exit 1, nothing written', (args, message) => {
    const out = tempDir();
    const result = runImport(['--out', out, ...args]);
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
    expect(listFiles(out)).toEqual([]);
  });

  it('warns on a headline over 120 characters, and imports it as given', () => {
    const out = tempDir();
    const title = `A ${'very '.repeat(25)}long headline`;
    const result = runImport(['--out', out, '--title', title, good]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/warning: .*good\.txt: the headline is 140 characters; over 120 crowds listings/);
    expect(listFiles(join(out, 'articles'))).toHaveLength(1);
  });
});
