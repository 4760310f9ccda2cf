/**
 * `node bench/profile-first-results.ts [n] [query]`: a CPU profile of the
 * search page's main thread during one cold `?q=` visit over the benchmark's
 * last build of that size (bench/.tmp/n<n>/dist), printed as the functions
 * with the most self time and the script's time line: when each of our
 * modules first ran, and what the page waited for between them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../scripts/lib/chromium.ts';
import { serveBench } from './server.ts';
import { visitArgs } from './visit-args.ts';

const { query, dist } = visitArgs();

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const server = await serveBench(dist);
const browser = await launchChromium();
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (document.getElementById('search-status')?.dataset['state'] === 'done')
        (window as unknown as { __done?: number }).__done ??= performance.now();
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
  });
  await cdp.send('Profiler.start');
  const navStart = Date.now();
  await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => (window as unknown as { __done?: number }).__done !== undefined, null, {
    polling: 20,
  });
  const done = await page.evaluate(() => (window as unknown as { __done: number }).__done);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  console.log(`results at ${done.toFixed(0)} ms after navigation (wall ${Date.now() - navStart} ms incl. profiling)`);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  const firstSeen = new Map<string, number>();
  const sources = new Map<string, ProfileNode['callFrame']>();
  let t = 0;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i] ?? 0;
    const frame = byId.get(id)?.callFrame;
    if (!frame) return;
    const file = frame.url.split('/').pop() ?? '';
    // The column as well: a minified bundle is one line, and every arrow function in it is "(anonymous)".
    const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber}:${frame.columnNumber}`;
    if (file) sources.set(key, frame);
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
    if (file && !firstSeen.has(file)) firstSeen.set(file, t / 1000);
  });
  console.log('\nself time, ms (whole visit):');
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`  ${ms.toFixed(1).padStart(7)}  ${key}${codeAt(sources.get(key))}`);
  console.log('\nfirst sample in each script, ms after the profile started:');
  for (const [file, ms] of [...firstSeen].sort((a, b) => a[1] - b[1]))
    console.log(`  ${ms.toFixed(0).padStart(6)}  ${file}`);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}

/** The first characters of a built script's function at a profile frame, to name a minified one. */
function codeAt(frame: ProfileNode['callFrame'] | undefined): string {
  if (!frame) return '';
  const path = join(dist, new URL(frame.url).pathname);
  if (!existsSync(path)) return '';
  const line = readFileSync(path, 'utf8').split('\n')[frame.lineNumber] ?? '';
  return `  ${line.slice(frame.columnNumber, frame.columnNumber + 70)}`;
}
