import type { SearchFacets } from '../../lib/search/types.ts';
import type { QueryState } from './query-state.ts';

/** The form's controls: the query box and the filters. */
export interface FormControls {
  input: HTMLInputElement;
  outlet: HTMLSelectElement;
  from: HTMLInputElement;
  to: HTMLInputElement;
  sort: HTMLSelectElement;
}

/** The state the form shows. */
export function readForm({ input, outlet, from, to, sort }: FormControls): QueryState {
  return {
    q: input.value,
    outlet: outlet.value,
    from: from.value,
    to: to.value,
    sort: sort.value === 'date' ? 'date' : 'relevance',
  };
}

/** Shows `state` in the form (an outlet the list lacks is added, so the select can show it). */
export function fillForm(controls: FormControls, state: QueryState): void {
  controls.input.value = state.q;
  offerOutlet(controls.outlet, state.outlet);
  controls.outlet.value = state.outlet;
  controls.from.value = state.from;
  controls.to.value = state.to;
  controls.sort.value = state.sort;
}

/** Adds an outlet named in the URL that the list lacks (yet), so the select can show it. */
export function offerOutlet(select: HTMLSelectElement, name: string): void {
  if (!name || [...select.options].some((option) => option.value === name)) return;
  select.append(new Option(name, name));
}

/** Fills the outlet list (with counts) and bounds the date inputs from the index's facets, keeping the selection. */
export function applyFacets(facets: SearchFacets, select: HTMLSelectElement, dates: readonly HTMLInputElement[]): void {
  const selected = select.value;
  const all = select.options[0];
  const outlets = [...facets.outlets].sort((a, b) => a.name.localeCompare(b.name));
  select.replaceChildren(
    ...(all ? [all] : []),
    ...outlets.map(({ name, count }) => new Option(`${name} (${count})`, name)),
  );
  offerOutlet(select, selected);
  select.value = selected;
  for (const input of dates) {
    input.min = facets.firstDate;
    input.max = facets.lastDate;
  }
}
