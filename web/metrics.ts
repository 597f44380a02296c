// GET /metrics in the Prometheus text format, with prom-client: the scrapes
// (runs by outcome, postings stored and changed, failures and run durations
// per source, read from the run records at each scrape of /metrics, so runs
// of every process count) and this server's HTTP requests (counts and
// latencies per route pattern, never per raw path, so the label set stays
// bounded whatever URLs clients send).
import type { Handler, MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Db } from '../db/connection.js';
import type { Counting } from '../db/job-counts.js';
import { runDurations, runTotals } from '../db/run-metrics.js';
import { sourceHealth } from '../db/run-health.js';

export interface MetricsOptions {
  /** Also report the process (CPU, memory, event loop, GC): for a server, not for every app a test makes. */
  process?: boolean;
}

/** Seconds: a page or API call answers in milliseconds; an export's headers in well under a second. */
const HTTP_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Seconds: a source's run takes from seconds (one API call) to hours (a big careers site, politely). */
const RUN_BUCKETS = [10, 30, 60, 300, 900, 1800, 3600, 7200, 14_400];

export interface Metrics {
  /** Middleware timing every request after it: mount it first. */
  timing: MiddlewareHandler;
  /** GET /metrics. */
  endpoint: Handler;
}

export function createMetrics(
  deps: { db: Db; counting: Counting; now: () => Date },
  options: MetricsOptions = {},
): Metrics {
  const registry = new Registry();
  if (options.process) collectDefaultMetrics({ register: registry });
  const scrapes = scrapeMetrics(registry);
  return {
    timing: httpMetrics(registry),
    endpoint: async (c) => {
      await scrapes.refresh(deps.db, deps.counting, deps.now());
      return c.body(await registry.metrics(), 200, { 'Content-Type': registry.contentType });
    },
  };
}

function httpMetrics(registry: Registry): MiddlewareHandler {
  const labelNames = ['method', 'route', 'status'] as const;
  const requests = new Counter({
    name: 'skillpulse_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status',
    labelNames,
    registers: [registry],
  });
  const seconds = new Histogram({
    name: 'skillpulse_http_request_duration_seconds',
    help: 'Time to answer an HTTP request (its headers; a streamed export goes on after), by method, route pattern and status',
    labelNames,
    buckets: HTTP_BUCKETS,
    registers: [registry],
  });
  return async (c, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      // The handler's pattern ('/skills/:id'); a request no route took ends at the catch-all middleware.
      const pattern = routePath(c, -1);
      const labels = {
        method: c.req.method,
        route: pattern === '*' || pattern === '/*' ? 'unmatched' : pattern,
        status: String(c.res.status),
      };
      requests.inc(labels);
      seconds.observe(labels, (performance.now() - started) / 1000);
    }
  };
}

function scrapeMetrics(registry: Registry) {
  const registers = [registry];
  const runs = new Counter({
    name: 'skillpulse_scrape_runs_total',
    help: 'Ended scrape runs by source and outcome (succeeded, partial, failed, interrupted)',
    labelNames: ['source', 'status'],
    registers,
  });
  const changes = new Counter({
    name: 'skillpulse_scrape_postings_total',
    help: 'Postings the runs stored as new or updated, or closed, by source',
    labelNames: ['source', 'change'],
    registers,
  });
  const failures = new Counter({
    name: 'skillpulse_scrape_failures_total',
    help: 'Pages and postings that failed inside the runs, by source',
    labelNames: ['source'],
    registers,
  });
  const durations = new Histogram({
    name: 'skillpulse_scrape_run_duration_seconds',
    help: 'Wall time of each ended run, by source',
    labelNames: ['source'],
    buckets: RUN_BUCKETS,
    registers,
  });
  const stored = new Gauge({
    name: 'skillpulse_postings_stored',
    help: 'Postings stored, by source and state (open, or closed: gone from the source)',
    labelNames: ['source', 'state'],
    registers,
  });
  const lastSuccess = new Gauge({
    name: 'skillpulse_source_last_success_timestamp_seconds',
    help: 'End of the source’s last succeeded or partial run, Unix seconds (absent before one)',
    labelNames: ['source'],
    registers,
  });

  return {
    /** Sets every scrape metric from the run records: a snapshot, not a count kept since this process started. */
    async refresh(db: Db, counting: Counting, now: Date): Promise<void> {
      const [totals, times, health] = await Promise.all([
        runTotals(db),
        runDurations(db),
        sourceHealth(db, now, counting),
      ]);
      for (const metric of [runs, changes, failures, durations, stored, lastSuccess]) metric.reset();
      for (const t of totals) {
        runs.inc({ source: t.source, status: t.status }, t.runs);
        changes.inc({ source: t.source, change: 'new' }, t.postingsNew);
        changes.inc({ source: t.source, change: 'updated' }, t.postingsUpdated);
        changes.inc({ source: t.source, change: 'closed' }, t.postingsClosed);
        failures.inc({ source: t.source }, t.failed);
      }
      for (const { source, seconds } of times) durations.observe({ source }, seconds);
      for (const h of health) {
        stored.set({ source: h.source, state: 'open' }, h.openPostings);
        stored.set({ source: h.source, state: 'closed' }, h.postings - h.openPostings);
        if (h.lastSuccessAt) lastSuccess.set({ source: h.source }, Date.parse(h.lastSuccessAt) / 1000);
      }
    },
  };
}
