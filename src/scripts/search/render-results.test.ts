import { describe, expect, test } from 'vitest';
import { sameOriginHref, statusText } from './render-results.ts';
import { resultMarkup, type MarkupNode } from './result-markup.ts';

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
});

// The markup as the HTML it stands for, to read the tree at a glance.
const html = (node: MarkupNode): string =>
  typeof node === 'string'
    ? node
    : `<${node.tag}${node.class ? ` class="${node.class}"` : ''}${Object.entries(node.attrs ?? {})
        .map(([name, value]) => ` ${name}="${value}"`)
        .join('')}>${node.children.map(html).join('')}</${node.tag}>`;

describe('result markup', () => {
  test('headline, byline with separators, thread, snippet; matches marked', () => {
    const markup = resultMarkup({
      href: '/articles/a/#p2',
      title: 'Kim meets Putin',
      titleMatches: [[0, 3]],
      authors: ['Ann Lee', 'Bo Kim', 'Cy Park'],
      outlet: 'The Example Herald',
      date: '2023-09-04',
      thread: { href: '/threads/a/', outlets: 3 },
      snippet: 'Kim <b>said</b>',
      snippetMatches: [[0, 3]],
    });
    expect(html(markup)).toBe(
      '<li class="search-result"><h3 class="search-result__title"><a class="search-result__link" href="/articles/a/#p2"><mark>Kim</mark> meets Putin</a></h3>' +
        '<p class="search-result__meta">By Ann Lee, Bo Kim, and Cy Park<span class="search-result__sep" aria-hidden="true">·</span>' +
        '<span class="search-result__outlet">The Example Herald</span><span class="search-result__sep" aria-hidden="true">·</span>' +
        '<time class="search-result__date" datetime="2023-09-04">September 4, 2023</time><span class="search-result__sep" aria-hidden="true">·</span>' +
        '<a class="search-result__thread" href="/threads/a/">Covered by 3 outlets</a></p>' +
        '<p class="search-result__snippet"><mark>Kim</mark> <b>said</b></p></li>',
    );
    // Text stays one string node: `<b>` is the snippet's text, not an element.
    const snippet = markup.children[2];
    expect(typeof snippet !== 'string' && snippet?.children).toEqual([
      { tag: 'mark', children: ['Kim'] },
      ' <b>said</b>',
    ]);
  });

  test('no authors: the byline starts at the outlet', () => {
    const markup = resultMarkup({
      href: '/a/',
      title: 'T',
      authors: [],
      outlet: 'O',
      date: '2023-09-05',
      snippet: 'S',
    });
    expect(html(markup)).toContain('<p class="search-result__meta"><span class="search-result__outlet">O</span>');
  });
});
