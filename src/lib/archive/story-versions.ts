import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { CONTENT_DIR } from '../content-dir.ts';
import { parseIsoDay } from '../dates.ts';
import { markdownParagraphs } from '../markdown-paragraphs.ts';
import { wordDiff, type WordDiff } from '../threads/word-diff.ts';
import { readInventory } from './inventory.ts';
import { contentRootOf, onDisk } from './layout.ts';

/** One version of a story as its pages show it. */
export interface StoryVersion {
  /** 1, 2, 3 … */
  number: number;
  /** The day it entered the archive. */
  created: Date;
  title: string;
  /** Its body paragraphs as plain text. */
  paragraphs: string[];
}

/**
 * Every version of a story, oldest first, from its inventory under the
 * content root beside `articlesDir`. Empty when the story has no inventory
 * (content generated for tests or the benchmark).
 */
export function storyVersions(slug: string, articlesDir: string = CONTENT_DIR): StoryVersion[] {
  const root = contentRootOf(articlesDir);
  const inventory = root === undefined ? undefined : readInventory(root, slug);
  if (!inventory) return [];
  return inventory.versions.map((entry) => {
    const { frontmatter, content } = parseFrontmatter(readFileSync(onDisk(root ?? '', entry.markdown), 'utf8'));
    const created = parseIsoDay(entry.created);
    if (!created) throw new Error(`${entry.markdown}: its inventory's "created" (${entry.created}) is not a real day`);
    return {
      number: entry.number,
      created,
      title: String(frontmatter['title'] ?? ''),
      paragraphs: markdownParagraphs(content),
    };
  });
}

/** One difference between two versions: a headline or a paragraph changed, added or removed. */
export interface VersionChange {
  /** "Headline", or the paragraph's number in the later version ("Paragraph 3"), or in the earlier one when removed. */
  where: string;
  before?: string;
  after?: string;
  /** Word by word, when the text was changed rather than added or removed. */
  diff?: WordDiff;
}

/**
 * What changed from one version to the next: the headline, then each
 * paragraph that is not in both versions word for word. Paragraphs are
 * matched in order (a longest common subsequence of identical paragraphs);
 * between two matches, a removed and an added paragraph are paired as one
 * changed paragraph.
 */
export function versionChanges(before: StoryVersion, after: StoryVersion): VersionChange[] {
  const changes: VersionChange[] = [];
  if (before.title !== after.title) {
    changes.push({
      where: 'Headline',
      before: before.title,
      after: after.title,
      diff: wordDiff(before.title, after.title),
    });
  }
  const a = before.paragraphs;
  const b = after.paragraphs;
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  let i = 0;
  let j = 0;
  const removed: number[] = [];
  const added: number[] = [];
  const flush = () => {
    const pairs = Math.max(removed.length, added.length);
    for (let k = 0; k < pairs; k++) {
      const r = removed[k];
      const n = added[k];
      const was = r === undefined ? undefined : a[r];
      const now = n === undefined ? undefined : b[n];
      changes.push({
        where: n !== undefined ? `Paragraph ${n + 1}` : `Paragraph ${(r ?? 0) + 1} of the earlier version`,
        ...(was !== undefined ? { before: was } : {}),
        ...(now !== undefined ? { after: now } : {}),
        ...(was !== undefined && now !== undefined ? { diff: wordDiff(was, now) } : {}),
      });
    }
    removed.length = 0;
    added.length = 0;
  };
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flush();
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) removed.push(i++);
    else added.push(j++);
  }
  flush();
  return changes;
}

/**
 * The bytes `storyVersions(slug)` reads (the inventory and every version's Markdown), as one string:
 * what a file showing the versions is made from, for its build key. Empty when the story has no inventory.
 */
export function storyVersionsSource(slug: string, articlesDir: string = CONTENT_DIR): string {
  const root = contentRootOf(articlesDir);
  const inventory = root === undefined ? undefined : readInventory(root, slug);
  if (!inventory) return '';
  const parts = [JSON.stringify(inventory)];
  for (const entry of inventory.versions) parts.push(readFileSync(onDisk(root ?? '', entry.markdown), 'utf8'));
  return parts.join('\0');
}
