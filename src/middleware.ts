/**
 * The build's only middleware: it hands each prerendered text response to the
 * early compressor (src/lib/hosting/precompress.ts), so the `.gz` and `.br`
 * copies are made while other pages are still rendering rather than all after
 * the last one. It changes no response; the dev server skips it.
 */
import { defineMiddleware } from 'astro:middleware';
import { CACHE_DIR } from './lib/build-cache.ts';
import { isPrecompressed } from './lib/hosting/policy.ts';
import { precompressedCacheOf, sharedEarlyPrecompression } from './lib/hosting/precompress.ts';

/** The name the file of a path is written under: `index.html` for a page's directory (`build.format: 'directory'`). */
const fileNameOf = (pathname: string): string =>
  pathname.endsWith('/') ? 'index.html' : (pathname.split('/').at(-1) ?? '');

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const name = fileNameOf(context.url.pathname);
  if (import.meta.env.DEV || !context.isPrerendered || response.status !== 200 || !isPrecompressed(name, Infinity))
    return response;
  // A copy of the body: the build writes the same bytes from the response itself, untouched.
  sharedEarlyPrecompression(precompressedCacheOf(CACHE_DIR)).add(name, await response.clone().arrayBuffer());
  return response;
});
