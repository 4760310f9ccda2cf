import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

/** Content types by file extension, for this server and the benchmark's. */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
  '.wasm': 'application/wasm',
};

/** What a static host answers for a request path: the file it serves (200), or 403 or 404 without one. */
export type Resolved =
  { path: string; status: 200; file: string } | { path: string; status: 403 } | { path: string; status: 404 };

/**
 * The file a static host serves for a request URL: a directory's index.html,
 * 404 when there is none, 403 for a path outside `root`.
 */
export function resolveRequest(root: string, url = '/'): Resolved {
  const path = decodeURIComponent(new URL(url, 'http://x').pathname);
  let file = normalize(join(root, path));
  if (!file.startsWith(normalize(root + sep)) && file !== normalize(root)) return { path, status: 403 };
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) ? { path, status: 200, file } : { path, status: 404 };
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>` without a trailing slash. */
  url: string;
  /** Every path requested, in order (for asserting what a page downloads). */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Serves a built site on 127.0.0.1 as a plain static host would: directory
 * URLs get their index.html, unknown paths get 404.html with status 404.
 */
export async function serveStatic(root: string, port = 0): Promise<StaticServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const resolved = resolveRequest(root, req.url);
    requests.push(resolved.path);
    if (resolved.status === 403) {
      res.writeHead(403).end();
      return;
    }
    if (resolved.status === 404) {
      const notFound = join(root, '404.html');
      res.writeHead(404, { 'content-type': CONTENT_TYPES['.html'] });
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end('Not found');
      return;
    }
    const { file } = resolved;
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
