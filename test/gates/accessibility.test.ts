import { describe, expect, inject, it } from 'vitest';
import { accessibilityFailures } from '../helpers/axe.ts';
import { pageTypes, QUERY_WITH_RESULTS, QUERY_WITHOUT_RESULTS, routeShapes } from './page-types.ts';
import { test } from './visit.ts';

const siteDir = inject('siteDir');
// The real collection is too small to paginate; a generated one adds the paginated shapes.
const fixtureDir = inject('paginatedDir');
const realTypes = pageTypes(siteDir);
const fixtureTypes = pageTypes(fixtureDir, routeShapes(siteDir));

it('covers every page type, including a thread, search and 404, and a paginated listing', () => {
  const names = [...realTypes, ...fixtureTypes].map(({ name }) => name);
  expect(names).toEqual(expect.arrayContaining(['/', '/articles/_/', '/archive/', '/404.html', '/threads/_/']));
  expect(names).toEqual(
    expect.arrayContaining([`/search/?q=${QUERY_WITH_RESULTS}`, `/search/?q=${QUERY_WITHOUT_RESULTS}`]),
  );
  expect(names).toEqual(expect.arrayContaining(['/archive/_/_/', '/outlets/_/', '/authors/_/']));
  // The paginated fixture always has a second page of a month; the real archive may have one too.
  expect(names).toContain('/archive/_/_/_/');
});

describe.each([
  ['the archive', inject('siteUrl'), realTypes],
  ['the paginated fixture', inject('paginatedUrl'), fixtureTypes],
] as const)('axe-core on %s, light and dark, at 320 and 1280 px', (_, siteUrl, types) => {
  test.for(types)('$name has no violations and no sideways scrolling', async ({ path }, { visit }) => {
    const { page } = await visit(siteUrl, path);
    expect(await accessibilityFailures(page)).toEqual([]);
  });
});
