// `skillpulse retag`: re-tags the stored corpus with the current taxonomy.
import type { Command } from 'commander';
import { migrateToLatest } from '../../db/migrate.js';
import { retagAll } from '../../jobs/retag.js';
import { createEnricher } from '../../src/enrich/enrich.js';
import { type CommandContext, withDatabase } from '../context.js';

export async function runRetag(ctx: CommandContext, out: NodeJS.WritableStream): Promise<void> {
  const started = performance.now();
  const result = await withDatabase(ctx, async ({ db }) => {
    await migrateToLatest(db);
    return retagAll({
      db,
      enricher: createEnricher(),
      onProgress: (done) => ctx.logger.debug({ done }, 'retag progress'),
    });
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  out.write(`re-tagged ${result.postings} postings with taxonomy ${result.taxonomyVersion} in ${seconds} s\n`);
}

export function registerRetag(program: Command, withContext: (cmd: Command) => CommandContext): void {
  program
    .command('retag')
    .description('re-tag every stored posting with the current taxonomy (no re-scraping)')
    .action(async (_options: unknown, cmd: Command) => {
      await runRetag(withContext(cmd), process.stdout);
    });
}
