/**
 * The research tools around the results: the timeline, the facet counts and
 * the export buttons, all computed from `SearchClient.matches` (the query's
 * matches, unfiltered, from the story table). It also turns the URL's
 * outlet and author slugs into the names the engine filters by, and refuses
 * a slug the archive does not know, visibly, rather than searching nothing.
 *
 * The timeline and counts sit in a disclosure, closed until a reader opens it
 * (the browser remembers it open): the story table they count is larger than
 * everything else a first search fetches (43 KB gzipped at 10,000 stories),
 * and a reader who only wants the stories should not wait for it or pay for it.
 */
import type { SearchClient, SearchMatches, SearchOptions } from '../../lib/search/types.ts';
import type { ExportFormat } from '../../lib/export/formats.ts';
import type { FacetKind } from './facets.ts';
import type { QueryState } from './query-state.ts';

// The drawing code (timeline, facet counts) loads beside the story table it draws, not before the first search.
type PanelModule = typeof import('./research-panel.ts');

/** What the page hands over: how to change the search, and what a refusal does to the form. */
export interface ResearchHooks {
  /** Sets these fields of the form and searches (a step in history). */
  apply(patch: Partial<QueryState>): void;
  /** Clears a field the archive does not know, without searching. */
  clear(field: 'outlet' | 'author'): void;
  /** The engine's options for the search on screen, without paging, and the query as sent. */
  current(): { query: string; options: SearchOptions; state: QueryState } | undefined;
  client(): Promise<SearchClient>;
}

/** The names the URL's slugs stand for, and the slugs that stand for nothing. */
export interface Resolved {
  state: QueryState;
  names: { outlet?: string; author?: string };
  refused: { field: 'outlet' | 'author'; slug: string }[];
}

export class ResearchTools {
  readonly #root: HTMLElement;
  readonly #hooks: ResearchHooks;
  readonly #panel: HTMLElement;
  readonly #disclosure: HTMLDetailsElement;
  readonly #timeline: HTMLElement;
  readonly #facets: HTMLElement;
  readonly #exportStatus: HTMLElement;
  readonly #refused: HTMLElement;
  /** The matches of the last query resolved, loading or loaded. */
  #matches: Promise<SearchMatches> | undefined;
  /** Increases with every hide: a draw asked for before it is dropped (as is one for other matches than the last resolved). */
  #generation = 0;
  #panelModule: Promise<PanelModule> | undefined;
  /** What the results on screen answer (and the query as typed), for a disclosure opened after they arrived. */
  #shown: (Resolved & { query: string }) | undefined;

