import type { SearchClient, SearchFacets } from '../../lib/search/types.ts';

/**
 * The search engine, loaded on first need: its code (a separate chunk) and
 * its manifest. A manifest requested early (`prefetchManifest`, on a page
 * opened with a query) is handed to the engine instead of fetched twice. A
 * failed load is forgotten, so the next search tries again.
 */
export class EngineConnection {
  #client: Promise<SearchClient> | undefined;
  #earlyManifest: Promise<Response> | undefined;
  /** True once the engine and its manifest are loaded. */
  ready = false;

  readonly manifestUrl: () => string;
  readonly onFacets: (facets: SearchFacets) => void;

  /** `manifestUrl` says where the index is; `onFacets` receives its outlets and dates once loaded. */
  constructor(manifestUrl: () => string, onFacets: (facets: SearchFacets) => void) {
    this.manifestUrl = manifestUrl;
    this.onFacets = onFacets;
  }

  /** Asks for the manifest now, alongside the engine's code rather than after it: one round trip fewer. */
  prefetchManifest(): void {
    this.#earlyManifest = fetch(this.manifestUrl());
    this.#earlyManifest.catch(() => {});
  }

  load(): Promise<SearchClient> {
    this.#client ??= this.#connect();
    return this.#client;
  }

  async #connect(): Promise<SearchClient> {
    try {
      const { createSearch } = await import('../../lib/search/client.ts');
      const manifestUrl = this.manifestUrl();
      const client = createSearch({
        manifestUrl,
        fetch: (input, init) => {
          const early = input === manifestUrl ? this.#earlyManifest : undefined;
          this.#earlyManifest = undefined;
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
