/**
 * Export of every hit of the current search, made in the browser: the hits
 * come from the engine (all of them, not the page shown), each story's
 * citation facts from its API file, and the file from the pure formatters in
 * `src/lib/export/`. Loaded on the first export only.
 */
import type { ApiStory } from '../../lib/api/records.ts';
import { exportFile, type ExportFormat, type ExportHeader, type ExportStory } from '../../lib/export/formats.ts';
import { storyFactsFromApi } from '../../lib/export/from-api.ts';
import type { SearchClient, SearchOptions } from '../../lib/search/types.ts';

/** API files fetched at once: enough to fill the connection, few enough not to flood it. */
const CONCURRENCY = 8;

export interface ExportRequest {
  client: SearchClient;
  /** The query as sent to the engine, and its options (without paging). */
  query: string;
  options: SearchOptions;
  format: ExportFormat;
  header: Omit<ExportHeader, 'generated'>;
  /** `/api/stories/{id}.json`, with `{id}` for the story's slug. */
  apiStoryUrl: string;
  /** Told how far it got: `done` of `total` stories. */
  progress?: (done: number, total: number) => void;
}

/** Builds the file; `file.body` holds every hit. */
export async function exportResults(request: ExportRequest): Promise<{ name: string; blob: Blob; count: number }> {
  const { client, query, options } = request;
  const first = query
    ? await client.search(query, { ...options, limit: 1 })
    : await client.recent({ ...options, limit: 1 });
  const all = { ...options, limit: first.total, offset: 0 };
  const { hits } = query ? await client.search(query, all) : await client.recent(all);
  const stories: ExportStory[] = new Array(hits.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    for (let i = next++; i < hits.length; i = next++) {
      const hit = hits[i];
      if (!hit) continue;
      const url = request.apiStoryUrl.replace('{id}', encodeURIComponent(hit.id));
      const response = await fetch(url);
      if (!response.ok) throw new Error(`Export: ${url} answered ${response.status}`);
      const api = (await response.json()) as ApiStory;
      stories[i] = {
        story: storyFactsFromApi(api),
        url: api.webUrl,
        paragraphUrl: hit.paragraph ? api.paragraphs[hit.paragraph - 1]?.webUrl : undefined,
        snippet: hit.snippet.text,
      };
      request.progress?.(++done, hits.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, hits.length) }, worker));
  const file = exportFile(request.format, stories, { ...request.header, generated: new Date().toISOString() });
  const stem =
    (query || 'all-stories')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'search';
  return {
    name: `search-${stem}.${file.extension}`,
    blob: new Blob([file.body], { type: file.type }),
    count: stories.length,
  };
}

/** Hands `blob` to the browser as a download named `name`. */
export function download(name: string, blob: Blob): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the URL can go after this turn.
  setTimeout(() => URL.revokeObjectURL(link.href), 0);
}
