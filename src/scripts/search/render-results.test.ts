import { describe, expect, test } from 'vitest';
import type { SearchResponse } from '../../lib/search/types.ts';
import { listNames, sameOriginHref, statusText } from './render-results.ts';

const response = (total: number, shown = total): SearchResponse => ({
  query: 'q',
  total,
  hits: Array.from({ length: shown }, () => ({}) as SearchResponse['hits'][number]),
  terms: [],
});

describe('status text', () => {
  test('counts a query’s matches', () => {
    expect(statusText('kim', response(0), false)).toBe('No stories match “kim”.');
    expect(statusText('kim', response(1), false)).toBe('1 story matches “kim”.');
    expect(statusText('kim', response(2), true)).toBe('2 stories match “kim” with these filters.');
    expect(statusText('kim', response(57, 20), false)).toBe('57 stories match “kim”. Showing the first 20.');
  });

  test('describes the recent stories an empty query shows', () => {
    expect(statusText('', response(2), false)).toBe('The 2 most recent stories.');
    expect(statusText('', response(1), true)).toBe('The most recent story with these filters.');
    expect(statusText('', response(0), true)).toBe('No stories with these filters.');
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
