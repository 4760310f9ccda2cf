import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const ROOT = new URL('..', import.meta.url).pathname;

/**
 * The markup both bench pages share with the real search page: the input
 * `#q`, the status `#search-status[data-state][data-query]`, the list
 * `ol#search-results > li.search-result > a.search-result__link`.
 */
const SHELL = (title: string, script: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body>
<form role="search" action="" method="get"><label for="q">Search</label><input id="q" name="q" type="search"></form>
<p id="search-status" data-state="idle" data-query="" aria-live="polite"></p>
<ol id="search-results"></ol>
<script type="module">
${script}
</script>
</body></html>
`;

// What a results UI does with Pagefind: load on focus (as Pagefind UI does),
// search, then fetch the data of the ten hits it shows.
const PAGEFIND_SCRIPT = `
let engine;
const load = () => (engine ??= import('/pagefind/pagefind.js').then(async (pagefind) => { await pagefind.init(); return pagefind; }));
async function run(query, limit = 10) {
  const pagefind = await load();
  const response = await pagefind.search(query);
  const data = await Promise.all(response.results.slice(0, limit).map((result) => result.data()));
  return { total: response.results.length, urls: data.map((item) => item.url), titles: data.map((item) => item.meta.title ?? '') };
}
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');
const input = document.getElementById('q');
let seq = 0;
async function show(query) {
  const mine = ++seq;
  status.dataset.state = 'loading';
  const result = await run(query);
  if (mine !== seq) return;
  list.replaceChildren(...result.urls.map((url, i) => {
    const item = document.createElement('li');
    item.className = 'search-result';
    const link = document.createElement('a');
    link.className = 'search-result__link';
    link.href = url;
    link.textContent = result.titles[i];
    item.append(link);
    return item;
  }));
  status.textContent = result.total + ' results';
  status.dataset.query = query;
  status.dataset.state = 'done';
}
input.addEventListener('focus', () => void load(), { once: true });
input.addEventListener('input', () => void show(input.value));
window.benchSearch = run;
window.benchReady = () => load().then(() => true);
const initial = new URLSearchParams(location.search).get('q');
if (initial) { input.value = initial; void show(initial); }
`;

const ENGINE_SCRIPT = (manifestUrl: string) => `
import { createSearch } from './client.js';
let client;
const load = () => (client ??= createSearch({ manifestUrl: ${JSON.stringify(manifestUrl)} }));
window.benchSearch = async (query, limit = 10) => {
  const response = await load().search(query, { limit });
  // A partial answer (no story has every word) holds no matches.
  if (response.partial) return { total: 0, urls: [], titles: [] };
  return { total: response.total, urls: response.hits.map((hit) => hit.url), titles: response.hits.map((hit) => hit.title) };
};
window.benchReady = () => load().facets().then(() => true);
`;

/** `/pagefind-bench/`: a minimal results page over Pagefind's index in the same dist. */
export function writePagefindPage(dist: string): void {
  mkdirSync(join(dist, 'pagefind-bench'), { recursive: true });
  writeFileSync(join(dist, 'pagefind-bench/index.html'), SHELL('Pagefind bench', PAGEFIND_SCRIPT));
}

/** The hashed manifest the build emitted, as a URL path. */
export function manifestUrlOf(dist: string): string {
  const name = readdirSync(join(dist, 'search-index')).find((file) => /^manifest\.[0-9a-f]+\.json$/.test(file));
  if (!name) throw new Error(`no search-index/manifest.<hash>.json in ${dist}`);
  return `/search-index/${name}`;
}

/**
 * `/engine-bench/`: our engine (src/lib/search/client.ts, bundled and minified
 * as the page would ship it) with nothing around it, to time searches without
 * the page's debounce and rendering.
 */
export async function writeEnginePage(dist: string): Promise<void> {
  const dir = join(dist, 'engine-bench');
  mkdirSync(dir, { recursive: true });
  await build({
    entryPoints: [join(ROOT, 'src/lib/search/client.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    outfile: join(dir, 'client.js'),
    logLevel: 'error',
  });
  writeFileSync(join(dir, 'index.html'), SHELL('Engine bench', ENGINE_SCRIPT(manifestUrlOf(dist))));
}
