import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/paths.ts';
import { lede, parseRawArticle, RawArticleError } from './raw-article.ts';

const raw = (name: string) => readFileSync(join(ROOT, 'content/raw', name));

describe('parseRawArticle on the seeds', () => {
  it('reads the New York Times copy: two authors split from HTML residue, outlet from the byline, a dateline', () => {
    const article = parseRawArticle(raw('003_fa914a6832d8902e.txt'), 'nyt.txt');
    expect(article.date).toBe('2023-09-04');
    expect(article.authors).toEqual(['Edward Wong', 'Julian E. Barnes']);
    expect(article.outlet).toBe('The New York Times');
    expect(article.dateline).toBe('WASHINGTON');
    expect(article.paragraphs).toHaveLength(9);
    expect(article.paragraphs[7]).toBe(
      '“We urge the DPRK to cease its arms negotiations with Russia and abide by the public commitments that Pyongyang has made to not provide or sell arms to Russia,” she said in a statement after this story was published.',
    );
    expect(lede(article)).toMatch(/^Kim Jong Un, the leader of North Korea/);
  });

  it('reads the Daily Caller News Foundation copy: outlet on its own line, no dateline', () => {
    const article = parseRawArticle(raw('000_c0baa5af32606a97.txt'), 'dcnf.txt');
    expect(article.date).toBe('2023-09-05');
    expect(article.authors).toEqual(['Jake Smith']);
    expect(article.outlet).toBe('Daily Caller News Foundation');
    expect(article.dateline).toBeUndefined();
    expect(article.paragraphs).toHaveLength(8);
    expect(article.paragraphs[2]).toContain('“We urge the D.P.R.K. to cease');
  });
});

describe('parseRawArticle on other bylines', () => {
  const parse = (text: string) => parseRawArticle(new TextEncoder().encode(text), 'x.txt');

  it('splits "A, B and C" into three authors', () => {
    expect(parse('date 2024-01-02 By Ann Lee, Bo Park and Cy Diaz\n\nReuters\n\nBody.').authors).toEqual([
      'Ann Lee',
      'Bo Park',
      'Cy Diaz',
    ]);
  });

  it('keeps an unknown outlet as written', () => {
    expect(parse('date 2024-01-02 By Ann Lee\n\nThe Example Herald\n\nBody.').outlet).toBe('The Example Herald');
  });

  it('names the file in its errors', () => {
    expect(() => parse('date 2024-13-01 By Ann Lee\n\nX\n\nBody.')).toThrow(RawArticleError);
    expect(() => parse('date 2024-13-01 By Ann Lee\n\nX\n\nBody.')).toThrow(/^x\.txt: has an impossible date/);
  });
});
