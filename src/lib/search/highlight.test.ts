import { describe, expect, test } from 'vitest';
import { encodeTextDirective, findMatches, paragraphHref, snippet } from './highlight.ts';
import { SNIPPET_LENGTH } from './options.ts';
import type { Range } from './types.ts';

const marked = ({ text, matches }: { text: string; matches: Range[] }) => matches.map(([s, e]) => text.slice(s, e));

describe('findMatches', () => {
  const matcher = {
    terms: new Map([
      ['kim', [0]],
      ['antitank', [1]],
    ]),
    phrases: [{ unit: 2, terms: ['armored', 'train'] }],
  };

  test('marks words by term, phrases as one range, in order', () => {
    const text = 'Kim’s armored train, an armored car and anti-tank arms; a train.';
    const { ranges, units } = findMatches(text, matcher);
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['Kim’s', 'armored train', 'anti-tank']);
    expect([...units].sort()).toEqual([0, 1, 2]);
  });

  test('a hyphenated word matches by its parts too', () => {
    const text = 'anti-tank';
    expect(findMatches(text, { terms: new Map([['tank', [0]]]), phrases: [] }).ranges).toEqual([[0, 9]]);
  });
});

describe('snippet', () => {
  const long = `${'Lorem ipsum dolor sit amet. '.repeat(10)}Vladivostok is the place. ${'Trailing words here. '.repeat(10)}`;
  const at = long.indexOf('Vladivostok');

  test('a short text is the whole snippet', () => {
    expect(snippet('Putin and Kim', [[0, 5]])).toEqual({ text: 'Putin and Kim', matches: [[0, 5]] });
  });

  test('a long text is cut around the first match at word boundaries', () => {
    const result = snippet(long, [[at, at + 11]]);
    expect(marked(result)).toEqual(['Vladivostok']);
    expect(result.text.startsWith('…') && result.text.endsWith('…')).toBe(true);
    expect(result.text.length).toBeLessThanOrEqual(SNIPPET_LENGTH + 2);
    expect(long).toContain(result.text.slice(1, -1));
    expect(result.text.slice(1, -1)).toMatch(/^\S.*\S$/);
  });

  test('without matches it is the opening of the text', () => {
    const result = snippet(long, []);
    expect(result.text.startsWith('Lorem ipsum')).toBe(true);
    expect(result.matches).toEqual([]);
  });
});

describe('text fragment links', () => {
  test('encode - & and , as the spec requires', () => {
    expect(encodeTextDirective('anti-tank, guns & more')).toBe('anti%2Dtank%2C%20guns%20%26%20more');
  });

  test('carry the words before the match as a prefix, and the exact matched text', () => {
    const paragraph = 'Putin wants Kim to send anti-tank missiles.';
    expect(paragraphHref('/articles/x/', 3, paragraph, [[24, 33]])).toBe(
      '/articles/x/#p3:~:text=to%20send-,anti%2Dtank',
    );
  });

  test('span from the first to the last match when short, else the first match alone', () => {
    const paragraph = 'Kim met Putin in Vladivostok.';
    expect(
      paragraphHref('/a/', 1, paragraph, [
        [0, 3],
        [8, 13],
      ]),
    ).toBe('/a/#p1:~:text=Kim%20met%20Putin');
    const far = `Kim ${'x '.repeat(60)}Putin`;
    expect(
      paragraphHref('/a/', 1, far, [
        [0, 3],
        [far.length - 5, far.length],
      ]),
    ).toBe('/a/#p1:~:text=Kim');
  });

  test('without a match, the paragraph anchor alone', () => {
    expect(paragraphHref('/a/', 2, 'text', [])).toBe('/a/#p2');
  });
});
