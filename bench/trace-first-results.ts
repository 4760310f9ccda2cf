/**
 * `node bench/trace-first-results.ts [n] [query]`: where the time to the first
 * results goes on a cold `?q=` visit, for both engines, over the benchmark's
 * last build of that size (bench/.tmp/n<n>/dist, written by `npm run bench`).
 * Prints each request the page makes with its start and end (ms since
 * navigation), the moment the page reports its results, and the main thread's
 * long tasks; the median of five visits decides which one is printed.
 * `--latency 40` adds 40 ms to every round trip.
 */
import { launchChromium } from '../scripts/lib/chromium.ts';
import { serveBench } from './server.ts';
import { visitArgs } from './visit-args.ts';

const { query, dist, latency } = visitArgs();

interface Visit {
  doneAt: number;
  resources: { name: string; start: number; end: number; bytes: number }[];
  longTasks: { start: number; duration: number }[];
}

const server = await serveBench(dist);
const browser = await launchChromium();
try {
  for (const [engine, path] of [
    ['ours', '/search/'],
    ['Pagefind', '/pagefind-bench/'],
  ] as const) {
    const visits: Visit[] = [];
    for (let run = 0; run < 5; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      if (latency > 0) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency,
          downloadThroughput: -1,
          uploadThroughput: -1,
        });
      }
      await page.addInitScript(() => {
        const w = window as unknown as { __done?: number; __long: { start: number; duration: number }[] };
        w.__long = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) w.__long.push({ start: entry.startTime, duration: entry.duration });
        }).observe({ type: 'longtask', buffered: true });
        new MutationObserver(() => {
          if (document.getElementById('search-status')?.dataset['state'] === 'done') w.__done ??= performance.now();
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
      });
      await page.goto(`${server.url}${path}?q=${encodeURIComponent(query)}`);
      await page.waitForFunction(() => (window as unknown as { __done?: number }).__done !== undefined, null, {
        timeout: 60_000,
        polling: 20,
      });
      visits.push(
        await page.evaluate(() => {
          const w = window as unknown as { __done: number; __long: { start: number; duration: number }[] };
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          const resources = [nav, ...performance.getEntriesByType('resource')] as PerformanceResourceTiming[];
          return {
            doneAt: w.__done,
            resources: resources.map((entry) => ({
              name: new URL(entry.name).pathname,
              start: entry.startTime,
              end: entry.responseEnd,
              bytes: entry.encodedBodySize,
            })),
            longTasks: w.__long,
          };
        }),
      );
      await context.close();
    }
    visits.sort((a, b) => a.doneAt - b.doneAt);
    const median = visits[2] as Visit;
    console.log(
      `\n${engine}${latency > 0 ? ` (+${latency} ms a round trip)` : ''}: results at ${median.doneAt.toFixed(0)} ms (five visits: ${visits.map((v) => v.doneAt.toFixed(0)).join(', ')})`,
    );
    for (const r of median.resources.sort((a, b) => a.start - b.start))
      console.log(
        `  ${r.start.toFixed(0).padStart(5)} → ${r.end.toFixed(0).padStart(5)} ms  ${(r.bytes / 1024).toFixed(1).padStart(6)} KB  ${r.name}`,
      );
    for (const t of median.longTasks)
      console.log(`  long task at ${t.start.toFixed(0)} ms for ${t.duration.toFixed(0)} ms`);
  }
} finally {
  await browser.close();
  await server.close();
}
