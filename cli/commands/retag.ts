// `skillpulse retag`: re-tags the stored corpus with the current taxonomy.
import type { Command } from 'commander';
import { migrateToLatest } from '../../db/migrate.js';
import { retagAll } from '../../jobs/retag.js';
import { createEnricher } from '../../src/enrich/enrich.js';
import type { CommandContext } from '../context.js';

export async function runRetag(ctx: CommandContext, out: NodeJS.WritableStream): Promise<void> {
  const opened = ctx.openDb();
  try {
    await migrateToLatest(opened.db);
    const enricher = createEnricher();
    const started = performance.now();
    const result = await retagAll({
      db: opened.db,
      enricher,
      onProgress: (done) => ctx.logger.debug({ done }, 'retag progress'),
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    out.write(`re-tagged ${result.postings} postings with taxonomy ${result.taxonomyVersion} in ${seconds} s\n`);
  } finally {
    await opened.close();
  }
}

export function registerRetag(program: Command, withContext: (cmd: Command) => CommandContext): void {
  program
    .command('retag')
    .description('re-tag every stored posting with the current taxonomy (no re-scraping)')
    .action(async (_options: unknown, cmd: Command) => {
      await runRetag(withContext(cmd), process.stdout);
    });
}
