/**
 * `<archive-search data-manifest-url="…">`: the search page's behaviour. It
 * wraps server-rendered markup (form, status, results list, help texts) and:
 * - hides the "needs JavaScript" note;
 * - keeps the server-rendered recent stories for an empty query without
 *   filters, and puts them back when the query is cleared;
 * - loads the engine and its manifest only once the reader focuses the form
 *   or arrives with a query or filter;
 * - searches as the reader types (debounced; the last word, until a space
 *   follows it, matches as a prefix), dropping answers to queries that have
 *   since changed; shows `PAGE_SIZE` results and "Show more results";
 * - says when no story has every word, and when a word was corrected;
 * - keeps the URL in step: typing replaces the current history entry after
 *   starting a new one, a submit or a filter change is a step of its own, and
 *   back/forward re-run the search of that entry;
 * - sets `#search-status[data-state][data-query]` when results are shown;
 * - moves through results with the arrow keys and focuses the box on `/`.
 */
import type { SearchHit, SearchResponse } from '../../lib/search/types.ts';
import { EngineConnection } from './engine-connection.ts';
import { applyFacets, fillForm, readForm, type FormControls } from './filters.ts';
import { isSlashShortcut, resultKeyTarget } from './keyboard.ts';
import { hasFilters, normalizeQuery, readState, searchOptions, writeState, type QueryState } from './query-state.ts';
import { ResearchTools, type Resolved } from './research.ts';
import { ResultsView } from './results-view.ts';

/** Quiet time after a keystroke before searching, so a fast typist does not search every letter. */
const DEBOUNCE_MS = 120;
/** A search quicker than this never flashes the busy note. */
const BUSY_DELAY_MS = 150;
/** Results shown at once, and added by each "Show more results". */
const PAGE_SIZE = 10;

/**
 * How a search changes history: `typing` refines the current entry (after
 * opening a new one if the last step was committed), `step` adds an entry,
 * `none` leaves history alone (page load, back/forward).
 */
type HistoryMode = 'typing' | 'step' | 'none';

class ArchiveSearch extends HTMLElement {
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #outlet!: HTMLSelectElement;
  #author!: HTMLInputElement;
  #from!: HTMLInputElement;
  #to!: HTMLInputElement;
  #sort!: HTMLSelectElement;
  #view!: ResultsView;
  /** What is on screen: the state it answers and its hits, for "Show more results". */
  #shown: { state: QueryState; query: string; total: number; hits: SearchHit[]; partial: boolean } | undefined;

  #engine = new EngineConnection(
    () => this.dataset['manifestUrl'] ?? '',
    () => this.querySelector('script[data-search-manifest]')?.textContent ?? undefined,
    (facets) => applyFacets(facets, this.#outlet, [this.#from, this.#to]),
  );
  /** Increases with every search; an answer whose number is no longer current is stale. */
  #seq = 0;
  /** Timeline, facet counts and export (research.ts); `#resolved` is what the results on screen answer. */
  #research!: ResearchTools;
  #resolved: (Resolved & { query: string }) | undefined;
  #timer: number | undefined;
  #started = false;
  #newEntryNext = true;

