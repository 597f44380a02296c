// The nightly scrapes: one node-cron task per enabled source, on the
// source's own cron expression or the global one. A task never overlaps
// itself in this process (node-cron's noOverlap), and a run never starts
// while another process runs the same source (the run lease, db/leases.ts).
// Stopping aborts the runs in flight: each stores what it read and ends as
// interrupted.
import cron from 'node-cron';
import type { Logger } from 'pino';
import type { Db } from '../db/connection.js';
import { type RunSummary, refreshAfterRuns, runSource } from '../scrapers/run-source.js';
import type { ScheduleConfig, ScrapingConfig, SourceConfig } from '../src/config/schema.js';
import type { Enricher } from '../src/enrich/enrich.js';

export interface SchedulerDeps {
  db: Db;
  enricher: Enricher;
  sources: readonly SourceConfig[];
  schedule: ScheduleConfig;
  scraping: ScrapingConfig;
  log: Pick<Logger, 'info' | 'warn' | 'debug'>;
  chromiumPath?: string | undefined;
  /** Called after each run, once the summaries are refreshed (tests wait on it). */
  onRun?: (summary: RunSummary) => void;
}

export interface Scheduler {
  /** Each scheduled source with its cron expression and next run. */
  plan(): Array<{ source: string; cron: string; next: Date | null }>;
  /** Stops the tasks, aborts the runs in flight and waits for them to store what they read. */
  stop(): Promise<void>;
}

export function startScheduler(deps: SchedulerDeps): Scheduler {
  // node-cron's own lines (coloured, on stdout) go through our logger, at debug: its overlap warning
  // repeats what the execution:overlap handler below logs once per skipped tick.
  cron.setLogger({
    info: (message) => deps.log.debug({ from: 'node-cron' }, message),
    warn: (message) => deps.log.debug({ from: 'node-cron' }, message),
    error: (message) => deps.log.warn({ from: 'node-cron' }, String(message)),
    debug: (message) => deps.log.debug({ from: 'node-cron' }, String(message)),
  });
  const abort = new AbortController();
  const running = new Set<Promise<void>>();
  const tasks = deps.sources
    .filter((s) => s.enabled)
    .map((source) => {
      const expression = source.schedule ?? deps.schedule.cron;
      const task = cron.schedule(expression, () => track(runScheduled(source)), {
        name: source.name,
        timezone: deps.schedule.timezone,
        noOverlap: true,
      });
      task.on('execution:overlap', () => {
        deps.log.info({ source: source.name }, 'previous run still going; this one skipped');
      });
      return { source: source.name, expression, task };
    });

  /** Tracked so stop() can wait for it; node-cron's noOverlap waits on the promise returned here. */
  function track(run: Promise<void>): Promise<void> {
    running.add(run);
    return run.finally(() => running.delete(run));
  }

  async function runScheduled(source: SourceConfig): Promise<void> {
    if (abort.signal.aborted) return;
    try {
      const summary = await runSource(source, {
        db: deps.db,
        enricher: deps.enricher,
        scraping: deps.scraping,
        trigger: 'scheduled',
        log: deps.log,
        signal: abort.signal,
        crawler: { chromiumPath: deps.chromiumPath },
      });
      // Not while stopping: at a million postings a rebuild takes a minute, and the next start does it.
      if (summary.status !== 'busy' && !abort.signal.aborted) await refreshAfterRuns(deps.db, deps.log);
      const { counts } = summary;
      deps.log.info(
        {
          source: summary.source,
          status: summary.status,
          new: counts.new,
          updated: counts.updated,
          closed: counts.closed,
          failed: counts.failed,
        },
        `${summary.source}: ${summary.status}, ${counts.new} new, ${counts.updated} updated, ${counts.closed} closed, ${counts.failed} failed`,
      );
      deps.onRun?.(summary);
    } catch (cause) {
      deps.log.warn({ source: source.name, error: String(cause) }, 'scheduled run failed to run');
    }
  }

  return {
    plan: () => tasks.map(({ source, expression, task }) => ({ source, cron: expression, next: task.getNextRun() })),
    async stop() {
      abort.abort();
      await Promise.all(tasks.map(({ task }) => task.stop()));
      await Promise.allSettled([...running]);
      await Promise.all(tasks.map(({ task }) => task.destroy()));
    },
  };
}

/** The cron expression a source runs on, or the reason it is not valid for node-cron. */
export function checkCron(expression: string): string | null {
  return cron.validate(expression) ? null : `not a valid cron expression: "${expression}"`;
}
