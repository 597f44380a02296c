// Dashboard latency and CSV export speed on a generated market of 1,000,000
// postings (bench/market-generator.ts, cached in bench/.cache/): p50/p95 of
// each page and API call against the same app counting from the posting rows
// (`counting: 'rows'`, no kept counts; bench/dashboard-baseline.ts), and
// export rows/s with the memory it holds. Requests go through app.request(),
// in process: no sockets.
// Usage: npm run bench -- dashboard [--postings N] [--seed S]
import { statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { openDatabase } from '../db/connection.js';
import { createApp } from '../web/app.js';
import { answerOf, type BaselineRun, runBaseline } from './dashboard-baseline.js';
import { type BenchRow, percentile } from './harness.js';
import { cachedMarket, describeSummary, MARKET_ARGS, type MarketOptions, marketOptions } from './market-generator.js';

type App = ReturnType<typeof createApp>;

const P95_TARGET_MS = 50;
const EXPORT_TARGET_ROWS_PER_SEC = 100_000;
/** Heap growth while exporting that still counts as flat: a fraction of what the rows would hold. */
const FLAT_HEAP_MIB = 64;
const SAMPLES = 50;
/** Ours: SAMPLES requests a URL, or as many as fit in this time while a view is still slow (one at least). */
const OURS_CAP_MS = 60_000;
const WARM_UP = 5;
const WARM_UP_MS = 5_000;
/** The baseline's first answer (compared with ours) may take this long; its timed requests, this long in all. */
const ANSWER_CAP_MS = 120_000;
const BASELINE_CAP_MS = 20_000;

const TRENDS = '/api/trends?skills=aws,kubernetes,python';
const URLS = [
  '/',
  '/skills/aws',
  `${TRENDS}&interval=month`,
  `${TRENDS}&interval=week`,
  '/api/salaries?groupBy=skill&currency=USD',
  '/api/salaries?groupBy=seniority&currency=USD',
  '/api/skills',
];
const EXPORTS = ['/export/skills.csv', '/export/postings.csv'];
/** Each export runs this many times at least, and a short one for EXPORT_MIN_MS (at most EXPORT_MAX_RUNS); its median run is reported. */
const EXPORT_RUNS = 3;
const EXPORT_MIN_MS = 3_000;
const EXPORT_MAX_RUNS = 15;

interface Timing {
  p50: number;
  p95: number;
  n: number;
  peakRssMiB: number;
}

/**
 * Times full requests (the body read to its end): at least `min`, then more
 * until `max` are in or `capMs` has passed.
 */
async function time(app: App, url: string, min: number, max: number, capMs: number): Promise<Timing> {
  const ms: number[] = [];
  let peakRss = process.memoryUsage().rss;
  const started = performance.now();
  while (ms.length < min || (ms.length < max && performance.now() - started < capMs)) {
    const t = performance.now();
    const res = await app.request(url);
    await res.arrayBuffer();
    ms.push(performance.now() - t);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), n: ms.length, peakRssMiB: peakRss / 1024 / 1024 };
}

interface ExportResult {
  rows: number;
  seconds: number;
  heap: { start: number; peak: number; end: number };
  rss: { start: number; peak: number; end: number };
}

