import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DCNF_SLUG, NYT_SLUG, seedRawPath } from '../../test/helpers/real-stories.ts';
import { lede, parseRawArticle, RawArticleError } from './raw-article.ts';

const raw = (slug: string) => readFileSync(seedRawPath(slug));

describe('parseRawArticle on the seeds', () => {
  it('reads the New York Times copy: two authors split from HTML residue, outlet from the byline, a dateline', () => {
    const article = parseRawArticle(raw(NYT_SLUG), 'nyt.txt');
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
    const article = parseRawArticle(raw(DCNF_SLUG), 'dcnf.txt');
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

describe('parseRawArticle datelines', () => {
  const parse = (lede: string) =>
    parseRawArticle(new TextEncoder().encode(`date 1961-03-17 By Ann Lee\n\nThe Example Herald\n\n${lede}\n`), 'x.txt');

  // Forms found opening the Brown Corpus's 1961 press stories (categories A–C), capitalised as printed.
  it.each([
    ['WASHINGTON – Kim Jong Un plans a trip.', 'WASHINGTON', 'Kim Jong Un plans a trip.'],
    ['SEOUL, South Korea - The talks began.', 'SEOUL, South Korea', 'The talks began.'],
    ['AUSTIN, Texas -- Committee approval came.', 'AUSTIN, Texas', 'Committee approval came.'],
    ['MIAMI, Fla., March 17 — The Orioles tonight retained it.', 'MIAMI, Fla.', 'The Orioles tonight retained it.'],
    [
      'LONDON, Feb. 9 — Vital secrets of Britain’s first atomic submarine.',
      'LONDON',
      'Vital secrets of Britain’s first atomic submarine.',
    ],
    ['PHILADELPHIA, Jan. 23 — Nick Skorich, the line coach.', 'PHILADELPHIA', 'Nick Skorich, the line coach.'],
    ['ST. JOHNS, Mich., April 19. — A jury of seven men.', 'ST. JOHNS, Mich.', 'A jury of seven men.'],
    ['SALEM (special) — For a second month in a row.', 'SALEM', 'For a second month in a row.'],
    ['SANTA BARBARA — “The present recovery movement.”', 'SANTA BARBARA', '“The present recovery movement.”'],
    ['ELBURN, Ill. — Farm machinery dealer Bob Houtz.', 'ELBURN, Ill.', 'Farm machinery dealer Bob Houtz.'],
  ])('%j: dateline %j, lede %j', (text, dateline, rest) => {
    const article = parse(text);
    expect(article.dateline).toBe(dateline);
    expect(lede(article)).toBe(rest);
    expect(article.paragraphs[0]).toBe(text);
  });

  it.each(['NATO allies met on Monday.', 'The U.S. — and its allies — agreed.', 'I — for one — disagree.'])(
    '%j has no dateline',
    (text) => {
      expect(parse(text).dateline).toBeUndefined();
    },
  );
});

describe('parseRawArticle explains itself', () => {
  const parse = (text: string) => () => parseRawArticle(new TextEncoder().encode(text), 'x.txt');

  it.each([
    'date 2023-09-18 14:30 By Ann Lee',
    'date 2023-09-18T14:30 By Ann Lee',
    'date 2023-09-18 2:30 p.m. By Ann Lee',
  ])('%j: names the time, not a missing byline', (line) => {
    expect(parse(`${line}\n\nReuters\n\nBody.`)).toThrow(/^x\.txt: has a time "[^"]+" in its date line/);
  });

  it('recognises a wire service at the end of a byline', () => {
    const article = parseRawArticle(
      new TextEncoder().encode('date 2024-01-02 By Dana Diaz Reuters\n\nExclusive\n\nBody.'),
      'x.txt',
    );
    expect(article.authors).toEqual(['Dana Diaz']);
    expect(article.outlet).toBe('Reuters');
    expect(article.paragraphs).toEqual(['Exclusive', 'Body.']);
  });

  it('refuses an unknown outlet stuck to the byline, naming what it read as author and outlet', () => {
    expect(parse('date 2024-01-02 By Dana Diaz Globe Wire\n\nExclusive\n\nBody.')).toThrow(
      /^x\.txt: read "Dana Diaz Globe Wire" as the byline and "Exclusive" as the outlet/,
    );
  });

  it('keeps three-part names with an initial', () => {
    expect(
      parseRawArticle(
        new TextEncoder().encode('date 2024-01-02 By Julian E. Barnes\n\nThe Example Herald\n\nBody.'),
        'x.txt',
      ).authors,
    ).toEqual(['Julian E. Barnes']);
  });
});
