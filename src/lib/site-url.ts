/**
 * The archive's public address, one place for the build, `npm start` and the tests.
 *
 * `SITE_URL` (e.g. `https://example.org/wire`) makes canonical links, feeds,
 * citations and the sitemap absolute, and its path is the base path every link
 * carries. Unset, it is the address `npm start` serves on, so that links a
 * local build writes resolve on the local server.
 */
export const DEFAULT_SITE_URL = 'http://127.0.0.1:4321';

/** `SITE_URL` from `env`, or the default. */
export const siteUrlFrom = (env: Record<string, string | undefined> = process.env): string =>
  env['SITE_URL'] ?? DEFAULT_SITE_URL;
