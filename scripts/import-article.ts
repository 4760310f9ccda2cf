/**
 * Turns raw article copies into Markdown files of the content collection.
 *
 *   npm run import -- --title "Headline" raw.txt [--title "Other" other.txt …]
 *   npm run import -- --titles titles.tsv folder/          (a batch: "<file name><TAB><headline>" a line)
 *   npm run import -- --update --title "Headline" corrected.txt   (a new version of an existing story)
 *
 * Each `--title` (and `--slug`, to name the story an update is for) applies
 * to the file after it. Every file is checked before anything is written,
 * so one bad input writes nothing. Nothing the archive holds is overwritten:
 * a raw original is never replaced, and an update adds a version and keeps
 * every earlier one (see src/lib/archive/layout.ts). The importer records the
 * SHA-256 of every file it writes in the manifest that `npm run verify` checks.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { articleFileName, renderArticleFile } from '../src/lib/article-file.ts';
import { readInventory, serializeInventory, type Inventory } from '../src/lib/archive/inventory.ts';
import {
  articlePath,
  inventoryPath,
  MANIFEST,
  onDisk,
  rawPath,
  versionMarkdownPath,
} from '../src/lib/archive/layout.ts';
import { readManifest, serializeManifest, sha256 } from '../src/lib/archive/manifest.ts';
import { writeAll, type PendingWrite } from '../src/lib/archive/transaction.ts';
import { formatProblems, verifyFixity } from '../src/lib/archive/verify.ts';
import { parseIsoDay } from '../src/lib/dates.ts';
import { parseRawArticle, RawArticleError } from '../src/lib/raw-article.ts';

/** Headlines longer than this are accepted with a warning: they crowd listings and share cards. */
const LONG_HEADLINE = 120;
const SLUG = /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;

interface Job {
  input: string;
  title: string | undefined;
  slug: string | undefined;
}

interface Planned {
  input: string;
  slug: string;
  version: number;
  /** Root-relative path → bytes. */
  files: Map<string, string | Uint8Array>;
}

function fail(message: string): never {
  throw new RawArticleError(message);
}

function main(argv: string[]): number {
  const { values, tokens } = parseArgs({
    args: argv,
    allowPositionals: true,
    tokens: true,
    options: {
      title: { type: 'string', multiple: true },
      slug: { type: 'string', multiple: true },
      titles: { type: 'string' },
      update: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      archived: { type: 'string' },
      out: { type: 'string', default: 'content' },
    },
  });
  const update = values.update || values.force;
  const today = values.archived ?? new Date().toISOString().slice(0, 10);
  if (!parseIsoDay(today)) fail(`--archived: "${today}" is not a real calendar day (YYYY-MM-DD)`);
  const root = resolve(values.out);
  const titles = values.titles === undefined ? undefined : readTitles(values.titles);
  const jobs = collectJobs(tokens, titles);
  if (jobs.length === 0)
    fail('usage: npm run import -- --title "Headline" <raw.txt> [...]  or  --titles titles.tsv <folder>');

  const broken = verifyFixity(root);
  if (broken.length > 0) {
    fail(
      `${root} fails verification; nothing was imported. Fix these first (npm run verify):\n${formatProblems(broken)}`,
    );
  }

  const manifest = readManifest(root) ?? new Map<string, string>();
  const planned: Planned[] = [];
  for (const job of jobs) {
    const plan = planOne(job, root, today, update);
    const clash = planned.find((p) => p.slug === plan.slug);
    if (clash) fail(`${job.input}: ${clash.input} is also imported as ${plan.slug}; give each its own headline`);
    planned.push(plan);
  }

  const writes: PendingWrite[] = [];
  for (const plan of planned) {
    for (const [path, data] of plan.files) {
      writes.push({ path: onDisk(root, path), data });
      manifest.set(path, sha256(data));
    }
  }
  writes.push({ path: join(root, MANIFEST), data: serializeManifest(manifest) });
  writeAll(writes);
  for (const plan of planned) {
    const what = plan.version === 1 ? 'new story' : `version ${plan.version}`;
    console.log(`${plan.input} → ${join(root, articlePath(plan.slug))} (${what})`);
  }
  return 0;
}

/** Pairs each file with the `--title`/`--slug` given before it, or its line in the titles file; folders are expanded. */
function collectJobs(tokens: NonNullable<ReturnType<typeof parseArgs>['tokens']>, titles?: Map<string, string>): Job[] {
  const jobs: Job[] = [];
  let pending: { title?: string; slug?: string } = {};
  for (const token of tokens) {
    if (token.kind === 'option' && (token.name === 'title' || token.name === 'slug') && token.value !== undefined) {
      pending[token.name] = token.value;
    }
    if (token.kind !== 'positional') continue;
    const input = token.value;
    if (!existsSync(input)) fail(`${input}: no such file`);
    if (statSync(input).isDirectory()) {
      if (!titles)
        fail(`${input}: is a folder; to import every file in it, give their headlines with --titles titles.tsv`);
      const files = readdirSync(input, { withFileTypes: true })
        .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && !entry.name.endsWith('.tsv'))
        .map((entry) => join(input, entry.name))
        .sort();
      if (files.length === 0) fail(`${input}: the folder holds no files to import`);
      for (const file of files) jobs.push({ input: file, title: titles?.get(basename(file)), slug: undefined });
    } else {
      jobs.push({ input, title: pending.title ?? titles?.get(basename(input)), slug: pending.slug });
    }
    pending = {};
  }
  const dangling = pending.title ?? pending.slug;
  if (dangling !== undefined) {
    const option = pending.title !== undefined ? '--title' : '--slug';
    fail(
      `${option} "${dangling}" comes after the last file; ${option} names the file that follows it (${option} "…" raw.txt)`,
    );
  }
  if (titles) {
    const named = new Set(jobs.map((job) => basename(job.input)));
    for (const name of titles.keys())
      if (!named.has(name)) fail(`--titles: "${name}" is not among the files to import`);
  }
  return jobs;
}

