import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, rawCopy, runImport, tempDir, verify, writeRaw } from '../test/helpers/importer.ts';

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
