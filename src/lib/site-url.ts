import { basePathOf } from './routes.ts';

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

/** Where `npm start` serves a build for `siteUrl`. */
export interface LocalAddress {
  host: string;
  port: number;
  /** The base path, `/` or `/wire/`. */
  base: string;
}

/**
 * The local address for a build: the address `siteUrl` names when that is
 * this machine (so its absolute links work locally), else the default's host
 * and port; the base path is always `siteUrl`'s.
 */
export function localAddressOf(siteUrl: string): LocalAddress {
  const site = new URL(siteUrl);
  const fallback = new URL(DEFAULT_SITE_URL);
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(site.hostname);
  const chosen = loopback ? site : fallback;
  return {
    host: chosen.hostname.replace(/^\[|\]$/g, ''),
    port: Number(chosen.port || (chosen.protocol === 'https:' ? 443 : 80)),
    base: basePathOf(siteUrl),
  };
}
