import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/paths.ts';

/**
 * The archive fixture: a copy of content/ (articles, raw originals, versions
 * and manifest) with three more stories the tests own imported into it by the
 * real importer, in one batch exactly as the README says, one of them updated
 * twice. The content invariants run on it as on the real archive; exact
 * expectations name only what the fixture owns (these stories, their outlets
 * "The Example Herald" and "Fixture Daily", their days), so they hold
 * whatever content/ holds.
 */

/** Lines that Markdown would read as syntax: the story's page must show each as written. */
export const TRICKY_LINES = [
  '---',
  '***',
  '=== underline ===',
  '<!-- not a comment -->',
  '<div>not an HTML block</div>',
  '| not | a | table |',
  '[^1]: not a footnote',
  '# not a heading',
  '1. not a list',
  '> not a quote',
  '```',
];

export const VERBATIM = {
  slug: '2024-05-02-a-story-of-markdown-lookalikes',
  title: 'A Story of Markdown Lookalikes',
  paragraphs: ['LONDON, Feb. 9 — The opening paragraph of a story full of lookalikes.', ...TRICKY_LINES],
};

export const QUIET = {
  slug: '2024-05-03-a-quiet-day-at-the-council',
  title: 'A Quiet Day at the Council',
  paragraphs: ['SALEM (special) — Nothing happened at the council today.', 'It adjourned early.'],
};

/** A story corrected twice: a figure, then a headline and an appended correction. */
export const UPDATED = {
  slug: '2024-05-04-council-votes-on-the-budget',
  versions: [
    {
      title: 'Council Votes on the Budget',
      archived: '2026-11-24',
      paragraphs: ['MIAMI, Fla., March 17 — The council voted 5 to 2 on Monday.', 'The budget passed.'],
    },
    {
      title: 'Council Votes on the Budget',
      archived: '2026-11-25',
      paragraphs: ['MIAMI, Fla., March 17 — The council voted 5 to 3 on Monday.', 'The budget passed.'],
    },
    {
      title: 'Council Passes the Budget',
      archived: '2026-11-26',
      paragraphs: [
        'MIAMI, Fla., March 17 — The council voted 5 to 3 on Monday.',
        'The budget passed.',
        'Correction: an earlier version of this story misstated the vote.',
      ],
    },
  ],
};

const rawCopy = (date: string, byline: string, outlet: string, paragraphs: readonly string[]) =>
  ` date ${date} By ${byline}\n\n${outlet}\n\n${paragraphs.join('\n\n')}\n`;

function run(args: string[]): void {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stderr}`);
}

/** The stories the fixture owns, newest first as every listing orders them. */
export const OWNED_SLUGS = [UPDATED.slug, QUIET.slug, VERBATIM.slug];

/** Writes the archive fixture under `dir`; returns its articles folder (for ARCHIVE_CONTENT_DIR). */
export function writeArchiveFixture(dir: string): string {
  const content = join(dir, 'content');
  // The importer writes into the copy only: content/ itself is never touched.
  cpSync(join(ROOT, 'content'), content, { recursive: true });

  const incoming = join(dir, 'incoming');
  mkdirSync(incoming, { recursive: true });
  const [first, ...updates] = UPDATED.versions;
  const batch: [string, string, string][] = [
    ['lookalikes.txt', VERBATIM.title, rawCopy('2024-05-02', 'Ann Lee', 'The Example Herald', VERBATIM.paragraphs)],
    ['quiet.txt', QUIET.title, rawCopy('2024-05-03', 'Bo Park', 'Fixture Daily', QUIET.paragraphs)],
    ['budget.txt', first!.title, rawCopy('2024-05-04', 'Ann Lee and Bo Park', 'Fixture Daily', first!.paragraphs)],
  ];
  for (const [name, , text] of batch) writeFileSync(join(incoming, name), text);
  const titles = join(dir, 'titles.tsv');
  writeFileSync(titles, batch.map(([name, title]) => `${name}\t${title}\n`).join(''));
  const importer = join(ROOT, 'scripts/import-article.ts');
  run([importer, '--out', content, '--archived', first!.archived, '--titles', titles, incoming]);

  updates.forEach((version, i) => {
    const file = join(dir, `budget-v${i + 2}.txt`);
    writeFileSync(file, rawCopy('2024-05-04', 'Ann Lee and Bo Park', 'Fixture Daily', version.paragraphs));
    const args = ['--out', content, '--archived', version.archived, '--update', '--slug', UPDATED.slug];
    run([importer, ...args, '--title', version.title, file]);
  });
  return join(content, 'articles');
}
