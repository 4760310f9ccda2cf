import { earlyFiles } from '../../lib/search/early-files.ts';
import type { Manifest } from '../../lib/search/index-format.ts';
import type { SearchClient, SearchFacets } from '../../lib/search/types.ts';

/**
 * The search engine, loaded on first need: its code (a separate chunk) and
 * its manifest, which the page carries inline. On a page opened with a
 * query, the files that query will need (`prefetch`) are asked for
 * alongside the engine's code rather than after it, and handed to the
 * engine instead of fetched twice. A failed load is forgotten, so the next
 * search tries again.
 */
export class EngineConnection {
  #client: Promise<SearchClient> | undefined;
  /** Responses asked for early, by URL; each is handed over once. */
  readonly #early = new Map<string, Promise<Response>>();
  /** True once the engine and its manifest are loaded. */
  ready = false;

  readonly manifestUrl: () => string;
  /** The manifest's JSON as the page carries it, or undefined (then it is fetched). */
  readonly inlineManifest: () => string | undefined;
  readonly onFacets: (facets: SearchFacets) => void;

  /** `manifestUrl` says where the index is; `onFacets` receives its outlets and dates once loaded. */
  constructor(
    manifestUrl: () => string,
    inlineManifest: () => string | undefined,
    onFacets: (facets: SearchFacets) => void,
  ) {
    this.manifestUrl = manifestUrl;
    this.inlineManifest = inlineManifest;
    this.onFacets = onFacets;
  }

  /** Asks now for the manifest (unless the page carries it) and for the files `query` will need. */
  prefetch(query: string): void {
    const url = this.manifestUrl();
    const inline = this.inlineManifest();
    if (inline === undefined) {
      this.#ask(url);
      return;
    }
    try {
      for (const file of earlyFiles(JSON.parse(inline) as Manifest, url, query)) this.#ask(file);
    } catch {
      // An unreadable inline manifest: nothing to name early; the engine says what is wrong with it.
    }
  }

  load(): Promise<SearchClient> {
    this.#client ??= this.#connect();
    return this.#client;
  }

  #ask(url: string): void {
    const response = fetch(url);
    response.catch(() => {});
    this.#early.set(url, response);
  }

  async #connect(): Promise<SearchClient> {
    try {
      const { createSearch } = await import('../../lib/search/client.ts');
      const manifestUrl = this.manifestUrl();
      const inline = this.inlineManifest();
      const client = createSearch({
        manifestUrl,
        fetch: (input, init) => {
          const key = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
          if (key === manifestUrl && inline !== undefined) {
            return Promise.resolve(new Response(inline, { headers: { 'Content-Type': 'application/json' } }));
          }
          const early = this.#early.get(key);
          this.#early.delete(key);
          return early ?? fetch(input, init);
        },
      });
      this.onFacets(await client.facets());
      this.ready = true;
      return client;
    } catch (error) {
      this.#client = undefined;
      throw error;
    }
  }
}