/** Reads an export chunk by chunk, counting lines and never holding the body; memory sampled every ~100 ms. */
async function streamExport(app: App, url: string): Promise<ExportResult | null> {
  const mib = (n: number) => n / 1024 / 1024;
  const start = process.memoryUsage();
  const heap = { start: mib(start.heapUsed), peak: mib(start.heapUsed), end: 0 };
  const rss = { start: mib(start.rss), peak: mib(start.rss), end: 0 };
  const sample = () => {
    const m = process.memoryUsage();
    heap.peak = Math.max(heap.peak, mib(m.heapUsed));
    rss.peak = Math.max(rss.peak, mib(m.rss));
    return m;
  };
  const started = performance.now();
  const res = await app.request(url);
  if (res.status === 404) return null;
  if (res.status !== 200 || !res.body) throw new Error(`dashboard bench: ${url} answered ${res.status}`);
  const reader = res.body.getReader();
  let lines = 0;
  let lastSample = started;
  // Sampled between chunks, not on a timer: a stream whose chunks resolve as microtasks never lets a timer run.
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    for (let at = value.indexOf(10); at !== -1; at = value.indexOf(10, at + 1)) lines++;
    const now = performance.now();
    if (now - lastSample >= 100) {
      sample();
      lastSample = now;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const end = sample();
  heap.end = mib(end.heapUsed);
  rss.end = mib(end.rss);
  // The first line is the header.
  return { rows: Math.max(0, lines - 1), seconds, heap, rss };
}

/** The market to build, and whether to time only the exports (`--exports`: minutes, not twenty). */
function options(): MarketOptions & { exportsOnly: boolean } {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { ...MARKET_ARGS, exports: { type: 'boolean', default: false } },
    allowPositionals: true,
    strict: false,
  });
  const options = marketOptions(values);
  if (!options) throw new Error('dashboard bench: --postings and --seed take whole numbers');
  return { ...options, exportsOnly: values.exports === true };
}

/** p50 and p95 rows of one URL. A baseline with no answer in time stands at the cap: a lower bound. */
function latencyRows(url: string, fast: Timing, slow: BaselineRun): BenchRow[] {
  const answered = slow.answer !== null;
  const baselineName = answered
    ? `counting rows, n=${slow.samples.length}`
    : `counting rows: no answer in ${ANSWER_CAP_MS / 1000} s, at least`;
  const of = (p: number) => (answered ? percentile(slow.samples, p) : ANSWER_CAP_MS);
  return ([50, 95] as const).map((p) => {
    const value = p === 50 ? fast.p50 : fast.p95;
    return {
      name: `GET ${url} p${p} (n=${fast.n})`,
      unit: 'ms',
      value,
      baselineName,
      baseline: of(p),
      ratio: of(p) / value,
      target: p === 95 ? `≤ ${P95_TARGET_MS} ms` : '—',
      met: p === 95 ? value <= P95_TARGET_MS : null,
      peakRssMiB: fast.peakRssMiB,
    };
  });
}