  connectedCallback(): void {
    // A page opened with a query asks for the engine and the query's files before anything else is set up.
    const opened = readState(new URLSearchParams(location.search));
    if (normalizeQuery(opened.q) || hasFilters(opened)) {
      this.#engine.prefetch(opened.q);
      this.#engine.load().catch(() => {});
    }
    this.#form = this.#find('form[role="search"]');
    this.#input = this.#find('#q');
    this.#outlet = this.#find('#search-outlet');
    this.#author = this.#find('#search-author');
    this.#from = this.#find('#search-from');
    this.#to = this.#find('#search-to');
    this.#sort = this.#find('#search-sort');
    this.#view = new ResultsView((selector) => this.#find(selector));
    this.#research = new ResearchTools(this, {
      apply: (patch) => {
        fillForm(this.#controls(), { ...readForm(this.#controls()), ...patch });
        this.#search('step');
      },
      clear: (field) => {
        if (field === 'outlet') {
          this.#outlet.value = '';
          delete this.#outlet.dataset['wanted'];
        } else this.#author.value = '';
        history.replaceState(history.state, '', this.#urlFor(readForm(this.#controls())));
      },
      current: () => {
        const shown = this.#resolved;
        return shown && { query: shown.query, options: searchOptions(shown.state, shown.names), state: shown.state };
      },
      client: () => this.#engine.load(),
    });
    for (const note of this.querySelectorAll<HTMLElement>('[data-needs-js]')) note.hidden = true;

    this.#form.addEventListener('submit', this.#onSubmit);
    this.#form.addEventListener('change', this.#onChange);
    this.#form.addEventListener('focusin', this.#onFocus);
    this.#input.addEventListener('input', this.#onInput);
    this.#find('[data-search-retry]').addEventListener('click', () => this.#search('none'));
    this.#view.more.addEventListener('click', this.#onMore);
    this.addEventListener('keydown', this.#onKeydown);
    document.addEventListener('keydown', this.#onSlash);
    window.addEventListener('popstate', this.#onPopState);

    fillForm(this.#controls(), opened);
    history.replaceState(history.state, '', this.#urlFor(opened));
    if (normalizeQuery(opened.q) || hasFilters(opened)) {
      this.#view.clear();
      this.#search('none');
    }
  }

  disconnectedCallback(): void {
    document.removeEventListener('keydown', this.#onSlash);
    window.removeEventListener('popstate', this.#onPopState);
  }

  #find<T extends HTMLElement>(selector: string): T {
    const found = this.querySelector<T>(selector);
    if (!found) throw new Error(`archive-search: missing ${selector}`);
    return found;
  }

  #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    this.#search('step');
  };

  #onChange = (event: Event): void => {
    // The query box fires `change` on blur; typing already searched it.
    if (event.target !== this.#input) this.#search('step');
  };

  #onFocus = (): void => {
    if (this.#started) return;
    // Warm the engine while the reader types: the first search then waits for nothing but its own files.
    this.#engine.load().catch(() => {});
    this.#search('none');
  };

  #onInput = (): void => {
    window.clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => this.#search('typing'), DEBOUNCE_MS);
  };

  #onPopState = (): void => {
    const state = readState(new URLSearchParams(location.search));
    fillForm(this.#controls(), state);
    this.#newEntryNext = true;
    if (this.#started || normalizeQuery(state.q) || hasFilters(state)) this.#search('none');
  };

  /** `/` jumps to the box unless the reader is typing somewhere. */
  #onSlash = (event: KeyboardEvent): void => {
    if (!isSlashShortcut(event)) return;
    event.preventDefault();
    this.#input.focus();
    this.#input.select();
  };

  /** ArrowDown from the box enters the results; ArrowUp/ArrowDown step through them; Escape returns to the box. */
  #onKeydown = (event: KeyboardEvent): void => {
    const next = resultKeyTarget(event, this.#input, this.#view.results);
    if (!next) return;
    event.preventDefault();
    next.focus();
  };

  #controls(): FormControls {
    return {
      input: this.#input,
      outlet: this.#outlet,
      author: this.#author,
      from: this.#from,
      to: this.#to,
      sort: this.#sort,
    };
  }

  #urlFor(state: QueryState): string {
    return `${location.pathname}${writeState(state)}`;
  }

  #updateHistory(state: QueryState, mode: HistoryMode): void {
    if (mode === 'none') return;
    const url = this.#urlFor(state);
    if (url !== `${location.pathname}${location.search}`) {
      if (this.#newEntryNext) history.pushState(null, '', url);
      else history.replaceState(history.state, '', url);
    }
    this.#newEntryNext = mode === 'step';
  }

  #search(mode: HistoryMode): void {
    window.clearTimeout(this.#timer);
    const state = readForm(this.#controls());
    this.#updateHistory(state, mode);
    if (normalizeQuery(state.q) || hasFilters(state)) void this.#run(state);
    else this.#showRecent();
  }

  /** The server-rendered recent stories, with no index involved. */
  #showRecent(): void {
    ++this.#seq;
    this.#started = true;
    this.#shown = undefined;
    this.#view.showRecent();
    this.#research.hide();
    this.#research.clearRefusal();
  }

  #onMore = (): void => {
    const shown = this.#shown;
    if (!shown) return;
    const seq = this.#seq;
    const more = this.#view.more;
    more.disabled = true;
    void this.#query(shown.state, shown.query, shown.hits.length)
      .then((response) => {
        if (seq !== this.#seq) return;
        const first = this.#view.append(response.hits);
        this.#present(shown.state, shown.query, response.total, [...shown.hits, ...response.hits], shown.partial);
        // Take the reader to the first new result rather than leaving them on a button that moved.
        first?.querySelector<HTMLAnchorElement>('a.search-result__link')?.focus();
      })
      .catch((error: unknown) => {
        if (seq === this.#seq) this.#fail(shown.query, error);
      })
      .finally(() => {
        more.disabled = false;
      });
  };

  async #query(state: QueryState, query: string, offset: number): Promise<SearchResponse> {
    const client = await this.#engine.load();
    // A space after the last word says it is finished; without one it is still being typed and matches as a prefix.
    const typed = state.q.trimStart().replace(/\s+/g, ' ');
    const resolved = await this.#research.resolve(client, query ? typed : '', state);
    const options = { ...searchOptions(resolved.state, resolved.names), limit: PAGE_SIZE, offset };
    if (offset === 0) this.#resolved = { ...resolved, query: query ? typed : '' };
    return query ? client.search(typed, options) : client.recent(options);
  }

  async #run(state: QueryState): Promise<void> {
    const seq = ++this.#seq;
    this.#started = true;
    const query = normalizeQuery(state.q);
    this.#view.loading(
      BUSY_DELAY_MS,
      () => seq === this.#seq,
      () => (this.#engine.ready ? 'Searching…' : 'Loading the search index…'),
    );
    try {
      const response = await this.#query(state, query, 0);
      if (seq === this.#seq) this.#show(state, query, response);
    } catch (error) {
      if (seq === this.#seq) this.#fail(query, error);
    }
  }

  #show(state: QueryState, query: string, response: SearchResponse): void {
    this.#view.show(query, response, (q) => this.#urlFor({ ...state, q }));
    const resolved = this.#resolved;
    this.#present(resolved?.state ?? state, query, response.total, response.hits, response.partial === true);
    if (resolved) this.#research.show(resolved);
  }

  /** Status, "Show more results" and what they answer, for the `hits` on screen. */
  #present(state: QueryState, query: string, total: number, hits: SearchHit[], partial: boolean): void {
    this.#shown = { state, query, total, hits, partial };
    this.#view.present(query, total, hits.length, hasFilters(state), partial);
  }

  #fail(query: string, error: unknown): void {
    console.warn('Search failed:', error);
    this.#shown = undefined;
    this.#view.fail(query);
    this.#research.hide();
  }
}

customElements.define('archive-search', ArchiveSearch);
