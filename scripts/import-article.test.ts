import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../src/lib/archive/manifest.ts';
import { ROOT } from './lib/paths.ts';
import { NYT_SLUG, SEED_SLUGS, seedRawPath } from '../test/helpers/real-stories.ts';

const IMPORTER = join(ROOT, 'scripts/import-article.ts');
const NYT_RAW = seedRawPath(NYT_SLUG);

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

/** Every file under `dir` with its bytes, for "nothing changed" checks. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((file) => [file, readFileSync(join(dir, file), 'latin1')]));
}

/** A raw copy in the form the archive receives. */
function rawCopy(date: string, byline: string, outlet: string, paragraphs: string[]): string {
  return ` date ${date} By ${byline}\n\n${outlet}\n\n${paragraphs.join('\n\n')}\n`;
}

function writeRaw(dir: string, name: string, text: string): string {
  mkdirSync(join(dir, name, '..'), { recursive: true });
  writeFileSync(join(dir, name), text);
  return join(dir, name);
}

const verify = (root: string) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts/verify.ts'), root], { cwd: ROOT, encoding: 'utf8' });

describe('sources are never overwritten', () => {
  it('keeps two raw files of the same name from different folders, each as its own story’s source', () => {
    const input = tempDir();
    const out = tempDir();
    const a = writeRaw(input, 'a/story.txt', rawCopy('2024-03-01', 'Ann Lee', 'The Example Herald', ['First story.']));
    const b = writeRaw(input, 'b/story.txt', rawCopy('2024-03-02', 'Bo Park', 'Fixture Daily', ['Second story.']));
    const result = runImport([
      '--out',
      out,
      '--archived',
      '2026-12-01',
      '--title',
      'Story Alpha',
      a,
      '--title',
      'Story Beta',
      b,
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    for (const [slug, file] of [
      ['2024-03-01-story-alpha', a],
      ['2024-03-02-story-beta', b],
    ] as const) {
      const markdown = readFileSync(join(out, 'articles', `${slug}.md`), 'utf8');
      expect(markdown).toContain(`source: "${slug}.txt"`);
      expect(readFileSync(join(out, 'raw', `${slug}.txt`)).equals(readFileSync(file))).toBe(true);
    }
    expect(verify(out).status).toBe(0);
  });

  it('refuses to write a raw original that already exists', () => {
    const input = tempDir();
    const out = tempDir();
    const file = writeRaw(input, 'x.txt', rawCopy('2024-03-01', 'Ann Lee', 'The Example Herald', ['Text.']));
    writeRaw(out, 'raw/2024-03-01-a-story.txt', 'an earlier original\n');
    writeFileSync(join(out, 'manifest-sha256.txt'), `${sha256('an earlier original\n')}  raw/2024-03-01-a-story.txt\n`);
    const result = runImport(['--out', out, '--title', 'A Story', file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /raw\/2024-03-01-a-story\.txt already exists, and the archive never overwrites a raw original/,
    );
    expect(readFileSync(join(out, 'raw/2024-03-01-a-story.txt'), 'utf8')).toBe('an earlier original\n');
  });
});

describe('versions', () => {
  const paragraphs = ['SALEM (special) — The council met on Monday.', 'It voted 5 to 2.'];

  it('keeps every earlier version, raw and Markdown, with its day; archived keeps the first day', () => {
    const input = tempDir();
    const out = tempDir();
    const v1 = writeRaw(input, 'v1.txt', rawCopy('2024-03-01', 'Ann Lee', 'The Example Herald', paragraphs));
    const v2 = writeRaw(
      input,
      'v2.txt',
      rawCopy('2024-03-01', 'Ann Lee', 'The Example Herald', [paragraphs[0]!, 'It voted 5 to 3.']),
    );
    const v3 = writeRaw(
      input,
      'v3.txt',
      rawCopy('2024-03-01', 'Ann Lee', 'The Example Herald', [
        paragraphs[0]!,
        'It voted 5 to 3.',
        'Correction appended.',
      ]),
    );
    const slug = '2024-03-01-council-votes';
    expect(runImport(['--out', out, '--archived', '2026-12-01', '--title', 'Council Votes', v1]).status).toBe(0);
    expect(
      runImport(['--out', out, '--archived', '2026-12-02', '--update', '--title', 'Council Votes', v2]).status,
    ).toBe(0);
    // --force is the older name for --update.
    expect(
      runImport(['--out', out, '--archived', '2026-12-03', '--force', '--title', 'Council Votes', v3]).status,
    ).toBe(0);

    const inventory = JSON.parse(readFileSync(join(out, 'versions', slug, 'inventory.json'), 'utf8'));
    expect(inventory.head).toBe(3);
    expect(inventory.versions.map((v: { created: string }) => v.created)).toEqual([
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
    ]);
    for (const [n, file, raw] of [
      [1, v1, `raw/${slug}.txt`],
      [2, v2, `raw/${slug}.v2.txt`],
      [3, v3, `raw/${slug}.v3.txt`],
    ] as const) {
      expect(readFileSync(join(out, raw)).equals(readFileSync(file)), raw).toBe(true);
      const markdown = readFileSync(join(out, 'versions', slug, `v${n}.md`), 'utf8');
      expect(markdown).toContain(`source: "${raw.slice(4)}"`);
      expect(markdown).toContain('archived: 2026-12-01');
      if (n > 1) expect(markdown).toContain(`updated: 2026-12-0${n}`);
    }
    expect(readFileSync(join(out, 'articles', `${slug}.md`), 'utf8')).toBe(
      readFileSync(join(out, 'versions', slug, 'v3.md'), 'utf8'),
    );
    expect(verify(out).status).toBe(0);
  });

  it('shares an unchanged raw original when only the headline changes, and keeps the permalink with --slug', () => {
    const input = tempDir();
    const out = tempDir();
    const v1 = writeRaw(input, 'v1.txt', rawCopy('2024-03-01', 'Ann Lee', 'The Example Herald', paragraphs));
    const slug = '2024-03-01-council-votes';
    expect(runImport(['--out', out, '--archived', '2026-12-01', '--title', 'Council Votes', v1]).status).toBe(0);
    const renamed = runImport([
      '--out',
      out,
      '--archived',
      '2026-12-02',
      '--update',
      '--slug',
      slug,
      '--title',
      'Council Votes 5–2',
      v1,
    ]);
    expect(renamed.stderr).toBe('');
    expect(listFiles(join(out, 'raw'))).toEqual([`${slug}.txt`]);
    expect(readFileSync(join(out, 'articles', `${slug}.md`), 'utf8')).toContain('title: "Council Votes 5–2"');
    const again = runImport([
      '--out',
      out,
      '--archived',
      '2026-12-02',
      '--update',
      '--slug',
      slug,
      '--title',
      'Council Votes 5–2',
      v1,
    ]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/nothing changed since version 2/);
  });

  it('--update of a story the archive does not hold is refused', () => {
    const input = tempDir();
    const out = tempDir();
    const v1 = writeRaw(input, 'v1.txt', rawCopy('2024-03-01', 'Ann Lee', 'The Example Herald', paragraphs));
    const result = runImport(['--out', out, '--update', '--title', 'Council Votes', v1]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/--update: the archive has no story 2024-03-01-council-votes/);
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

describe('batch import of a folder', () => {
  function batch(extra: Record<string, string> = {}, titles?: string) {
    const input = tempDir();
    const folder = join(input, 'incoming');
    const names: string[] = [];
    for (let i = 1; i <= 5; i++) {
      names.push(`story-${i}.txt`);
      writeRaw(folder, `story-${i}.txt`, rawCopy(`2024-04-0${i}`, 'Ann Lee', 'The Example Herald', [`Story ${i}.`]));
    }
    for (const [name, text] of Object.entries(extra)) writeRaw(folder, name, text);
    const tsv = join(input, 'titles.tsv');
    writeFileSync(
      tsv,
      titles ?? [...names, ...Object.keys(extra)].map((n, i) => `${n}\tHeadline ${i + 1}`).join('\n') + '\n',
    );
    return { folder, tsv };
  }

  it('imports every file of the folder with its headline from titles.tsv', () => {
    const out = tempDir();
    const { folder, tsv } = batch();
    const result = runImport(['--out', out, '--titles', tsv, folder]);
    expect(result.stderr).toBe('');
    expect(listFiles(join(out, 'articles'))).toEqual([1, 2, 3, 4, 5].map((i) => `2024-04-0${i}-headline-${i}.md`));
    expect(verify(out).status).toBe(0);
  });

  it('writes none of them when one is bad or has no headline', () => {
    for (const [extra, titles, message] of [
      [{ 'bad.txt': 'not an article\n' }, undefined, /bad\.txt: has no date line/],
      [{}, 'story-1.txt\tOnly one\n', /story-2\.txt: no --title given/],
      [{}, undefined + '', /expected "<file name><TAB><headline>"/],
    ] as const) {
      const out = tempDir();
      const { folder, tsv } = batch(extra, titles);
      const result = runImport(['--out', out, '--titles', tsv, folder]);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(listFiles(out)).toEqual([]);
    }
  });
});
