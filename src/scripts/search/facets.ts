/**
 * The facet lists beside the results: each outlet and author of the query's
 * matches with its count (under the other filters), as buttons that set or
 * clear that filter.
 */
import type { FacetCounts, FacetValue } from '../../lib/facets/facets.ts';

/** Authors listed before "and N more": the list stays short at 10,000 stories. */
const AUTHORS_SHOWN = 12;

export type FacetKind = 'outlet' | 'author';

/** One facet list: a heading, then a button per value with its count. */
function facetList(
  kind: FacetKind,
  heading: string,
  values: readonly FacetValue[],
  slugOf: (name: string) => string,
  selected: string,
  limit: number,
): HTMLElement {
  const section = document.createElement('section');
  section.className = 'search-facet';
  section.dataset['facet'] = kind;
  const title = document.createElement('h3');
  title.className = 'search-facet__heading';
  title.textContent = heading;
  const list = document.createElement('ul');
  list.className = 'search-facet__list';
  list.setAttribute('role', 'list');
  const shown = values.filter((value, i) => i < limit || slugOf(value.name) === selected);
  for (const { name, count } of shown) {
    const slug = slugOf(name);
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'search-facet__value';
    button.dataset['facet'] = kind;
    button.dataset['slug'] = slug;
    button.setAttribute('aria-pressed', String(slug === selected));
    const label = document.createElement('span');
    label.className = 'search-facet__name';
    label.textContent = name;
    const number = document.createElement('span');
    number.className = 'search-facet__count';
    number.textContent = String(count);
    button.append(label, ' ', number);
    const item = document.createElement('li');
    item.append(button);
    list.append(item);
  }
  section.append(title, list);
  if (values.length > shown.length) {
    const more = document.createElement('p');
    more.className = 'search-facet__more';
    more.textContent = `and ${values.length - shown.length} more`;
    section.append(more);
  }
  return section;
}

/** Both facet lists for `counts`; `selected` are the slugs in force. */
export function facetNodes(
  counts: FacetCounts,
  slugOf: { outlet: (name: string) => string; author: (name: string) => string },
  selected: { outlet: string; author: string },
): HTMLElement[] {
  return [
    facetList('outlet', 'Outlets', counts.outlets, slugOf.outlet, selected.outlet, Infinity),
    facetList('author', 'Authors', counts.authors, slugOf.author, selected.author, AUTHORS_SHOWN),
  ];
}
