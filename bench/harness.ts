// Benchmark harness: each figure is measured next to a baseline run in the
// same process, and reported as a ratio, so machine speed cancels out.
import { performance } from 'node:perf_hooks';

export interface Measurement {
  /** Operations per second. */
  opsPerSec: number;
  /** Total operations timed. */
  ops: number;
  elapsedMs: number;
  /** Highest resident set size seen while it ran, in MiB. */
  peakRssMiB: number;
}

export interface BenchRow {
  name: string;
  unit: string;
  value: number;
  baselineName: string;
  baseline: number | null;
  /** value / baseline (or baseline / value for latencies: > 1 is always better). */
  ratio: number | null;
  target: string;
  met: boolean | null;
  peakRssMiB: number;
}

/** Samples RSS every few ms; call stop() for the peak. */
export function trackPeakRss(intervalMs = 5): { stop(): number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, intervalMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().rss) / 1024 / 1024;
    },
  };
}

/**
 * Runs `batch` (which performs `opsPerBatch` operations) until the JIT has
 * settled (at least three batches and `warmupMs`), then times single batches
 * for at least `minMs` and reports the median batch: the steady state a
 * nightly run of thousands of postings lives in, not one GC pause or compile.
 */
export async function measure(
  batch: () => unknown | Promise<unknown>,
  opsPerBatch: number,
  minMs = 1_000,
  warmupMs = 500,
): Promise<Measurement> {
  const warmupStart = performance.now();
  for (let n = 0; n < 3 || performance.now() - warmupStart < warmupMs; n++) await batch();
  const rss = trackPeakRss();
  const batchMs: number[] = [];
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs || batchMs.length < 5) {
    const t = performance.now();
    await batch();
    batchMs.push(performance.now() - t);
    elapsed = performance.now() - start;
  }
  const median = percentile(batchMs, 50);
  return {
    opsPerSec: (opsPerBatch / median) * 1000,
    ops: opsPerBatch * batchMs.length,
    elapsedMs: elapsed,
    peakRssMiB: rss.stop(),
  };
}

/** Percentile (0–100) of a list of numbers, by nearest rank. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export function formatTable(rows: BenchRow[]): string {
  const header = ['benchmark', 'value', 'baseline', 'ratio', 'target', 'met', 'peak RSS'];
  const fmt = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(2));
  const body = rows.map((r) => [
    r.name,
    `${fmt(r.value)} ${r.unit}`,
    r.baseline === null ? '—' : `${fmt(r.baseline)} ${r.unit} (${r.baselineName})`,
    r.ratio === null ? '—' : `${r.ratio.toFixed(2)}×`,
    r.target,
    r.met === null ? '—' : r.met ? 'yes' : 'NO',
    `${r.peakRssMiB.toFixed(0)} MiB`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] as string).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] as number)).join(' | ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...body.map(line)].join('\n');
}
