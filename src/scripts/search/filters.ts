import type { SearchFacets } from '../../lib/search/types.ts';
import type { QueryState } from './query-state.ts';

/** The form's controls: the query box and the filters. */
export interface FormControls {
  input: HTMLInputElement;
  outlet: HTMLSelectElement;
  /** Hidden: the author filter is set from the facet list and shown beside it. */
  author: HTMLInputElement;
  from: HTMLInputElement;
  to: HTMLInputElement;
  sort: HTMLSelectElement;
}

/** The state the form shows. */
export function readForm({ input, outlet, author, from, to, sort }: FormControls): QueryState {
  return {
    q: input.value,
    // An outlet from the URL waits in `data-wanted` until the list is loaded and can say whether it exists.
    outlet: outlet.value || (outlet.dataset['wanted'] ?? ''),
    author: author.value,
    from: from.value,
    to: to.value,
    sort: sort.value === 'date' ? 'date' : 'relevance',
  };
}

/** Shows `state` in the form; an outlet the list lacks waits in `data-wanted` (see `refuseOutlet`). */
export function fillForm(controls: FormControls, state: QueryState): void {
  controls.input.value = state.q;
  selectOutlet(controls.outlet, state.outlet);
  controls.author.value = state.author;
  controls.from.value = state.from;
  controls.to.value = state.to;
  controls.sort.value = state.sort;
}

/** Selects the outlet of URL segment `slug`; one the list lacks (not loaded yet, or unknown) waits in `data-wanted`. */
function selectOutlet(select: HTMLSelectElement, slug: string): void {
  const known = [...select.options].some((option) => option.value === slug);
  select.value = known ? slug : '';
  if (known || !slug) delete select.dataset['wanted'];
  else select.dataset['wanted'] = slug;
}

/** Fills the outlet list (with counts) and bounds the date inputs from the index's facets, keeping the selection. */
export function applyFacets(facets: SearchFacets, select: HTMLSelectElement, dates: readonly HTMLInputElement[]): void {
  const selected = select.value || (select.dataset['wanted'] ?? '');
  const all = select.options[0];
  select.replaceChildren(
    ...(all ? [all] : []),
    ...facets.outlets.map(({ name, count, slug }) => new Option(`${name} (${count})`, slug ?? name)),
  );
  selectOutlet(select, selected);
  for (const input of dates) {
    input.min = facets.firstDate;
    input.max = facets.lastDate;
  }
}
