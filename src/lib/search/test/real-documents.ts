/**
 * The archive's two real stories as the indexer sees them, read straight from
 * content/articles/ as the content store reads them.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readStoryFile } from '../../story-text.ts';
import { toSearchDocument } from '../documents.ts';
import type { SearchDocument } from '../types.ts';
import { DCNF_SLUG, NYT_SLUG } from '../../../../test/helpers/real-stories.ts';

const ARTICLES = new URL('../../../../content/articles/', import.meta.url);

export { NYT_SLUG as NYT, DCNF_SLUG as CALLER };

/** Every story file in content/articles/, in file-name order. */
export function realDocuments(): SearchDocument[] {
  return readStoryFiles(ARTICLES);
}

/** Every story file (`*.md`) in `dir`, in file-name order. */
export function readStoryFiles(dir: URL): SearchDocument[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const id = name.replace(/\.md$/, '');
      return toSearchDocument(readStoryFile(fileURLToPath(new URL(name, dir)), id), { url: `/articles/${id}/` });
    });
}

/** The two stories the engine tests know by heart: exact expectations hold however many others the archive has. */
export function twoRealStories(): SearchDocument[] {
  return realDocuments().filter((doc) => doc.id === NYT_SLUG || doc.id === DCNF_SLUG);
}

/** A `fetch` over built index files served under `/search-index/`, recording every URL asked for. */
export function memoryFetch(files: readonly { path: string; body: string }[]) {
  const bodies = new Map(files.map(({ path, body }) => [`/search-index/${path}`, body]));
  const requests: string[] = [];
  const fetch = async (input: string | URL | Request): Promise<Response> => {
    const url = String(input);
    requests.push(url);
    const body = bodies.get(url);
    return body === undefined ? new Response('Not found', { status: 404 }) : new Response(body, { status: 200 });
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
}
