// `skillpulse scrape`: runs the configured sources once (or one of them) and
// prints a summary table: what each run found, and why anything failed.
import type { Command } from 'commander';
import { markAbandonedRuns } from '../../db/leases.js';
import { migrateToLatest } from '../../db/migrate.js';
import type { RunTrigger } from '../../db/schema.js';
import { type RunProgress, type RunSummary, refreshAfterRuns, runSource } from '../../scrapers/run-source.js';
import { configuredSources } from '../../src/config/parse.js';
import { createEnricher } from '../../src/enrich/enrich.js';
import { type CommandContext, withDatabase } from '../context.js';
import { CommandFailed, UsageError } from '../errors.js';
import { summaryTable } from '../summary-table.js';

export interface ScrapeOptions {
  source?: string;
  trigger?: RunTrigger;
}

export async function runScrape(
  ctx: CommandContext,
  options: ScrapeOptions,
  out: NodeJS.WritableStream,
  progressOut: (NodeJS.WritableStream & { isTTY?: boolean }) | null,
): Promise<RunSummary[]> {
  const all = configuredSources(ctx.config);
  const enabled = all.filter((s) => s.enabled);
  const chosen = options.source ? all.filter((s) => s.name === options.source) : enabled;
  if (options.source && chosen.length === 0) {
    throw new UsageError(`no source named "${options.source}"; configured: ${all.map((s) => s.name).join(', ')}`);
  }
  const enricher = createEnricher();
  const live = progressOut?.isTTY ? progressOut : null;
  let lastLog = 0;
  const onProgress = ({ source, counts }: RunProgress) => {
    const line = `${source}: ${counts.pagesFetched} pages, ${counts.new} new, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.skipped} skipped, ${counts.failed} errors`;
    if (live) live.write(`\r\x1b[2K${line}`);
    else if (Date.now() - lastLog > 5_000) {
      lastLog = Date.now();
      ctx.logger.info({ source, ...counts }, 'scrape progress');
    }
  };
  const summaries = await withDatabase(ctx, async ({ db }) => {
    await migrateToLatest(db);
    const abandoned = await markAbandonedRuns(db, new Date());
    if (abandoned.length > 0) ctx.logger.warn({ runs: abandoned }, 'runs left by a stopped process marked interrupted');
    const done: RunSummary[] = [];
    for (const source of chosen) {
      const summary = await runSource(source, {
        db,
        enricher,
        scraping: ctx.config.scraping,
        trigger: options.trigger ?? 'manual',
        log: ctx.logger,
        onProgress,
        crawler: { chromiumPath: ctx.env.chromiumPath },
      });
      if (live) live.write('\r\x1b[2K');
      ctx.logger.info(
        { source: summary.source, status: summary.status, ...summary.counts },
        `${summary.source}: ${summary.status}`,
      );
      done.push(summary);
    }
    await refreshAfterRuns(db, ctx.logger);
    return done;
  });
  out.write(`${summaryTable(summaries)}\n`);
  const failed = summaries.filter((s) => s.status === 'failed');
  if (failed.length > 0) {
    throw new CommandFailed(`scrape: ${failed.map((s) => s.source).join(', ')} failed (see the table)`);
  }
  return summaries;
}

export function registerScrape(program: Command, withContext: (cmd: Command) => CommandContext): void {
  program
    .command('scrape')
    .description('run the configured scrapers once and store what they find')
    .option('--source <name>', 'run only this configured source')
    .action(async (options: { source?: string }, cmd: Command) => {
      await runScrape(withContext(cmd), { source: options.source }, process.stdout, process.stderr);
    });
}
