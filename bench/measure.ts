import type { Browser, CDPSession, Page } from 'playwright-core';
import type { BenchServer } from './server.ts';

/** How to reach one engine in the served dist. */
export interface EngineSpec {
  name: string;
  /** The results page: reads `?q=`, has `#q`, `#search-status` and `ol#search-results`. */
  pagePath: string;
  /** A page exposing `window.benchReady()` and `window.benchSearch(query, limit)`. */
  enginePath: string;
  /** The engine's own downloads (script and index), as opposed to the page's HTML, CSS and fonts. */
  isEngineFile: (path: string) => boolean;
  /** The page's debounce after an input event, subtracted from page-level latencies. */
  debounceMs: number;
}

/** What the browser measured for one engine. */
export interface EngineMeasurement {
  bytesBeforeFirstSearch: number;
  bytesFirstQuery: number;
  filesBeforeFirstSearch: string[];
  filesFirstQuery: string[];
  /** Navigation start to the first results shown, for a cold `?q=` visit; median of the runs. */
  loadToResultsMs: number;
  loadToResultsRuns: number[];
  heapAfterLoad: number;
  heapAfterQueries: number;
  /** Engine calls, without the page: first run of each query, then repeats. */
  engineColdMs: number[];
  engineWarmMs: number[];
  /** Through the page: input event to results shown, minus the debounce. */
  pageColdMs: number[];
  pageWarmMs: number[];
  /** Top results (story URLs, fragment stripped) per query, for the quality scores. */
  results: { query: string; total: number; urls: string[] }[];
}

export interface MeasureOptions {
  queries: string[];
  firstQuery: string;
  warmRepeats?: number;
  loadRuns?: number;
  /** Results kept per query for recall. */
  depth?: number;
}

type BenchWindow = Window & {
  benchReady(): Promise<boolean>;
  benchSearch(query: string, limit?: number): Promise<{ total: number; urls: string[] }>;
  __doneAt?: Record<string, number>;
};