  constructor(root: HTMLElement, hooks: ResearchHooks) {
    this.#root = root;
    this.#hooks = hooks;
    this.#panel = this.#find('[data-search-research]');
    this.#disclosure = this.#find('[data-search-panel]');
    this.#disclosure.open = readPanelOpen();
    this.#disclosure.addEventListener('toggle', this.#onToggle);
    this.#timeline = this.#find('[data-search-timeline]');
    this.#facets = this.#find('[data-search-facets]');
    this.#exportStatus = this.#find('[data-export-status]');
    this.#refused = this.#find('[data-search-refused]');
    this.#facets.addEventListener('click', this.#onFacet);
    for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-export]')) {
      button.addEventListener('click', () => void this.#export(button.dataset['export'] as ExportFormat));
    }
  }

  #find<T extends HTMLElement>(selector: string): T {
    const found = this.#root.querySelector<T>(selector);
    if (!found) throw new Error(`research tools: missing ${selector}`);
    return found;
  }

  /**
   * The names behind the state's slugs; unknown slugs are cleared and said so. The query's matches
   * (the story table) are waited for only when a slug must be looked up in them; with the disclosure
   * open they load beside the search and `show` draws them on arrival; closed, they do not load.
   */
  async resolve(client: SearchClient, typed: string, state: QueryState): Promise<Resolved> {
    this.#matches = undefined;
    const needed = Boolean(state.outlet || state.author);
    const matches = this.#disclosure.open || needed ? this.#load(client, typed) : undefined;
    if (!matches) return { state, names: {}, refused: [] };
    const loaded = await matches;
    const find = (list: SearchMatches['outlets'], slug: string) => list.find((entry) => entry.slug === slug)?.name;
    const outlet = state.outlet ? find(loaded.outlets, state.outlet) : undefined;
    const author = state.author ? find(loaded.authors, state.author) : undefined;
    const refused: Resolved['refused'] = [];
    if (state.outlet && !outlet) refused.push({ field: 'outlet', slug: state.outlet });
    if (state.author && !author) refused.push({ field: 'author', slug: state.author });
    for (const { field } of refused) this.#hooks.clear(field);
    this.#sayRefused(refused);
    const cleaned = { ...state, ...Object.fromEntries(refused.map(({ field }) => [field, ''])) };
    return { state: cleaned, names: { ...(outlet ? { outlet } : {}), ...(author ? { author } : {}) }, refused };
  }

  /** Starts loading the query's matches and the drawing code. */
  #load(client: SearchClient, typed: string): Promise<SearchMatches> {
    const matches = client.matches(typed);
    this.#matches = matches;
    matches.catch(() => {});
    this.#panelModule ??= import('./research-panel.ts');
    this.#panelModule.catch(() => {});
    return matches;
  }

  #onToggle = (): void => {
    writePanelOpen(this.#disclosure.open);
    if (this.#disclosure.open) this.#drawShown();
  };

  /** Draws the tools for the results on screen, loading their matches first if the search did not. */
  #drawShown(): void {
    const shown = this.#shown;
    if (!shown) return;
    if (this.#matches) return this.#draw(shown);
    this.#hooks.client().then(
      (client) => {
        if (shown !== this.#shown) return;
        void this.#load(client, shown.query);
        this.#draw(shown);
      },
      () => {},
    );
  }

  #sayRefused(refused: Resolved['refused']): void {
    this.#refused.hidden = refused.length === 0;
    this.#refused.textContent = refused
      .map(({ field, slug }) => `The archive has no ${field} “${slug}”: searching all ${field}s instead.`)
      .join(' ');
  }

  /** Shows the tools for the search on screen; draws the timeline and facets if the disclosure is open. */
  show(resolved: Resolved & { query: string }): void {
    this.#shown = resolved;
    this.#generation += 1;
    this.#panel.hidden = false;
    this.#exportStatus.textContent = '';
    if (this.#disclosure.open) this.#drawShown();
  }

  /** Draws once the matches are in (unless another search came first); an empty answer hides the tools. */
  #draw(resolved: Resolved): void {
    const generation = this.#generation;
    const pending = this.#matches;
    const panel = this.#panelModule;
    if (!pending || !panel) return;
    Promise.all([pending, panel]).then(
      ([matches, { drawPanel }]) => {
        if (generation !== this.#generation || pending !== this.#matches) return;
        const shown = drawPanel(
          { timeline: this.#timeline, facets: this.#facets },
          resolved.state,
          resolved.names,
          matches,
          (patch) => this.#hooks.apply(patch),
        );
        this.#panel.hidden = !shown;
      },
      // The results are on screen already; without the table there is only nothing to count.
      () => {
        if (generation === this.#generation && pending === this.#matches) {
          this.#timeline.textContent = 'The timeline and counts could not be loaded: search again to retry.';
          this.#facets.replaceChildren();
        }
      },
    );
  }

  hide(): void {
    this.#generation += 1;
    this.#shown = undefined;
    this.#panel.hidden = true;
  }

  /** Whether a refusal is on screen (kept until the next search resolves). */
  clearRefusal(): void {
    this.#sayRefused([]);
  }

  #onFacet = (event: Event): void => {
    const button =
      event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-facet]') : null;
    if (!button) return;
    const kind = button.dataset['facet'] as FacetKind;
    const pressed = button.getAttribute('aria-pressed') === 'true';
    this.#hooks.apply({ [kind]: pressed ? '' : (button.dataset['slug'] ?? '') });
  };

  async #export(format: ExportFormat): Promise<void> {
    const current = this.#hooks.current();
    if (!current) return;
    this.#exportStatus.textContent = 'Preparing the export…';
    try {
      const [{ exportResults, download }, client] = await Promise.all([import('./export.ts'), this.#hooks.client()]);
      const { state } = current;
      const file = await exportResults({
        client,
        query: current.query,
        options: current.options,
        format,
        apiStoryUrl: this.#root.dataset['apiStoryUrl'] ?? '',
        header: {
          archive: this.#root.dataset['archiveName'] ?? '',
          query: current.query,
          filters: { outlet: state.outlet, author: state.author, from: state.from, to: state.to },
          sort: state.sort,
          searchUrl: location.href,
        },
        progress: (done, total) => {
          this.#exportStatus.textContent = `Preparing the export: ${done} of ${total} stories…`;
        },
      });
      download(file.name, file.blob);
      this.#exportStatus.textContent = `Exported ${file.count} ${file.count === 1 ? 'story' : 'stories'} as ${file.name}.`;
    } catch (error) {
      console.warn('Export failed:', error);
      this.#exportStatus.textContent = 'The export failed: the archive could not be reached. Try again.';
    }
  }
}

// Whether the reader left the disclosure open, kept in this browser (storage may be refused: then closed).
const PANEL_KEY = 'archive-search-panel-open';
function readPanelOpen(): boolean {
  try {
    return localStorage.getItem(PANEL_KEY) === '1';
  } catch {
    return false;
  }
}
function writePanelOpen(open: boolean): void {
  try {
    localStorage.setItem(PANEL_KEY, open ? '1' : '0');
  } catch {
    // Not kept: the disclosure opens closed next time.
  }
}
