import type { PaginateFunction } from 'astro';
import { PAGE_SIZE } from '../consts.ts';
import { getArticles, type Article } from './articles.ts';
import { groupCoverage } from './coverage/groups.ts';
import { byOutlet, type Group } from './grouping.ts';
import { keyedByProps } from './page-key.ts';

/**
 * `getStaticPaths` for a listing of every author or every outlet: each
 * group's stories in pages of `PAGE_SIZE`, under the route parameter `param`,
 * with the group's coverage chart. Every chart colours the outlets in one
 * order (`palette`), so an outlet has the same colour on every page.
 */
export async function groupListingPaths<P extends string>(
  paginate: PaginateFunction,
  param: P,
  groupsOf: (articles: Article[]) => Group<Article>[],
) {
  const articles = await getArticles();
  const palette = byOutlet(articles).map((outlet) => outlet.label);
  return groupsOf(articles).flatMap((group) =>
    keyedByProps(
      paginate(group.items, {
        params: { [param]: group.key } as Record<P, string>,
        props: { label: group.label, coverage: groupCoverage(group.items, palette), palette },
        pageSize: PAGE_SIZE,
      }),
    ),
  );
}
