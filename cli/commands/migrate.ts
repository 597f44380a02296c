// `skillpulse migrate`: brings the database schema up to date (or down).
import type { Command } from 'commander';
import { migrateDown, migrateToLatest } from '../../db/migrate.js';
import { type CommandContext, withDatabase } from '../context.js';

export interface MigrateOptions {
  down?: boolean;
}

export async function runMigrate(
  ctx: CommandContext,
  options: MigrateOptions,
  out: NodeJS.WritableStream,
): Promise<void> {
  ctx.logger.debug({ db: ctx.dbPath, config: ctx.configOrigin, down: Boolean(options.down) }, 'migrating');
  const report = await withDatabase(ctx, ({ db }) => (options.down ? migrateDown(db) : migrateToLatest(db)));
  if (report.applied.length === 0) {
    out.write(`${ctx.dbPath}: schema up to date at ${report.current.at(-1) ?? '(none)'}, nothing to do\n`);
  } else {
    const verb = options.down ? 'reverted' : 'applied';
    out.write(`${ctx.dbPath}: ${verb} ${report.applied.length} migration(s): ${report.applied.join(', ')}\n`);
  }
}

export function registerMigrate(program: Command, withContext: (cmd: Command) => CommandContext): void {
  program
    .command('migrate')
    .description('create or update the database schema (safe to run again)')
    .option('--down', 'revert every migration (drops all data)')
    .action(async (options: MigrateOptions, cmd: Command) => {
      await runMigrate(withContext(cmd), options, process.stdout);
    });
}
