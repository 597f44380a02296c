// `skillpulse schedule`: scrapes each enabled source on its cron schedule
// until SIGTERM or SIGINT. On start it marks runs left 'running' by a process
// that died as interrupted and logs each source's next run; on a signal it
// stops the runs in flight (their finished batches stay stored, the runs end
// as interrupted) and exits 0.
import type { Command } from 'commander';
import { markAbandonedRuns } from '../../db/leases.js';
import { migrateToLatest } from '../../db/migrate.js';
import type { Db } from '../../db/connection.js';
import { checkCron, type Scheduler, startScheduler } from '../../jobs/scheduler.js';
import { configuredSources } from '../../src/config/parse.js';
import type { SourceConfig } from '../../src/config/schema.js';
import { createEnricher } from '../../src/enrich/enrich.js';
import { type CommandContext, exitWhenDone } from '../context.js';
import { UsageError } from '../errors.js';

/** The enabled sources, their cron expressions checked: a usage error names a bad one. */
export function scheduledSources(ctx: CommandContext): SourceConfig[] {
  const sources = configuredSources(ctx.config).filter((s) => s.enabled);
  for (const cron of [ctx.config.schedule.cron, ...sources.flatMap((s) => s.schedule ?? [])]) {
    const problem = checkCron(cron);
    if (problem) throw new UsageError(`schedule: ${problem}`);
  }
  if (sources.length === 0) throw new UsageError('schedule: no enabled source in the config');
  return sources;
}

/**
 * Marks runs a dead process left 'running' as interrupted, starts the
 * scheduler on the migrated database and logs each source's next run.
 */
export async function startScheduling(ctx: CommandContext, db: Db, sources: SourceConfig[]): Promise<Scheduler> {
  const abandoned = await markAbandonedRuns(db, new Date());
  if (abandoned.length > 0) ctx.logger.warn({ runs: abandoned }, 'runs left by a stopped process marked interrupted');
  const scheduler = startScheduler({
    db,
    enricher: createEnricher(),
    sources,
    schedule: ctx.config.schedule,
    scraping: ctx.config.scraping,
    log: ctx.logger,
    chromiumPath: ctx.env.chromiumPath,
  });
  for (const { source, cron, next } of scheduler.plan()) {
    ctx.logger.info(
      { source, cron, next: next?.toISOString() ?? null },
      `${source}: next run ${next?.toISOString() ?? 'never'}`,
    );
  }
  return scheduler;
}

export async function runSchedule(ctx: CommandContext, stopped: Promise<string>): Promise<void> {
  const sources = scheduledSources(ctx);
  const opened = ctx.openDb();
  try {
    await migrateToLatest(opened.db);
    const scheduler = await startScheduling(ctx, opened.db, sources);
    const signal = await stopped;
    ctx.logger.info(`${signal}: stopping; runs in flight store what they read and end as interrupted`);
    await scheduler.stop();
  } finally {
    await opened.close();
  }
}

/** Resolves with the first SIGTERM or SIGINT. */
function firstSignal(): Promise<string> {
  return new Promise((resolve) => {
    const on = (signal: string) => {
      process.off('SIGTERM', on);
      process.off('SIGINT', on);
      resolve(signal);
    };
    process.on('SIGTERM', on);
    process.on('SIGINT', on);
  });
}

export function registerSchedule(program: Command, withContext: (cmd: Command) => CommandContext): void {
  program
    .command('schedule')
    .description('scrape each enabled source on its cron schedule until stopped (SIGTERM or SIGINT)')
    .action(async (_options: object, cmd: Command) => {
      await runSchedule(withContext(cmd), firstSignal());
      exitWhenDone();
    });
}
