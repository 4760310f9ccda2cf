import { describe, expect, test } from 'vitest';
import { segments } from './highlight.ts';

const show = (text: string, ranges: [number, number][]) =>
  segments(text, ranges)
    .map((segment) => (segment.mark ? `[${segment.text}]` : segment.text))
    .join('');

describe('highlight segments', () => {
  test('marks the given ranges', () => {
    expect(
      show('Kim met Putin in Vladivostok', [
        [0, 3],
        [17, 28],
      ]),
    ).toBe('[Kim] met Putin in [Vladivostok]');
  });

  test('sorts, merges overlaps and clamps out-of-range ranges', () => {
    expect(
      show('anti-tank missiles', [
        [10, 99],
        [0, 4],
        [2, 9],
        [-3, 1],
      ]),
    ).toBe('[anti-tank] [missiles]');
  });

  test('keeps every character exactly once and drops empty ranges', () => {
    const text = '<img src=x onerror=alert(1)>';
    const out = segments(text, [
      [5, 5],
      [1, 4],
      [3, 8],
    ]);
    expect(out.map((segment) => segment.text).join('')).toBe(text);
    expect(out.filter((segment) => segment.mark).map((segment) => segment.text)).toEqual(['img src']);
  });

  test('no ranges is one plain run; empty text is nothing', () => {
    expect(segments('Kim', [])).toEqual([{ text: 'Kim', mark: false }]);
    expect(segments('', [[0, 2]])).toEqual([]);
  });
});
