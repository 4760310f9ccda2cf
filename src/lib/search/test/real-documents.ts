/**
 * The archive's two real stories as the indexer sees them, read straight from
 * content/articles/ (the files `renderArticleFile` writes: JSON-quoted fields).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { toSearchDocument } from '../documents.ts';
import type { SearchDocument } from '../types.ts';

const ARTICLES = new URL('../../../../content/articles/', import.meta.url);

export const NYT = '2023-09-04-kim-jong-un-plans-to-travel-to-russia-to-meet-putin-on-arms';
export const CALLER = '2023-09-05-putin-and-kim-could-meet-in-vladivostok-for-talks-on-weapons';

/** Every story file in content/articles/, in file-name order. */
export function realDocuments(): SearchDocument[] {
  return readStoryFiles(ARTICLES);
}

/** Every story file (`*.md`, as the importer writes them) in `dir`, in file-name order. */
export function readStoryFiles(dir: URL): SearchDocument[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const markdown = readFileSync(new URL(name, dir), 'utf8');
      const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(markdown) ?? [];
      const field = (key: string) => JSON.parse(new RegExp(`^${key}: (.*)$`, 'm').exec(front)?.[1] ?? '""') as string;
      const id = name.replace(/\.md$/, '');
      const data = {
        title: field('title'),
        authors: [...front.matchAll(/^ {2}- (.*)$/gm)].map((m) => JSON.parse(m[1] ?? '""') as string),
        outlet: field('outlet'),
        date: new Date(`${/^date: (\S+)/m.exec(front)?.[1] ?? ''}T00:00:00Z`),
      };
      return toSearchDocument({ id, body, data }, { url: `/articles/${id}/` });
    });
}

/** The two stories the engine tests know by heart: exact expectations hold however many others the archive has. */
export function twoRealStories(): SearchDocument[] {
  return realDocuments().filter((doc) => doc.id === NYT || doc.id === CALLER);
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
