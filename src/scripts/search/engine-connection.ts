import { earlyFiles, earlyPostingsFiles } from '../../lib/search/early-files.ts';
import type { Manifest, VocabChunk } from '../../lib/search/index-format.ts';
import type { SearchClient, SearchFacets } from '../../lib/search/types.ts';

/**
 * The search engine, loaded on first need: its code (a separate chunk) and
 * its manifest, which the page carries inline. On a page opened with a
 * query, the files that query will need (`prefetch`) are asked for
 * alongside the engine's code rather than after it — its words' vocabulary
 * chunks, then, as each chunk comes in, their postings — and handed to the
 * engine instead of fetched twice. A failed load is forgotten, so the next
 * search tries again.
 */
export class EngineConnection {
  #client: Promise<SearchClient> | undefined;
  /** Responses asked for early, by URL; each is handed over once. */
  readonly #early = new Map<string, Promise<Response>>();
  /** URLs the engine has asked for: not asked again early. */
  readonly #taken = new Set<string>();
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
      void this.#ask(url);
      return;
    }
    let chunks: string[];
    try {
      chunks = earlyFiles(JSON.parse(inline) as Manifest, url, query);
    } catch {
      // An unreadable inline manifest: nothing to name early; the engine says what is wrong with it.
      return;
    }
    for (const chunk of chunks) {
      // Read from a copy (made before the engine can read the original): the postings go out as soon as it is in.
      this.#ask(chunk)
        ?.then((response) => (response.ok ? (response.clone().json() as Promise<VocabChunk>) : undefined))
        .then((loaded) => {
          if (loaded) for (const file of earlyPostingsFiles(loaded, url, query)) void this.#ask(file);
        })
        .catch(() => {});
    }
  }

  load(): Promise<SearchClient> {
    this.#client ??= this.#connect();
    return this.#client;
  }

  #ask(url: string): Promise<Response> | undefined {
    if (this.#taken.has(url) || this.#early.has(url)) return undefined;
    const response = fetch(url);
    response.catch(() => {});
    this.#early.set(url, response);
    return response;
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
          this.#taken.add(key);
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
