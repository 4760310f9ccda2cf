import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Inventory } from '../src/lib/archive/inventory.ts';
import { sha256 } from '../src/lib/archive/manifest.ts';
import { listFiles, rawCopy, runImport, tempDir, verify, writeRaw } from '../test/helpers/importer.ts';

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

    const inventory = JSON.parse(readFileSync(join(out, 'versions', slug, 'inventory.json'), 'utf8')) as Inventory;
    expect(inventory.head).toBe(3);
    expect(inventory.versions.map((v) => v.created)).toEqual(['2026-12-01', '2026-12-02', '2026-12-03']);
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
    const retitle = () =>
      runImport([
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
    const renamed = retitle();
    expect(renamed.stderr).toBe('');
    expect(listFiles(join(out, 'raw'))).toEqual([`${slug}.txt`]);
    expect(readFileSync(join(out, 'articles', `${slug}.md`), 'utf8')).toContain('title: "Council Votes 5–2"');
    const again = retitle();
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
