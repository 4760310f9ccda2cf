import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  basePathOf,
  citationPath,
  feedPath,
  monthPath,
  outletPath,
  outletPathOf,
  paragraphPath,
  searchIndexPath,
  storyCardPath,
  storyPath,
  withoutBase,
} from './routes.ts';

describe('routes', () => {
  it('builds directory pages with a trailing slash and files without', () => {
    expect(storyPath('2023-09-04-x')).toBe('/articles/2023-09-04-x/');
    expect(paragraphPath('2023-09-04-x', 3)).toBe('/articles/2023-09-04-x/#p3');
    expect(monthPath('2023/09')).toBe('/archive/2023/09/');
    expect(monthPath('2023/09', 2)).toBe('/archive/2023/09/2/');
    expect(outletPath('reuters', 1)).toBe('/outlets/reuters/');
    expect(outletPathOf('The New York Times')).toBe('/outlets/the-new-york-times/');
    expect(feedPath('json', 'reuters')).toBe('/outlets/reuters/feed.json');
    expect(citationPath('x', 'ris')).toBe('/cite/x.ris');
    expect(storyCardPath('x')).toBe('/og/articles/x.png');
    expect(searchIndexPath('manifest.ab12.json')).toBe('/search-index/manifest.ab12.json');
  });

  it('derives the base path from the site address', () => {
    expect(basePathOf('https://example.org')).toBe('/');
    expect(basePathOf('https://example.org/wire')).toBe('/wire/');
    expect(basePathOf('https://example.org/news/wire/')).toBe('/news/wire/');
    expect(withoutBase('/wire/articles/x/', '/wire/')).toBe('/articles/x/');
    expect(withoutBase('/articles/x/', '/')).toBe('/articles/x/');
  });

  it('makes absolute URLs that keep a base path carried by the site path', () => {
    expect(absoluteUrl('/wire/articles/x/', 'https://example.org/wire')).toBe('https://example.org/wire/articles/x/');
  });
});