export async function run(): Promise<BenchRow[]> {
  const log = (line: string) => console.log(line);
  const { exportsOnly, ...marketOf } = options();
  const market = await cachedMarket(marketOf, (line) => process.stderr.write(`${line}\n`));
  if (market.generated) log(describeSummary(market.generated));
  const opened = openDatabase(market.path, { readonly: true });
  const ours = createApp({ db: opened.db });
  const mib = (statSync(market.path).size / 1024 / 1024).toFixed(0);
  log(`dashboard: ${market.path} (${mib} MiB)`);
  log('  requests through app.request() in process: no sockets, no HTTP parsing; bodies read to the end');
  log(
    `  baseline: the same app with counting: 'rows' (every count from the posting rows), in a child process; its first answer waited for up to ${ANSWER_CAP_MS / 1000} s, then at most ${SAMPLES} requests or ${BASELINE_CAP_MS / 1000} s a URL`,
  );
  const rows: BenchRow[] = [];
  const verdicts: string[] = [];
  const notBuilt: string[] = [];
  try {
    for (const url of exportsOnly ? [] : URLS) {
      const mine = await answerOf(ours, url);
      if (mine.status === 404) {
        notBuilt.push(url);
        continue;
      }
      if (mine.status !== 200) throw new Error(`dashboard bench: ${url} answered ${mine.status}`);
      process.stderr.write(`  GET ${url}…\n`);
      // Warm-up (the first answer was one): JIT, the statement cache, SQLite's page cache.
      await time(ours, url, 0, WARM_UP, WARM_UP_MS);
      const fast = await time(ours, url, 1, SAMPLES, OURS_CAP_MS);
      const slow = await runBaseline(market.path, url, {
        answerCapMs: ANSWER_CAP_MS,
        capMs: BASELINE_CAP_MS,
        samples: SAMPLES,
      });
      if (slow.answer && slow.answer.status !== 200) {
        throw new Error(`dashboard bench: ${url} answered 200, the baseline ${slow.answer.status}`);
      }
      if (slow.answer && !mine.html && !isDeepStrictEqual(mine.json, slow.answer.json)) {
        throw new Error(`dashboard bench: ${url} answers differ from the baseline's (kept counts ≠ counted rows)`);
      }
      rows.push(...latencyRows(url, fast, slow));
      const met = fast.p95 <= P95_TARGET_MS;
      const theirs = slow.answer
        ? `${percentile(slow.samples, 95).toFixed(1)} ms`
        : `no answer in ${ANSWER_CAP_MS / 1000} s`;
      verdicts.push(
        `${met ? 'PASS' : 'FAIL'}  p95 ≤ ${P95_TARGET_MS} ms  GET ${url}: ${fast.p95.toFixed(1)} ms (baseline ${theirs}${slow.answer && !mine.html ? ', same JSON' : ''})`,
      );
    }
    for (const url of EXPORTS) {
      const runs: ExportResult[] = [];
      // A short export (the skills CSV takes a tenth of a second) runs until EXPORT_MIN_MS have passed, so
      // its median is not one cold run's JIT warm-up; a long one runs EXPORT_RUNS times.
      const started = performance.now();
      while (
        runs.length < EXPORT_RUNS ||
        (runs.length < EXPORT_MAX_RUNS && performance.now() - started < EXPORT_MIN_MS)
      ) {
        const run = await streamExport(ours, url);
        if (!run) break;
        runs.push(run);
      }
      if (runs.length === 0) {
        notBuilt.push(url);
        continue;
      }
      // The median run's speed (the first is cold: its code paths not yet compiled); the most the heap grew in any.
      const rates = runs.map((r) => r.rows / r.seconds);
      const rate = percentile(rates, 50);
      const result = runs[rates.indexOf(rate)] ?? (runs[0] as ExportResult);
      const growth = Math.max(...runs.map((r) => r.heap.peak - r.heap.start));
      log(
        `  export ${url}: ${rates.map((r) => Math.round(r).toLocaleString('en-US')).join(', ')} rows/s in ${runs.length} runs`,
      );
      const flat = growth <= FLAT_HEAP_MIB;
      const met = rate >= EXPORT_TARGET_ROWS_PER_SEC && flat;
      const f = (n: number) => n.toFixed(0);
      log(
        `  export ${url}: ${result.rows.toLocaleString('en-US')} rows in ${result.seconds.toFixed(1)} s; heap MiB start/peak/end ${f(result.heap.start)}/${f(result.heap.peak)}/${f(result.heap.end)}, RSS MiB ${f(result.rss.start)}/${f(result.rss.peak)}/${f(result.rss.end)}`,
      );
      rows.push({
        name: `export ${url}, ${result.rows.toLocaleString('en-US')} rows streamed (median of ${runs.length})`,
        unit: 'rows/s',
        value: rate,
        baselineName: '',
        baseline: null,
        ratio: null,
        target: `≥ ${EXPORT_TARGET_ROWS_PER_SEC.toLocaleString('en-US')}/s, heap flat`,
        met,
        peakRssMiB: result.rss.peak,
      });
      verdicts.push(
        `${rate >= EXPORT_TARGET_ROWS_PER_SEC ? 'PASS' : 'FAIL'}  export ≥ ${EXPORT_TARGET_ROWS_PER_SEC.toLocaleString('en-US')} rows/s  ${url}: ${Math.round(rate).toLocaleString('en-US')} rows/s`,
        `${flat ? 'PASS' : 'FAIL'}  memory flat while exporting  ${url}: heap grew ${growth.toFixed(0)} MiB at most (≤ ${FLAT_HEAP_MIB} MiB)`,
      );
    }
  } finally {
    await opened.close();
  }
  for (const url of notBuilt) verdicts.push(`—     not built (404)  ${url}`);
  log(verdicts.join('\n'));
  return rows;
}
