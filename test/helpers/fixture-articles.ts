import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderArticleFile } from '../../src/lib/article-file.ts';

/**
 * Writes `count` small valid articles into `dir` as the importer would:
 * September 2023, alternating two outlets ("The Example Herald" on odd
 * numbers), every story by Pat Example and every third also by Sam Sample.
 * With 45 of them every listing kind runs to several pages.
 */
export function writeFixtureArticles(dir: string, count: number): string {
  mkdirSync(dir, { recursive: true });
  for (let i = 1; i <= count; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const text = renderArticleFile({
      article: {
        date: `2023-09-${day}`,
        authors: ['Pat Example', ...(i % 3 === 0 ? ['Sam Sample'] : [])],
        outlet: i % 2 ? 'The Example Herald' : 'Fixture Daily',
        paragraphs: [`Story number ${i} opens here.`, `Its second paragraph, number ${i}, follows.`],
      },
      title: `Fixture story ${i}`,
      source: `fixture-${i}.txt`,
      archived: '2026-11-23',
    });
    writeFileSync(join(dir, `2023-09-${day}-fixture-story-${i}.md`), text);
  }
  return dir;
}
