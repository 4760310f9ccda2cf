import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './lib/paths.ts';
import { DCNF_SLUG, NYT_SLUG } from '../test/helpers/real-stories.ts';

/** A copy of the real content to damage. */
function contentCopy(): string {
  const root = join(mkdtempSync(join(tmpdir(), 'verify-test-')), 'content');
  cpSync(join(ROOT, 'content'), root, { recursive: true });
  return root;
}

const verify = (root: string) => {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/verify.ts'), root], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
};

describe('npm run verify', () => {
  it('passes on the archive as committed', () => {
    const result = verify(join(ROOT, 'content'));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('names a raw original changed by one byte, a deleted version and an unlisted file, and exits 1', () => {
    const root = contentCopy();
    const raw = join(root, 'raw', `${NYT_SLUG}.txt`);
    const bytes = readFileSync(raw);
    bytes[100] = (bytes[100] ?? 0) ^ 1;
    writeFileSync(raw, bytes);
    rmSync(join(root, 'versions', DCNF_SLUG, 'v1.md'));
    writeFileSync(join(root, 'raw', 'stray.txt'), 'not imported\n');
    const result = verify(root);
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n')).toEqual([
      'The archive failed verification (3 problems):',
      `${root}/raw/${NYT_SLUG}.txt: has changed (its SHA-256 differs from the manifest)`,
      `${root}/raw/stray.txt: is not in the manifest (unlisted)`,
      `${root}/versions/${DCNF_SLUG}/v1.md: is missing (the manifest lists it)`,
    ]);
  });

  it('catches a hand edit of an article, and an impossible day written by hand', () => {
    const root = contentCopy();
    const article = join(root, 'articles', `${DCNF_SLUG}.md`);
    writeFileSync(article, readFileSync(article, 'utf8').replace(/^date: .*$/m, 'date: 2023-02-30'));
    const result = verify(root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${article}: has changed`);
    expect(result.stderr).toContain(
      `${article}: date: must be a real calendar day written YYYY-MM-DD (it reads "2023-02-30")`,
    );
  });

  it('refuses a missing manifest when there are raw originals', () => {
    const root = contentCopy();
    rmSync(join(root, 'manifest-sha256.txt'));
    appendFileSync(join(root, 'raw', 'x.txt'), '');
    expect(verify(root).stderr).toMatch(
      /manifest-sha256\.txt: is missing: the archive has raw originals but no manifest/,
    );
  });

  it('names a version deleted together with its manifest line, and a raw original its article names but the archive lost', () => {
    const root = contentCopy();
    const manifestFile = join(root, 'manifest-sha256.txt');
    const keep = (line: string) =>
      !line.endsWith(`versions/${DCNF_SLUG}/v1.md`) && !line.endsWith(`raw/${NYT_SLUG}.txt`);
    writeFileSync(manifestFile, readFileSync(manifestFile, 'utf8').split('\n').filter(keep).join('\n'));
    rmSync(join(root, 'versions', DCNF_SLUG, 'v1.md'));
    rmSync(join(root, 'raw', `${NYT_SLUG}.txt`));
    const result = verify(root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `${root}/raw/${NYT_SLUG}.txt: is missing (articles/${NYT_SLUG}.md names it as its source)`,
    );
    expect(result.stderr).toContain(
      `${root}/versions/${DCNF_SLUG}/v1.md: is missing (versions/${DCNF_SLUG}/inventory.json lists it as version 1)`,
    );
  });

  it('names a whole story history deleted with its lines, raw originals and manifest deleted together, and stray files', () => {
    const root = contentCopy();
    rmSync(join(root, 'versions', NYT_SLUG), { recursive: true });
    writeFileSync(join(root, 'notes.txt'), 'not part of the archive\n');
    const result = verify(root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${root}/versions/${NYT_SLUG}/inventory.json: is missing`);
    expect(result.stderr).toContain(`${root}/notes.txt: is outside the archive's folders`);

    const bare = contentCopy();
    rmSync(join(bare, 'raw'), { recursive: true });
    rmSync(join(bare, 'manifest-sha256.txt'));
    expect(verify(bare).stderr).toMatch(/manifest-sha256\.txt: is missing: the archive has versions but no manifest/);
  });

  it('refuses a folder that is not there rather than finding nothing wrong in it', () => {
    const result = verify(join(tmpdir(), 'no-such-archive-here'));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/no-such-archive-here: no such archive/);
  });
});
