import { describe, expect, test } from 'vitest';
import { listNames, sameOriginHref, statusText } from './render-results.ts';

const counts = (total: number, shown = total): [number, number] => [total, shown];

describe('status text', () => {
  test('counts a query’s matches', () => {
    expect(statusText('kim', ...counts(0), false)).toBe('No stories match “kim”.');
    expect(statusText('kim', ...counts(1), false)).toBe('1 story matches “kim”.');
    expect(statusText('kim', ...counts(2), true)).toBe('2 stories match “kim” with these filters.');
    expect(statusText('kim', ...counts(57, 20), false)).toBe('57 stories match “kim”. Showing the first 20.');
  });

  test('never reports a partial answer as matches', () => {
    expect(statusText('Putin zebra', 2, 2, false, true)).toBe(
      'No story has every word of “Putin zebra”. 2 stories have some of them.',
    );
  });

  test('describes the recent stories an empty query shows', () => {
    expect(statusText('', ...counts(2), false)).toBe('The 2 most recent stories.');
    expect(statusText('', ...counts(1), true)).toBe('The most recent story with these filters.');
    expect(statusText('', ...counts(0), true)).toBe('No stories with these filters.');
  });
});

describe('result links', () => {
  const base = 'http://127.0.0.1:4321/search/?q=kim';

  test('keeps links into the site', () => {
    expect(sameOriginHref('/articles/a/#p2:~:text=kim', base)).toBe('/articles/a/#p2:~:text=kim');
    expect(sameOriginHref('http://127.0.0.1:4321/threads/x/', base)).toBe('http://127.0.0.1:4321/threads/x/');
  });

  test('refuses other origins and script URLs', () => {
    expect(sameOriginHref('javascript:alert(1)', base)).toBeUndefined();
    expect(sameOriginHref('//evil.example/', base)).toBeUndefined();
    expect(sameOriginHref('https://evil.example/articles/', base)).toBeUndefined();
  });

  test('lists names as bylines do', () => {
    expect(listNames(['Jake Smith'])).toBe('Jake Smith');
    expect(listNames(['Edward Wong', 'Julian E. Barnes'])).toBe('Edward Wong and Julian E. Barnes');
    expect(listNames(['A', 'B', 'C'])).toBe('A, B, and C');
  });
});