// Records when the status reports results for a query, as the page's own clock sees it.
const RECORD_DONE = () => {
  const w = window as unknown as BenchWindow;
  w.__doneAt = {};
  new MutationObserver(() => {
    const status = document.getElementById('search-status');
    if (status?.dataset['state'] === 'done') {
      const query = status.dataset['query'] ?? '';
      w.__doneAt![query] ??= performance.now();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state', 'data-query'] });
};

/** Measures one engine in fresh browser contexts (empty caches each). */
export async function measureEngine(
  browser: Browser,
  server: BenchServer,
  spec: EngineSpec,
  { queries, firstQuery, warmRepeats = 5, loadRuns = 3, depth = 100 }: MeasureOptions,
): Promise<EngineMeasurement> {
  const waitIdle = async (quietMs = 400) => {
    for (let last = -1; last !== server.transfers.length;) {
      last = server.transfers.length;
      await sleep(quietMs);
    }
  };
  const engineBytes = (from: number) => {
    const files = server.transfers.slice(from).filter((t) => spec.isEngineFile(t.path));
    return { bytes: files.reduce((sum, t) => sum + t.bytes, 0), files: files.map((t) => `${t.path} ${t.bytes}`) };
  };

  // Bytes and heap: open the page, focus the box (engines load then), search once.
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.addInitScript(RECORD_DONE);
  let mark = server.transfers.length;
  await page.goto(server.url + spec.pagePath);
  await page.focus('#q');
  await waitIdle();
  const before = engineBytes(mark);
  const heapAfterLoad = await usedHeap(cdp);
  mark = server.transfers.length;
  await page.fill('#q', firstQuery);
  await waitDone(page, firstQuery);
  await waitIdle();
  const first = engineBytes(mark);
  // Start the passes on another query than the one already shown: an unchanged box would not search.
  const rotated = [...queries.slice(1), ...queries.slice(0, 1)];
  const { pageColdMs, pageWarmMs } = await pageLatencies(page, rotated, spec.debounceMs);
  const heapAfterQueries = await usedHeap(cdp);
  await context.close();

  const loadToResultsRuns: number[] = [];
  for (let run = 0; run < loadRuns; run++) {
    const cold = await browser.newContext();
    const visit = await cold.newPage();
    await visit.addInitScript(RECORD_DONE);
    await visit.goto(`${server.url}${spec.pagePath}?q=${encodeURIComponent(firstQuery)}`);
    loadToResultsRuns.push(await waitDone(visit, firstQuery));
    await cold.close();
  }

  const engineContext = await browser.newContext();
  const enginePage = await engineContext.newPage();
  await enginePage.goto(server.url + spec.enginePath);
  const timings = await enginePage.evaluate(
    async ({ queries, warmRepeats }) => {
      const w = window as unknown as BenchWindow;
      await w.benchReady();
      const time = async (query: string) => {
        const start = performance.now();
        await w.benchSearch(query, 10);
        return performance.now() - start;
      };
      const cold: number[] = [];
      for (const query of queries) cold.push(await time(query));
      const warm: number[] = [];
      for (let r = 0; r < warmRepeats; r++) for (const query of queries) warm.push(await time(query));
      return { cold, warm };
    },
    { queries, warmRepeats },
  );
  const results = await enginePage.evaluate(
    async ({ queries, depth }) => {
      const w = window as unknown as BenchWindow;
      const out: { query: string; total: number; urls: string[] }[] = [];
      for (const query of queries) {
        const { total, urls } = await w.benchSearch(query, depth);
        out.push({ query, total, urls: urls.map((url) => url.replace(/#.*$/, '')) });
      }
      return out;
    },
    { queries, depth },
  );
  await engineContext.close();

  return {
    bytesBeforeFirstSearch: before.bytes,
    bytesFirstQuery: first.bytes,
    filesBeforeFirstSearch: before.files,
    filesFirstQuery: first.files,
    loadToResultsMs: median(loadToResultsRuns),
    loadToResultsRuns,
    heapAfterLoad,
    heapAfterQueries,
    engineColdMs: timings.cold,
    engineWarmMs: timings.warm,
    pageColdMs,
    pageWarmMs,
    results,
  };
}

/**
 * Types each query into `#q` and times input event → `#search-status` done
 * for that query, minus the debounce. A first pass (cold), then a second (warm).
 */
async function pageLatencies(page: Page, queries: string[], debounceMs: number) {
  const pass = () =>
    page.evaluate(
      async ({ queries, debounceMs }) => {
        const input = document.getElementById('q') as HTMLInputElement;
        const status = document.getElementById('search-status') as HTMLElement;
        const times: number[] = [];
        for (const query of queries) {
          const done = new Promise<number>((resolve) => {
            const check = () => {
              if (status.dataset['state'] === 'done' && status.dataset['query'] === query) {
                observer.disconnect();
                resolve(performance.now());
              }
            };
            const observer = new MutationObserver(check);
            observer.observe(status, { attributes: true });
          });
          const start = performance.now();
          input.value = query;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          const end = await Promise.race([
            done,
            new Promise<number>((resolve) => setTimeout(() => resolve(NaN), 15_000)),
          ]);
          times.push(end - start - debounceMs);
        }
        return times;
      },
      { queries, debounceMs },
    );
  const pageColdMs = await pass();
  const pageWarmMs = await pass();
  return { pageColdMs, pageWarmMs };
}

async function waitDone(page: Page, query: string): Promise<number> {
  await page.waitForFunction((q) => (window as unknown as BenchWindow).__doneAt?.[q] !== undefined, query, {
    timeout: 60_000,
    polling: 20,
  });
  return page.evaluate((q) => (window as unknown as BenchWindow).__doneAt?.[q] as number, query);
}

/**
 * Used V8 heap of the page and of its workers (Pagefind searches in a Web
 * Worker), after a full garbage collection; WebAssembly memory and other
 * array buffers live outside it and are not counted.
 */
async function usedHeap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const workers: string[] = [];
  const onAttach = (event: { sessionId: string; targetInfo: { type: string } }) => {
    if (event.targetInfo.type.includes('worker')) workers.push(event.sessionId);
  };
  cdp.on('Target.attachedToTarget', onAttach);
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  await sleep(100);
  cdp.off('Target.attachedToTarget', onAttach);
  let total = usedSize;
  for (const sessionId of workers) total += await workerHeap(cdp, sessionId);
  await cdp.send('Target.setAutoAttach', { autoAttach: false, waitForDebuggerOnStart: false, flatten: false });
  return total;
}

async function workerHeap(cdp: CDPSession, sessionId: string): Promise<number> {
  const call = (id: number, method: string) =>
    new Promise<{ usedSize?: number }>((resolve) => {
      const onMessage = (event: { sessionId?: string; message: string }) => {
        const reply = JSON.parse(event.message) as { id?: number; result?: { usedSize?: number } };
        if (event.sessionId !== sessionId || reply.id !== id) return;
        cdp.off('Target.receivedMessageFromTarget', onMessage);
        resolve(reply.result ?? {});
      };
      cdp.on('Target.receivedMessageFromTarget', onMessage);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    });
  await call(1, 'HeapProfiler.collectGarbage');
  return (await call(2, 'Runtime.getHeapUsage')).usedSize ?? 0;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The nearest-rank median of the finite values. */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile of the finite values; NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}
