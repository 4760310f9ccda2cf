import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { directoryRedirect, HOST_FILES, NOT_FOUND_PAGE, REDIRECT_STATUS } from '../../src/lib/hosting/policy.ts';

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

/**
 * The file a static host serves for a request URL: a directory's index.html,
 * `undefined` when there is none (`forbidden` for a path outside `root`); and
 * for a directory asked for without its trailing slash, where hosts redirect it.
 */
export function resolveRequest(
  root: string,
  url = '/',
): { path: string; file: string | undefined; forbidden?: true; redirect?: string } {
  const parsed = new URL(url, 'http://x');
  const path = decodeURIComponent(parsed.pathname);
  let file = normalize(join(root, path));
  if (!file.startsWith(normalize(root + sep)) && file !== normalize(root))
    return { path, file: undefined, forbidden: true };
  let redirect: string | undefined;
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!path.endsWith('/')) redirect = directoryRedirect(parsed.pathname, parsed.search);
    file = join(file, 'index.html');
  }
  return { path, file: existsSync(file) ? file : undefined, ...(redirect ? { redirect } : {}) };
}

/** A `_headers` rule: a path prefix (its `*` dropped) and the headers it sets. */
type HeaderRule = readonly [prefix: string, headers: [string, string][]];

/** The build's `_headers` (src/lib/hosting/), as static-pages hosts read it; none when absent. */
function readHeaderRules(root: string): HeaderRule[] {
  const file = join(root, '_headers');
  if (!existsSync(file)) return [];
  const rules: [string, [string, string][]][] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!/^\s/.test(line)) rules.push([line.trim().replace(/\*$/, ''), []]);
    else {
      const colon = line.indexOf(':');
      rules.at(-1)?.[1].push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** The headers every matching rule sets for `path`, later rules winning. */
const headersFor = (rules: readonly HeaderRule[], path: string): Record<string, string> =>
  Object.fromEntries(rules.filter(([prefix]) => path.startsWith(prefix)).flatMap(([, headers]) => headers));

export interface StaticServer {
  /** `http://127.0.0.1:<port>` without a trailing slash. */
  url: string;
  /** Every path requested, in order (for asserting what a page downloads). */
  requests: string[];
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** Address to listen on; 127.0.0.1 unless given. */
  host?: string;
  /** The base path the site is published under (`/wire/`): only paths below it are served. */
  base?: string;
  /**
   * Serve the build's precompressed copies (`<file>.br`, `<file>.gz`) to a
   * client that accepts them, as the nginx config's brotli_static and
   * gzip_static do: what a reader's browser downloads from the real host.
   */
  precompressed?: boolean;
}

/** The codings an Accept-Encoding header accepts (those not given q=0). */
function acceptedEncodings(header: string): Set<string> {
  const accepted = new Set<string>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const q = params.find((param) => param.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
  }
  return accepted;
}

/** The precompressed copy of `file` a request accepts, brotli first, if the build wrote one. */
function precompressedCopy(file: string, acceptEncoding: string): { path: string; encoding: string } | undefined {
  const accepted = acceptedEncodings(acceptEncoding);
  for (const [encoding, suffix] of [
    ['br', '.br'],
    ['gzip', '.gz'],
  ] as const) {
    if (accepted.has(encoding) && existsSync(file + suffix)) return { path: file + suffix, encoding };
  }
  return undefined;
}

/**
 * Serves a built site as a static-pages host does: directory URLs get their
 * index.html, and a 301 to it without their trailing slash; unknown paths get
 * 404.html with status 404; every response carries the headers the build's
 * `_headers` file sets; the host files themselves are not served.
 */
export async function serveStatic(root: string, port = 0, options: StaticServerOptions = {}): Promise<StaticServer> {
  const host = options.host ?? '127.0.0.1';
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  const rules = readHeaderRules(root);
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push(decodeURIComponent(url.pathname));
    const headers = headersFor(rules, url.pathname);
    const notFound = () => {
      const page = join(root, NOT_FOUND_PAGE);
      res.writeHead(404, { ...headers, 'content-type': CONTENT_TYPES['.html'] });
      if (existsSync(page)) createReadStream(page).pipe(res);
      else res.end('Not found');
    };
    if (`${url.pathname}/` === base) {
      res.writeHead(REDIRECT_STATUS, { ...headers, location: directoryRedirect(url.pathname, url.search) }).end();
      return;
    }
    if (!url.pathname.startsWith(base)) return notFound();
    const below = `/${url.pathname.slice(base.length)}`;
    const { file, forbidden, redirect } = resolveRequest(root, `${below}${url.search}`);
    if (forbidden) {
      res.writeHead(403, headers).end();
      return;
    }
    if (redirect !== undefined) {
      res.writeHead(REDIRECT_STATUS, { ...headers, location: `${base.slice(0, -1)}${redirect}` }).end();
      return;
    }
    if (file === undefined || (HOST_FILES as readonly string[]).includes(below.slice(1))) return notFound();
    const copy = options.precompressed ? precompressedCopy(file, req.headers['accept-encoding'] ?? '') : undefined;
    res.writeHead(200, {
      ...headers,
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': statSync(copy?.path ?? file).size,
      ...(copy ? { 'content-encoding': copy.encoding } : {}),
      ...(options.precompressed ? { vary: 'Accept-Encoding' } : {}),
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(copy?.path ?? file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${actual}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
