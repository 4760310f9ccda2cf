/**
 * `npm start` and `npm run preview`: the built `dist/` served where `SITE_URL`
 * says (by default http://127.0.0.1:4321/, the address the build writes into
 * canonical links, feeds and citations), under its base path, with the
 * trailing-slash redirects and the headers of the build's `_headers`
 * (scripts/lib/static-server.ts). A public SITE_URL is served on 127.0.0.1:4321.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/paths.ts';
import { serveStatic } from './lib/static-server.ts';
import { localAddressOf, siteUrlFrom } from '../src/lib/site-url.ts';

const site = siteUrlFrom();
const { host, port, base } = localAddressOf(site);
const dir = process.env['ARCHIVE_OUT_DIR'] ?? join(ROOT, 'dist');
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`${dir} holds no built site: run \`npm run build\` first (npm start does).`);
  process.exit(1);
}
const server = await serveStatic(dir, port, { host, base });
console.log(`Serving ${dir} at ${server.url}${base} (the build's links name ${site})`);
