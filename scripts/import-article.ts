/**
 * Turns raw article copies into Markdown files of the content collection.
 *
 *   npm run import -- --title "Headline" raw.txt [--title "Other" other.txt …] [--force]
 *
 * Each `--title` applies to the file after it. Every file is checked before
 * anything is written, so one bad input writes nothing; an existing article
 * is replaced only with `--force`. The raw original is kept in content/raw/.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { articleFileName, renderArticleFile } from '../src/lib/article-file.ts';
import { parseRawArticle, RawArticleError } from '../src/lib/raw-article.ts';

interface Planned {
  input: string;
  target: string;
  text: string;
  rawTarget: string;
  rawBytes: Uint8Array;
}

function main(argv: string[]): number {
  const { values, tokens } = parseArgs({
    args: argv,
    allowPositionals: true,
    tokens: true,
    options: {
      title: { type: 'string', multiple: true },
      force: { type: 'boolean', default: false },
      archived: { type: 'string' },
      out: { type: 'string', default: 'content' },
    },
  });
  const archived = values.archived ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(archived)) throw new RawArticleError(`--archived: "${archived}" is not YYYY-MM-DD`);
  const articlesDir = resolve(values.out, 'articles');
  const rawDir = resolve(values.out, 'raw');

  // Pair each positional file with the --title given before it.
  const jobs: { input: string; title: string | undefined }[] = [];
  let pendingTitle: string | undefined;
  for (const token of tokens) {
    if (token.kind === 'option' && token.name === 'title') pendingTitle = token.value;
    if (token.kind === 'positional') {
      jobs.push({ input: token.value, title: pendingTitle });
      pendingTitle = undefined;
    }
  }
  if (jobs.length === 0) throw new RawArticleError('usage: npm run import -- --title "Headline" <raw.txt> [...]');

  const planned: Planned[] = [];
  for (const { input, title } of jobs) {
    if (!existsSync(input)) throw new RawArticleError(`${input}: no such file`);
    if (!title?.trim())
      throw new RawArticleError(`${input}: no --title given (the raw copy has no headline; write one from its lede)`);
    const rawBytes = readFileSync(input);
    const article = parseRawArticle(rawBytes, input);
    const target = join(articlesDir, articleFileName(article.date, title));
    const rawTarget = join(rawDir, basename(input));
    const text = renderArticleFile({ article, title: title.trim(), source: basename(input), archived });
    if (existsSync(target) && !values.force) {
      throw new RawArticleError(`${input}: ${target} already exists (use --force to replace it)`);
    }
    if (
      existsSync(rawTarget) &&
      resolve(input) !== rawTarget &&
      !readFileSync(rawTarget).equals(rawBytes) &&
      !values.force
    ) {
      throw new RawArticleError(
        `${input}: a different raw original ${rawTarget} already exists (use --force to replace it)`,
      );
    }
    if (planned.some((p) => p.target === target))
      throw new RawArticleError(`${input}: two inputs would both write ${target}`);
    planned.push({ input, target, text, rawTarget, rawBytes });
  }

  mkdirSync(articlesDir, { recursive: true });
  mkdirSync(rawDir, { recursive: true });
  for (const p of planned) {
    writeAtomically(p.rawTarget, p.rawBytes);
    writeAtomically(p.target, p.text);
    console.log(`${p.input} → ${p.target}`);
  }
  return 0;
}

// Write beside the target, then rename: a reader never sees half a file.
function writeAtomically(target: string, data: string | Uint8Array): void {
  const temp = `${target}.${process.pid}.tmp`;
  writeFileSync(temp, data);
  renameSync(temp, target);
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof RawArticleError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`import: ${(error as Error).message}`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
