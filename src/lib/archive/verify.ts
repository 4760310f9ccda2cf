import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { DAY_ERROR, parseIsoDay } from '../dates.ts';
import {
  ARTICLES,
  MANIFEST,
  onDisk,
  PAYLOAD_DIRS,
  RAW,
  VERSIONS,
  articlePath,
  inventoryPath,
  rawPath,
} from './layout.ts';
import { readInventory } from './inventory.ts';
import { payloadFiles, readManifest, sha256 } from './manifest.ts';

/** One thing wrong with the archive, named by file (relative to the content root). */
export interface Problem {
  file: string;
  problem: string;
}

/**
 * Recomputes the SHA-256 of every file the manifest lists and compares the
 * files on disk with it: a file whose bytes changed, a listed file that is
 * missing, and a file that is not listed are each a problem. A content root
 * with no raw originals and no manifest (generated test or benchmark content)
 * has nothing to verify.
 */
export function verifyFixity(root: string): Problem[] {
  const manifest = readManifest(root);
  if (!manifest) {
    if (existsSync(join(root, RAW)))
      return [
        { file: MANIFEST, problem: 'is missing: the archive has raw originals but no manifest of their digests' },
      ];
    if (existsSync(join(root, VERSIONS)))
      return [{ file: MANIFEST, problem: 'is missing: the archive has versions but no manifest of their digests' }];
    return [];
  }
  const problems: Problem[] = [];
  const onDiskNow = new Set(payloadFiles(root));
  for (const [path, digest] of manifest) {
    if (!onDiskNow.has(path)) problems.push({ file: path, problem: 'is missing (the manifest lists it)' });
    else if (sha256(readFileSync(onDisk(root, path))) !== digest)
      problems.push({ file: path, problem: 'has changed (its SHA-256 differs from the manifest)' });
  }
  for (const path of onDiskNow) {
    if (!manifest.has(path)) problems.push({ file: path, problem: 'is not in the manifest (unlisted)' });
  }
  return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/**
 * What the manifest cannot see by itself, since a file deleted together with
 * its line leaves the two agreeing: every article has its inventory and its
 * raw original (the one its `source` names), every version the inventory
 * lists is on disk with its raw original, and nothing lies outside the
 * archive's folders. Checked only where there is a manifest (an archive).
 */
export function verifyCompleteness(root: string): Problem[] {
  if (!readManifest(root)) return [];
  const problems: Problem[] = [];
  const missing = (path: string, why: string) => {
    if (!existsSync(onDisk(root, path))) problems.push({ file: path, problem: `is missing (${why})` });
  };
  const articlesDir = onDisk(root, ARTICLES);
  const slugs = existsSync(articlesDir)
    ? readdirSync(articlesDir)
        .filter((name) => name.endsWith('.md'))
        .map((name) => name.slice(0, -'.md'.length))
    : [];
  for (const slug of slugs) {
    const source = /^source:\s*"?([^"\n]+?)"?\s*$/m.exec(readFileSync(onDisk(root, articlePath(slug)), 'utf8'))?.[1];
    missing(source ? `${RAW}/${source}` : rawPath(slug, 1), `${articlePath(slug)} names it as its source`);
    let inventory;
    try {
      inventory = readInventory(root, slug);
    } catch {
      problems.push({ file: inventoryPath(slug), problem: 'is not readable JSON' });
      continue;
    }
    if (!inventory) {
      problems.push({
        file: inventoryPath(slug),
        problem: `is missing (every article has one; ${articlePath(slug)} is here)`,
      });
      continue;
    }
    for (const version of inventory.versions) {
      missing(version.markdown, `${inventoryPath(slug)} lists it as version ${version.number}`);
      missing(version.raw, `${inventoryPath(slug)} lists it as version ${version.number}'s raw original`);
    }
    if (!inventory.versions.some((version) => version.number === inventory.head))
      problems.push({
        file: inventoryPath(slug),
        problem: `names head version ${inventory.head}, which it does not list`,
      });
  }
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === MANIFEST) continue;
    if (!(PAYLOAD_DIRS as readonly string[]).includes(entry.name) || !entry.isDirectory())
      problems.push({ file: entry.name, problem: `is outside the archive's folders (${PAYLOAD_DIRS.join('/, ')}/)` });
  }
  return problems;
}

// The frontmatter fields that hold calendar days. The YAML parser rolls
// 2023-02-30 over to March 2, so the days are checked as written.
const DAY_FIELDS = ['date', 'archived', 'updated'];

/** Every day field in every article's frontmatter that is not a real `YYYY-MM-DD` calendar day. */
export function checkDays(articlesDir: string): Problem[] {
  if (!existsSync(articlesDir)) return [];
  const problems: Problem[] = [];
  for (const name of readdirSync(articlesDir)
    .filter((n) => n.endsWith('.md'))
    .sort()) {
    const text = readFileSync(join(articlesDir, name), 'utf8');
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
    for (const line of frontmatter.split(/\r?\n/)) {
      const match = /^(\w+):\s*(.*?)\s*$/.exec(line);
      const [, field = '', value = ''] = match ?? [];
      if (!DAY_FIELDS.includes(field)) continue;
      const day = value.replace(/^(["'])(.*)\1$/, '$2');
      if (!parseIsoDay(day)) problems.push({ file: name, problem: `${field}: ${DAY_ERROR} (it reads "${day}")` });
    }
  }
  return problems;
}

/** Problems as lines of text, one per problem: "<file>: <problem>". */
export const formatProblems = (problems: readonly Problem[]): string =>
  problems.map(({ file, problem }) => `${file}: ${problem}`).join('\n');

/**
 * Everything that must hold before the archive is published: fixity of the
 * raw originals and versions, and real days in every article. The build and
 * `npm run verify` both call this, so they fail with the same message. Files
 * are named relative to the working directory when they are inside it.
 */
export function checkArchive(root: string | undefined, articlesDir: string): Problem[] {
  const shown = (path: string) => {
    const rel = relative(process.cwd(), path);
    return rel.startsWith('..') ? path : rel;
  };
  const named = (dir: string) => (p: Problem) => ({ ...p, file: shown(resolve(dir, p.file)) });
  // A file the manifest already reports missing is not reported again by the completeness check.
  const fixity = root === undefined ? [] : verifyFixity(root);
  const reported = new Set(fixity.map((problem) => problem.file));
  const complete = root === undefined ? [] : verifyCompleteness(root).filter((problem) => !reported.has(problem.file));
  return [...[...fixity, ...complete].map(named(root ?? '.')), ...checkDays(articlesDir).map(named(articlesDir))];
}

/** The message for a failed check: a first line that says what failed, then one line per problem. */
export const archiveCheckMessage = (problems: readonly Problem[]): string =>
  `The archive failed verification (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${formatProblems(problems)}`;
