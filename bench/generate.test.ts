import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countWords, generateArchive, MAX_WORDS, MIN_WORDS } from './generate.ts';
import { buildQuerySet, wordsOf } from './queries.ts';
import { ROOT } from '../scripts/lib/paths.ts';
import { SEED_SLUGS } from '../test/helpers/real-stories.ts';

const ARTICLES = join(ROOT, 'content/articles');

const digest = (text: string) => createHash('sha256').update(text).digest('hex');
const archiveDigest = (seed: number) =>
  digest(
    generateArchive({ n: 60, seed })
      .map((a) => a.markdown)
      .join('\0'),
  );

describe('generateArchive', () => {
  it('writes the same archive for the same seed, and another for another seed', () => {
    expect(archiveDigest(1)).toBe(archiveDigest(1));
    expect(archiveDigest(2)).not.toBe(archiveDigest(1));
  });

  it('includes every article of content/ verbatim, before the synthetic ones', () => {
    const files = readdirSync(ARTICLES)
      .filter((name) => name.endsWith('.md'))
      .sort();
    const archive = generateArchive({ n: files.length + 10 });
    expect(archive).toHaveLength(files.length + 10);
    const real = archive.slice(0, files.length);
    expect(real.map((a) => `${a.id}.md`)).toEqual(files);
    for (const article of real) {
      expect(article.real, article.id).toBe(true);
      expect(article.markdown, article.id).toBe(readFileSync(join(ARTICLES, `${article.id}.md`), 'utf8'));
    }
    expect(real.map((a) => a.id)).toEqual(expect.arrayContaining([...SEED_SLUGS]));
    expect(archive.slice(files.length).some((a) => a.real)).toBe(false);
  });

  it('gives every synthetic story 300–950 words, a unique id and the archive frontmatter', () => {
    const articles = generateArchive({ n: 300 });
    expect(articles).toHaveLength(300);
    expect(new Set(articles.map((a) => a.id)).size).toBe(300);
    for (const article of articles.filter((a) => !a.real)) {
      const words = countWords(article.paragraphs);
      expect(words).toBeGreaterThanOrEqual(MIN_WORDS);
      expect(words).toBeLessThanOrEqual(MAX_WORDS);
      expect(article.markdown).toMatch(
        /^---\ntitle: ".+"\ntitleByArchive: true\ndescription: ".+"\ndate: \d{4}-\d{2}-\d{2}\nauthors:\n {2}- ".+"/,
      );
      expect(article.id).toMatch(/^\d{4}-\d{2}-\d{2}-[\p{Ll}\p{N}-]+$/u);
    }
  });

  it('writes hyphenated and dotted forms that the ground truth reads as one word', () => {
    expect(wordsOf('The anti-tank D.P.R.K. Putin’s')).toEqual(['the', 'antitank', 'anti', 'tank', 'dprk', 'putin']);
    expect(wordsOf('Pérez ZÜRICH')).toEqual(['perez', 'zurich']);
  });
});

describe('buildQuerySet', () => {
  it('answers every query with the stories that hold all its words', () => {
    const articles = generateArchive({ n: 200 });
    const queries = buildQuerySet(articles);
    expect(new Set(queries.map((q) => q.kind))).toEqual(
      new Set(['word', 'name', 'place', 'two-words', 'typo', 'hyphen', 'acronym', 'miss']),
    );
    const byId = new Map(
      articles.map((a) => [a.id, new Set(wordsOf([a.title, a.authors.join(' '), ...a.paragraphs].join('\n')))]),
    );
    for (const query of queries.filter((q) => q.kind === 'word' || q.kind === 'two-words')) {
      const words = wordsOf(query.query);
      const expected = articles.filter((a) => words.every((w) => byId.get(a.id)?.has(w))).map((a) => a.id);
      expect(query.relevant, query.query).toEqual(expected);
      expect(expected.length, query.query).toBeGreaterThan(0);
    }
    for (const typo of queries.filter((q) => q.kind === 'typo')) {
      expect(typo.intended).toBeDefined();
      expect([...byId.values()].some((words) => words.has(wordsOf(typo.query)[0] ?? ''))).toBe(false);
    }
  });
});
