import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_TYPES as TYPES, resolveRequest } from '../scripts/lib/static-server.ts';

/** One response: the path and the body bytes as sent (after gzip where applied). */
export interface Transfer {
  path: string;
  bytes: number;
  at: number;
}

export interface BenchServer {
  url: string;
  /** Every response, in order. */
  transfers: Transfer[];
  close(): Promise<void>;
}

// Text is gzipped as any static host does; Pagefind's own files are already compressed.
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg']);

/**
 * A static server for the benchmark: like scripts/lib/static-server.ts, plus
 * gzip for text (when the browser asks for it) and a log of the bytes sent.
 */
export async function serveBench(root: string): Promise<BenchServer> {
  const transfers: Transfer[] = [];
  const gzipped = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const { path, file, forbidden } = resolveRequest(root, req.url);
    if (forbidden) {
      res.writeHead(403).end();
      return;
    }
    if (file === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      transfers.push({ path, bytes: 9, at: performance.now() });
      return;
    }
    const type = extname(file);
    let body: Buffer = readFileSync(file);
    const headers: Record<string, string | number> = { 'content-type': TYPES[type] ?? 'application/octet-stream' };
    if (COMPRESSIBLE.has(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      let packed = gzipped.get(file);
      if (!packed) gzipped.set(file, (packed = gzipSync(body, { level: 6 })));
      body = packed;
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = body.length;
    // Each measurement opens a fresh browser context, so caching only helps within one visit, as on a real host.
    headers['cache-control'] = 'public, max-age=3600';
    res.writeHead(200, headers).end(body);
    transfers.push({ path, bytes: body.length, at: performance.now() });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    transfers,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
