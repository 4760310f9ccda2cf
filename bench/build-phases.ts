/**
 * `node bench/build-phases.ts <build.log> [sampler.tsv]`: the phases of one
 * `astro build` from its log's timestamps (content sync, bundling, the gap
 * before the first page, pages by route), with CPU seconds and RSS from the
 * build sampler's curve (bench/build-sampler.ts) where there is one.
 */
import { readFileSync } from 'node:fs';

const [logFile, samplerFile] = process.argv.slice(2);
if (!logFile) throw new Error('usage: node bench/build-phases.ts <build.log> [sampler.tsv]');
const lines = readFileSync(logFile, 'utf8').split('\n');
const seconds = (line: string) => {
  const [h, m, s] = (/^(\d\d):(\d\d):(\d\d)/.exec(line) ?? []).slice(1).map(Number);
  return h === undefined ? NaN : h * 3600 + (m ?? 0) * 60 + (s ?? 0);
};
const first = (pattern: RegExp) => sinceStart(seconds(lines.find((line) => pattern.test(line)) ?? ''));
const last = (pattern: RegExp) => sinceStart(seconds(lines.findLast((line) => pattern.test(line)) ?? ''));
const firstStamp = seconds(lines.find((line) => /^\d\d:\d\d:\d\d/.test(line)) ?? '');
// A build that runs past midnight: later clock times are on the next day.
const sinceStart = (time: number) => (time < firstStamp ? time + 86_400 : time) - firstStamp;
const start = 0;
const marks: [string, number][] = [
  ['start (first log line)', start],
  ['content sync starts', first(/\[content\] Syncing content/)],
  ['content synced', first(/\[content\] Synced content/)],
  ['bundling starts', first(/Building static entrypoints/)],
  ['bundles written', first(/Rearranging server assets/)],
  ['first page written', first(/[├└]─ \//)],
  ['first share card', first(/[├└]─ \/og\//)],
  ['last file so far', last(/[├└]─ \//)],
];
const samples = samplerFile
  ? readFileSync(samplerFile, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((row) => row.split('\t').map(Number))
  : [];
/**
 * The sampler's first row at or after `wall` seconds into the build: [wall, cpu, rss, heapUsed, heapTotal].
 * (The sampler runs on the main thread: while a long synchronous step holds it, the next row comes after the step.)
 */
const at = (wall: number) => samples.find((row) => (row[0] ?? 0) >= wall) ?? samples.at(-1);
const peakRss = Math.max(0, ...samples.map((row) => row[2] ?? 0));
console.log('| moment | wall s | CPU s (sampler) | RSS MB |');
console.log('| --- | --- | --- | --- |');
for (const [label, time] of marks) {
  if (Number.isNaN(time)) continue;
  const row = at(time - start);
  console.log(`| ${label} | ${time - start} | ${row?.[1] ?? ''} | ${row?.[2] ?? ''} |`);
}
const routes = new Map<string, number>();
for (const match of lines.join('\n').matchAll(/[├└]─ \/([a-z-]+)/g)) {
  routes.set(match[1] ?? '', (routes.get(match[1] ?? '') ?? 0) + 1);
}
console.log(`files by route: ${[...routes].map(([route, count]) => `${route} ${count}`).join(', ')}`);
if (samples.length) console.log(`peak RSS sampled: ${peakRss} MB; last sample: ${samples.at(-1)?.join(' / ')}`);
const time = (label: string) => new RegExp(`${label}: (.*)`).exec(lines.join('\n'))?.[1];
const wallClock = time('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)');
if (wallClock) {
  console.log(
    `/usr/bin/time: wall ${wallClock}, user ${time('User time \\(seconds\\)')} s, sys ${time('System time \\(seconds\\)')} s, max RSS ${time('Maximum resident set size \\(kbytes\\)')} kB`,
  );
}
