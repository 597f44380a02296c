// One run of one configured source: the adapter says what to fetch and how to
// read it, the crawler fetches politely, the ingest enriches and stores in
// batches, and the run's record says what happened — new, updated,
// unchanged, closed, skipped and failed, each by reason.
import type { Request } from '@crawlee/core';
import type { Logger } from 'pino';
import type { Db } from '../db/connection.js';
import { acquireLease, interruptLeftoverRuns, leaseHolder, RENEW_MS, releaseLease, renewLease } from '../db/leases.js';
import { closeUnseen } from '../db/postings-store.js';
import { emptyCounts, finishRun, type RunCounts, startRun } from '../db/runs.js';
import type { RunStatus, RunTrigger } from '../db/schema.js';
import { syncTaxonomy } from '../db/skills.js';
import { ensureSource } from '../db/sources.js';
import { refreshSummaries } from '../db/summaries.js';
import type { ScrapingConfig, SourceConfig } from '../src/config/schema.js';
import type { Enricher } from '../src/enrich/enrich.js';
import { SourceFormatError, type SourceRequest } from './adapter.js';
import { type CrawlerSettings, createCrawler } from './crawler-factory.js';
import { Ingest } from './ingest.js';
import { adapterFor } from './registry.js';
import { FetchFailure, failureReason } from './retry.js';

export interface RunSourceDeps {
  db: Db;
  enricher: Enricher;
  scraping: ScrapingConfig;
  trigger: RunTrigger;
  now?: () => Date;
  log?: Pick<Logger, 'info' | 'warn' | 'debug'>;
  /** Called as pages are read and batches stored. */
  onProgress?: (progress: RunProgress) => void;
  /** Crawler details tests and the browser need (retry base, Chromium path). */
  crawler?: Pick<CrawlerSettings, 'retryBaseMs' | 'maxRetryAfterMs' | 'chromiumPath'>;
  batchSize?: number;
  /** Who takes the source's run lease (db/leases.ts); a fresh holder per run when not given. */
  holder?: string;
  /** Aborted: stop taking pages, store what was read, end the run as interrupted (SIGTERM, SIGINT). */
  signal?: AbortSignal;
}

export interface RunProgress {
  source: string;
  counts: RunCounts;
}

export interface RunSummary {
  source: string;
  /** null when the run did not start: another run of the source held its lease ('busy'). */
  runId: number | null;
  status: RunStatus | 'busy';
  counts: RunCounts;
  error: string | null;
}

export async function runSource(source: SourceConfig, deps: RunSourceDeps): Promise<RunSummary> {
  const now = deps.now ?? (() => new Date());
  const { db } = deps;
  await ensureSkills(db);
  const { name, type, ...settings } = source;
  const sourceId = await ensureSource(db, { name, type, settings }, now());
  const holder = deps.holder ?? leaseHolder();
  if (!(await acquireLease(db, sourceId, holder, now()))) {
    deps.log?.warn({ source: name }, 'another run of this source is still going; not started');
    return { source: name, runId: null, status: 'busy', counts: emptyCounts(), error: null };
  }
  const leftover = await interruptLeftoverRuns(db, sourceId, now());
  if (leftover.length > 0)
    deps.log?.warn({ source: name, runs: leftover }, 'runs left by a stopped process marked interrupted');
  // Renewed while the run is alive; unref'd, so a forgotten timer never keeps the process up.
  const renewal = setInterval(() => {
    renewLease(db, sourceId, holder, now()).catch((cause) =>
      deps.log?.warn({ source: name, error: String(cause) }, 'run lease not renewed'),
    );
  }, RENEW_MS);
  renewal.unref();
  try {
    return await leasedRun(source, deps, sourceId);
  } finally {
    clearInterval(renewal);
    await releaseLease(db, sourceId, holder);
  }
}

