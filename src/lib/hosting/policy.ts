/**
 * How the built archive is served: the one source for the headers, cache
 * lifetimes, precompressed files and redirects that every host gets. The build
 * renders it into `_headers` and `_redirects` (static-pages hosts) and
 * `_nginx.conf` (nginx), see render.ts, and `npm start`'s server applies it, so
 * the hosts never drift apart.
 */

/** One response header. */
export type Header = readonly [name: string, value: string];

/** Two years, as the HSTS preload list asks; over six months is what scanners want. */
const HSTS = 'max-age=63072000; includeSubDomains';

/**
 * Browser features the archive never uses, switched off for it and anything
 * it might embed. Only names Chromium knows: it logs an error for any other.
 */
const PERMISSIONS_POLICY = [
  'accelerometer',
  'camera',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'payment',
  'usb',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/**
 * Directives a `<meta>` policy cannot carry, added to the built pages' policy
 * when it is sent as a header: no site may frame the archive (clickjacking).
 */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/** The headers every response carries, given the site's Content-Security-Policy. */
export function securityHeaders(contentSecurityPolicy: string): Header[] {
  return [
    ['Content-Security-Policy', contentSecurityPolicy],
    ['Strict-Transport-Security', HSTS],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', PERMISSIONS_POLICY],
  ];
}

/** For files whose name changes whenever their content does: a year, never revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** For everything else (pages, feeds, cards): cached, but revalidated (ETag) on every use. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/**
 * The folders (below the base path) whose every file name carries a hash of
 * its content: Astro's bundles and the search index (whose story files share
 * one hash of all stories, so any change renames them all).
 */
export function hashedFolders(assetsFolder: string, searchIndexFolder: string): string[] {
  return [assetsFolder, searchIndexFolder].map((folder) => folder.replace(/^\/+|\/+$/g, ''));
}

/** The Cache-Control for a site path below the base path (`/_astro/x.js`, `/articles/x/`). */
export function cacheControlFor(pathBelowBase: string, hashed: readonly string[]): string {
  return hashed.some((folder) => pathBelowBase.startsWith(`/${folder}/`)) ? IMMUTABLE : REVALIDATE;
}

/** Text formats worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = /\.(?:html|css|js|mjs|json|xml|txt|svg|bib|ris|webmanifest)$/;
/** Below this size a compressed copy saves less than a packet. */
export const MIN_COMPRESS_BYTES = 1024;

/** Whether the build writes `.gz` and `.br` copies of a file (nginx's gzip_static and brotli_static serve them). */
export const isPrecompressed = (fileName: string, bytes: number): boolean =>
  COMPRESSIBLE.test(fileName) && bytes >= MIN_COMPRESS_BYTES;

/** The `.gz` and `.br` copies the build writes beside a file. */
export const isPrecompressedCopy = (fileName: string): boolean => /\.(?:gz|br)$/.test(fileName);

/** Files of the build that configure a host and are not part of the site. */
export const HOST_FILES = ['_headers', '_redirects', '_nginx.conf'] as const;

/**
 * Where a request for a directory without its trailing slash is sent, as
 * every static host does it (301, query kept): `/search?q=x` → `/search/?q=x`.
 */
export const directoryRedirect = (pathname: string, search = ''): string => `${pathname}/${search}`;

/** The status of that redirect and of a missing page (served with the site's 404.html). */
export const REDIRECT_STATUS = 301;
export const NOT_FOUND_PAGE = '404.html';