/** "<file name><TAB><headline>" per line; blank lines and lines starting with # are skipped. */
function readTitles(file: string): Map<string, string> {
  if (!existsSync(file) || statSync(file).isDirectory()) fail(`--titles: ${file} is not a file`);
  const titles = new Map<string, string>();
  readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (line.trim() === '' || line.startsWith('#')) return;
      const [name, title, ...rest] = line.split('\t');
      if (!name?.trim() || !title?.trim() || rest.length > 0)
        fail(`${file}:${i + 1}: expected "<file name><TAB><headline>", read ${JSON.stringify(line)}`);
      if (titles.has(name.trim())) fail(`${file}:${i + 1}: "${name.trim()}" is given a headline twice`);
      titles.set(name.trim(), title.trim());
    });
  return titles;
}

/** Checks one input and decides every file it writes; throws, writing nothing, on any problem. */
function planOne(job: Job, root: string, today: string, update: boolean): Planned {
  const { input } = job;
  const title = job.title?.trim();
  if (!title) fail(`${input}: no --title given (the raw copy has no headline; write one from its lede)`);
  const bytes = readFileSync(input);
  const article = parseRawArticle(bytes, input);
  if (title.length > LONG_HEADLINE) {
    console.warn(
      `import: warning: ${input}: the headline is ${title.length} characters; over ${LONG_HEADLINE} crowds listings (imported as given)`,
    );
  }
  const slug = job.slug ?? articleFileName(article.date, title).replace(/\.md$/, '');
  if (!SLUG.test(slug)) fail(`${input}: --slug "${slug}" is not a story's file name (YYYY-MM-DD-words)`);
  const exists = (path: string) => existsSync(onDisk(root, path));
  const known = exists(articlePath(slug)) || exists(inventoryPath(slug));

  if (!known) {
    if (job.slug) fail(`${input}: --slug ${slug}: the archive has no such story`);
    if (update) fail(`${input}: --update: the archive has no story ${slug} (a new story needs no --update)`);
    const raw = rawPath(slug, 1);
    if (exists(raw)) fail(`${input}: ${raw} already exists, and the archive never overwrites a raw original`);
    const markdown = renderArticleFile({ article, title, source: basename(raw), archived: today });
    const inventory: Inventory = {
      id: slug,
      head: 1,
      versions: [{ number: 1, created: today, markdown: versionMarkdownPath(slug, 1), raw, message: 'imported' }],
    };
    return {
      input,
      slug,
      version: 1,
      files: new Map<string, string | Uint8Array>([
        [raw, bytes],
        [versionMarkdownPath(slug, 1), markdown],
        [articlePath(slug), markdown],
        [inventoryPath(slug), serializeInventory(inventory)],
      ]),
    };
  }

  if (!update) {
    fail(`${input}: ${articlePath(slug)} already exists (use --update to add a new version; earlier ones are kept)`);
  }
  const inventory = readInventory(root, slug);
  if (!inventory) fail(`${input}: ${slug} has no ${inventoryPath(slug)}, so its versions cannot be kept`);
  const previous = inventory.versions.at(-1);
  const first = inventory.versions[0];
  if (!previous || !first) return fail(`${input}: ${inventoryPath(slug)} lists no versions`);
  if (today < previous.created) {
    fail(`${input}: --archived ${today} is before version ${previous.number} of ${slug} (${previous.created})`);
  }
  const version = previous.number + 1;
  // An unchanged original is shared with the version that has it (a new headline is a new version, not a new source).
  const same = inventory.versions.find((v) => readFileSync(onDisk(root, v.raw)).equals(bytes));
  const raw = same?.raw ?? rawPath(slug, version);
  if (!same && exists(raw)) fail(`${input}: ${raw} already exists, and the archive never overwrites a raw original`);
  const markdown = renderArticleFile({
    article,
    title,
    source: basename(raw),
    archived: first.created,
    updated: today,
  });
  const current = readFileSync(onDisk(root, previous.markdown), 'utf8');
  const asBefore = previous.number > 1 ? previous.created : undefined;
  if (
    same &&
    renderArticleFile({ article, title, source: basename(raw), archived: first.created, updated: asBefore }) === current
  ) {
    fail(`${input}: nothing changed since version ${previous.number} of ${slug}`);
  }
  const versionFile = versionMarkdownPath(slug, version);
  if (exists(versionFile)) fail(`${input}: ${versionFile} already exists, and the archive never overwrites a version`);
  const next: Inventory = {
    id: slug,
    head: version,
    versions: [
      ...inventory.versions,
      { number: version, created: today, markdown: versionFile, raw, message: 'updated' },
    ],
  };
  const files = new Map<string, string | Uint8Array>([
    [versionFile, markdown],
    [articlePath(slug), markdown],
    [inventoryPath(slug), serializeInventory(next)],
  ]);
  if (!same) files.set(raw, bytes);
  return { input, slug, version, files };
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  const code = (error as { code?: string }).code;
  if (error instanceof RawArticleError || code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`import: ${(error as Error).message}`);
    process.exitCode = 1;
  } else if (code === 'EISDIR' || code === 'EACCES' || code === 'ENOENT') {
    console.error(`import: ${(error as Error).message}`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