async function leasedRun(source: SourceConfig, deps: RunSourceDeps, sourceId: number): Promise<RunSummary> {
  const now = deps.now ?? (() => new Date());
  const { db } = deps;
  const adapter = adapterFor(source.type);
  const { name, type } = source;
  const startedAt = now();
  const runId = await startRun(db, sourceId, deps.trigger, startedAt);
  const counts = emptyCounts();
  const progress = () => deps.onProgress?.({ source: name, counts });
  const ingest = new Ingest({
    db,
    sourceId,
    runId,
    enricher: deps.enricher,
    counts,
    now,
    batchSize: deps.batchSize,
    onBatch: progress,
  });
  const context = { now: startedAt };
  // Requests already handed to the crawler, by unique key (the URL). A link on every page (a "more jobs"
  // box, a breadcrumb back to the listing) is queued once, not built into a Crawlee request per page
  // only for Crawlee to find it queued: that measured a third of the crawl's time on a site with them.
  const queued = new Set<string>();
  const unqueued = (requests: readonly SourceRequest[]) =>
    requests.filter((r) => !queued.has(r.url) && queued.add(r.url)).map(toCrawleeRequest);
  const fail = (reason: string) => {
    counts.failed++;
    counts.failureReasons[reason] = (counts.failureReasons[reason] ?? 0) + 1;
  };

  let error: string | null = null;
  // Set when a stop's grace ran out with pages still in flight (a host that never answers).
  let left = false;
  try {
    const crawler = createCrawler(
      {
        kind: adapter.format === 'json' ? 'http' : type === 'browser' ? 'browser' : 'cheerio',
        scraping: deps.scraping,
        now,
        ...deps.crawler,
      },
      {
        async onPage(page) {
          // A page that answers after the run was left: its run is already recorded as ended.
          if (left) return;
          counts.pagesFetched++;
          const body = adapter.format === 'json' ? parseJson(page.body, page.request.url) : page.body;
          let result: ReturnType<typeof adapter.read>;
          try {
            result = adapter.read(body, toSourceRequest(page.request), source, context);
          } catch (cause) {
            if (cause instanceof SourceFormatError) throw new FetchFailure('bad-format', cause.message, true);
            throw cause;
          }
          ingest.skip(result.skipped);
          await ingest.add(result.postings);
          const next = unqueued(result.next);
          if (next.length > 0) await crawler.addRequests(next);
          progress();
        },
        onFailed(request, cause) {
          const reason = failureReason(cause);
          fail(reason);
          deps.log?.warn({ source: name, url: request.url, reason }, `request failed: ${cause.message}`);
        },
        onSkipped(url, reason) {
          // robots.txt is checked by our own guard and fails as 'robots-txt'; what Crawlee skips is counted by its reason.
          fail(`skipped-${reason}`);
          deps.log?.debug({ source: name, url, reason }, 'request skipped');
        },
      },
    );
    // Stopping lets the pages in flight finish; what they read is stored by the flush below.
    const stop = () => crawler.stop('the run was asked to stop');
    deps.signal?.addEventListener('abort', stop, { once: true });
    try {
      if (!deps.signal?.aborted) {
        const ended = await crawlOrLeave(crawler.run(unqueued(adapter.start(source, context))), deps.signal);
        if (ended === 'left') {
          left = true;
          deps.log?.warn(
            { source: name },
            `pages still in flight ${STOP_GRACE_MS / 1000} s after the stop: left unread`,
          );
        }
      }
    } finally {
      deps.signal?.removeEventListener('abort', stop);
    }
    await ingest.flush();
    // Only a listing read in full says what is gone: after any failure or a stop, nothing is closed.
    if (adapter.completeListing && counts.failed === 0 && !deps.signal?.aborted) {
      counts.closed = await closeUnseen(db, sourceId, startedAt, now());
    }
  } catch (cause) {
    error = cause instanceof Error ? cause.message : String(cause);
    deps.log?.warn({ source: name, error }, 'run failed');
    await ingest.flush().catch(() => undefined);
  }
  const status: RunStatus = deps.signal?.aborted
    ? 'interrupted'
    : error !== null || (counts.failed > 0 && counts.pagesFetched === 0)
      ? 'failed'
      : counts.failed > 0
        ? 'partial'
        : 'succeeded';
  await finishRun(db, runId, { status, counts, error }, now());
  progress();
  return { source: name, runId, status, counts, error };
}

/**
 * After a stop, pages in flight get this long to finish; past it the run
 * stores what it has and ends as interrupted without them, so a host that
 * never answers cannot hold a stopping process past its 10 s (a SIGTERM).
 */
export const STOP_GRACE_MS = 5_000;

/** 'done' when the crawl ends; 'left' when it is still going STOP_GRACE_MS after the signal aborted it. */
function crawlOrLeave(crawl: Promise<unknown>, signal: AbortSignal | undefined): Promise<'done' | 'left'> {
  return new Promise((resolve, reject) => {
    let grace: NodeJS.Timeout | undefined;
    const onAbort = () => {
      grace = setTimeout(() => resolve('left'), STOP_GRACE_MS);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    crawl
      .then(() => resolve('done'), reject)
      .finally(() => {
        clearTimeout(grace);
        signal?.removeEventListener('abort', onAbort);
      });
  });
}

function parseJson(body: string, url: string): unknown {
  try {
    return JSON.parse(body.charCodeAt(0) === 0xfeff ? body.slice(1) : body);
  } catch (cause) {
    throw new FetchFailure('malformed-json', `${url}: not JSON (${(cause as Error).message})`, true);
  }
}

function toCrawleeRequest(r: SourceRequest) {
  return { url: r.url, label: r.label, uniqueKey: r.url, userData: { data: r.data ?? {} } };
}

function toSourceRequest(r: Request): SourceRequest {
  return { url: r.url, label: r.label ?? '', data: (r.userData.data ?? {}) as SourceRequest['data'] };
}

const synced = new WeakSet<Db>();

/** Skills are foreign keys of posting_skills: the table must hold the taxonomy before tags are written. */
async function ensureSkills(db: Db): Promise<void> {
  if (synced.has(db)) return;
  await syncTaxonomy(db);
  synced.add(db);
}

/**
 * The summary tables are rebuilt once the runs are done, so the dashboard
 * reads them rather than counting rows (once, not after each source: at a
 * million postings a rebuild takes about a minute). A failure here loses
 * nothing (the views count rows until the next refresh), so it is logged,
 * not thrown.
 */
export async function refreshAfterRuns(db: Db, log: RunSourceDeps['log']): Promise<void> {
  const started = Date.now();
  try {
    if (await refreshSummaries(db)) log?.info({ ms: Date.now() - started }, 'summaries rebuilt');
  } catch (cause) {
    log?.warn({ error: cause instanceof Error ? cause.message : String(cause) }, 'summary refresh failed');
  }
}
