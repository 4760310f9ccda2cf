/**
 * A preload for profiling big builds (`node --import ./bench/build-sampler.ts …`):
 * every `BUILD_SAMPLER_MS` (5 s) appends seconds since start, RSS and V8
 * heap (MB) to `BUILD_SAMPLER_LOG`, so a build's memory curve can be laid
 * beside the phases in its own log. Does nothing without `BUILD_SAMPLER_LOG`.
 */
import { appendFileSync } from 'node:fs';

const log = process.env['BUILD_SAMPLER_LOG'];
if (log) {
  const started = performance.now();
  const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
  const sample = () => {
    const { rss, heapUsed, heapTotal } = process.memoryUsage();
    const cpu = process.cpuUsage();
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    const cpuSeconds = ((cpu.user + cpu.system) / 1e6).toFixed(0);
    appendFileSync(log, `${seconds}\t${cpuSeconds}\t${mb(rss)}\t${mb(heapUsed)}\t${mb(heapTotal)}\n`);
  };
  appendFileSync(log, 'wall_s\tcpu_s\trss_mb\theap_used_mb\theap_total_mb\n');
  setInterval(sample, Number(process.env['BUILD_SAMPLER_MS'] ?? 5000)).unref();
}
