// `skillpulse runs`: the scrape history, newest first, as a table or as JSON
// (`--json`: one object per run with its trigger, status, times and counts).
import { type Command, InvalidArgumentError } from 'commander';
import { migrateToLatest } from '../../db/migrate.js';
import { type RunRecord, runHistory } from '../../db/run-health.js';
import type { CommandContext } from '../context.js';
import { textTable } from '../summary-table.js';

export interface RunsOptions {
  source?: string;
  limit: number;
  json: boolean;
}

/** A run as `--json` prints it. */
export function runJson(r: RunRecord) {
  return {
    id: r.id,
    source: r.source,
    trigger: r.trigger,
    status: r.status,
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
    new: r.new,
    updated: r.updated,
    unchanged: r.unchanged,
    closed: r.closed,
    skipped: r.skipped,
    failed: r.failed,
  };
}

const COLUMNS = [
  'id',
  'source',
  'trigger',
  'status',
  'started',
  'finished',
  'new',
  'updated',
  'unchanged',
  'closed',
  'skipped',
  'failed',
];

export function runsTable(runs: readonly RunRecord[]): string {
  const rows = runs.map((r) => {
    const j = runJson(r);
    return [
      j.id,
      j.source,
      j.trigger,
      j.status,
      j.startedAt,
      j.finishedAt ?? '—',
      j.new,
      j.updated,
      j.unchanged,
      j.closed,
      j.skipped,
      j.failed,
    ].map(String);
  });
  return textTable(COLUMNS, rows, (i) => i === 0 || i >= 6);
}

export async function runRuns(ctx: CommandContext, options: RunsOptions, out: NodeJS.WritableStream): Promise<void> {
  const opened = ctx.openDb();
  try {
    await migrateToLatest(opened.db);
    const { runs } = await runHistory(opened.db, { source: options.source, limit: options.limit });
    out.write(options.json ? `${JSON.stringify(runs.map(runJson), null, 2)}\n` : `${runsTable(runs)}\n`);
  } finally {
    await opened.close();
  }
}

function parseLimit(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 10_000)
    throw new InvalidArgumentError('expected a whole number, 1 to 10000');
  return n;
}

export function registerRuns(program: Command, withContext: (cmd: Command) => CommandContext): void {
  program
    .command('runs')
    .description('list scrape runs, newest first')
    .option('--source <name>', 'only this source')
    .option('--limit <n>', 'at most this many runs', parseLimit, 50)
    .option('--json', 'print JSON instead of a table', false)
    .action(async (options: RunsOptions, cmd: Command) => {
      await runRuns(withContext(cmd), options, process.stdout);
    });
}
