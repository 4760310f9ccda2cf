import type { SearchHit, SearchResponse } from '../../lib/search/types.ts';
import { correctionNodes, renderHit, statusText } from './render-results.ts';

/**
 * The search page's results area, as the server rendered it: status line
 * (`#search-status[data-state][data-query]`), busy note, heading, the
 * `ol#search-results` list, the no-results, correction and failure notes, and
 * "Show more results". Shows what `archive-search.ts` hands it; decides
 * nothing about what to search.
 */
export class ResultsView {
  readonly results: HTMLOListElement;
  readonly more: HTMLButtonElement;
  readonly #status: HTMLElement;
  readonly #busy: HTMLElement;
  readonly #heading: HTMLElement;
  readonly #noResults: HTMLElement;
  readonly #correction: HTMLElement;
  readonly #failed: HTMLElement;
  /** The server-rendered recent stories, put back whenever the query is empty. */
  readonly #recent: Element[];

  constructor(find: <T extends HTMLElement>(selector: string) => T) {
    this.#status = find('#search-status');
    this.#busy = find('[data-search-busy]');
    this.#heading = find('[data-search-heading]');
    this.results = find('#search-results');
    this.#noResults = find('[data-search-none]');
    this.#correction = find('[data-search-correction]');
    this.#failed = find('[data-search-failed]');
    this.more = find('[data-search-more]');
    this.#recent = [...this.results.children];
  }

  /** Empties the list before the first answer arrives (a page opened with a query). */
  clear(): void {
    this.results.replaceChildren();
    this.#heading.hidden = true;
  }

  /** The server-rendered recent stories, with no index involved. */
  showRecent(): void {
    this.results.replaceChildren(...this.#recent);
    this.#heading.textContent = 'Recent stories';
    this.#heading.hidden = this.#recent.length === 0;
    this.#heading.classList.remove('visually-hidden');
    this.#hideNotes();
    this.more.hidden = true;
    this.#setStatus(statusText('', this.#recent.length, this.#recent.length, false), '', 'done');
  }

  /** Marks a search under way; `busyText()` is shown if it is still under way after `delayMs`. */
  loading(delayMs: number, stillCurrent: () => boolean, busyText: () => string): void {
    this.#status.dataset['state'] = 'loading';
    window.setTimeout(() => {
      if (!stillCurrent() || this.#status.dataset['state'] !== 'loading') return;
      this.#busy.textContent = busyText();
      this.#busy.hidden = false;
    }, delayMs);
  }

  /** The first page of an answer; `correctionUrl` links a suggested or corrected query. */
  show(query: string, response: SearchResponse, correctionUrl: (q: string) => string): void {
    const partial = response.partial === true;
    this.results.replaceChildren(...response.hits.map(renderHit));
    this.#heading.textContent = partial ? 'Stories with some of the words' : query ? 'Results' : 'Recent stories';
    this.#heading.hidden = response.hits.length === 0;
    // The count in the status already introduces a query's full results to the eye; partial ones need saying.
    this.#heading.classList.toggle('visually-hidden', Boolean(query) && !partial);
    this.#hideNotes();
    this.#noResults.hidden = response.hits.length > 0;
    const correction = correctionNodes(response, correctionUrl);
    this.#correction.replaceChildren(...correction);
    this.#correction.hidden = correction.length === 0;
  }

  /** Adds the next page of hits; returns their first result, for focus. */
  append(hits: readonly SearchHit[]): HTMLElement | undefined {
    const added = hits.map(renderHit);
    this.results.append(...added);
    return added[0];
  }

  /** Status and "Show more results" for `shown` of `total` hits on screen. */
  present(query: string, total: number, shown: number, filtered: boolean, partial: boolean): void {
    this.more.hidden = shown >= total;
    this.#setStatus(statusText(query, total, shown, filtered, partial), query, 'done');
  }

  fail(query: string): void {
    this.more.hidden = true;
    this.results.replaceChildren();
    this.#heading.hidden = true;
    this.#hideNotes();
    this.#failed.hidden = false;
    this.#setStatus('Search is unavailable: the search index could not be loaded.', query, 'error');
  }

  #hideNotes(): void {
    this.#noResults.hidden = true;
    this.#correction.hidden = true;
    this.#failed.hidden = true;
    this.#busy.hidden = true;
  }

  #setStatus(text: string, query: string, state: 'done' | 'error'): void {
    this.#status.textContent = text;
    this.#status.dataset['query'] = query;
    this.#status.dataset['state'] = state;
  }
}
