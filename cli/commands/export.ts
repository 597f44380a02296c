// `skillpulse export skills|postings`: the CSV exports of the dashboard, under
// the same filters and checked by the same schema. With --out the file is
// written under a temporary name and renamed when complete (an interrupted
// export never leaves a half file under the real name), with its method
// note beside it as FILE.meta.json; without, the CSV goes to stdout.
import { createWriteStream, existsSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Argument, type Command } from 'commander';
import { migrateToLatest } from '../../db/migrate.js';
import { SENIORITIES, WORK_MODES } from '../../src/domain.js';
import { csvChunks } from '../../src/export/csv.js';
import { clientError, validationMessage } from '../../web/errors.js';
import {
  PostingsExportQuery,
  type PreparedExport,
  preparePostingsExport,
  prepareSkillsExport,
  SkillsExportQuery,
} from '../../web/export/exports.js';
import { FilterParams } from '../../web/filter-params.js';
import { type CommandContext, withDatabase } from '../context.js';
import { CommandFailed, UsageError } from '../errors.js';

export type ExportWhat = 'skills' | 'postings';

/** The filter options are the HTTP filter parameters by name (commander camel-cases --work-mode). */
type FilterKey = keyof typeof FilterParams.shape;
const FILTER_KEYS = Object.keys(FilterParams.shape) as FilterKey[];

export type ExportOptions = { out?: string; bom?: boolean; currency?: string } & { [K in FilterKey]?: string };

export async function runExport(
  ctx: CommandContext,
  what: ExportWhat,
  options: ExportOptions,
  stdout: NodeJS.WritableStream,
): Promise<void> {
  const query: Record<string, string> = {};
  for (const key of FILTER_KEYS) if (options[key] !== undefined) query[key] = options[key];
  if (options.currency !== undefined) {
    if (what !== 'skills') throw new UsageError('--currency: only the skills export has salary columns');
    query.currency = options.currency;
  }
  // The HTTP routes' schema, so the CLI accepts exactly what /export/*.csv accepts.
  const parsed = (what === 'skills' ? SkillsExportQuery : PostingsExportQuery).safeParse(query);
  if (!parsed.success) throw new UsageError(asOption(validationMessage(parsed.error.issues)));
  // Before any counting: a typo in the folder should not cost a whole export.
  if (options.out !== undefined && !existsSync(dirname(resolve(options.out)))) {
    throw new CommandFailed(`cannot write ${options.out}: no folder ${dirname(resolve(options.out))}`);
  }
  if (ctx.dbPath !== ':memory:' && !existsSync(ctx.dbPath)) {
    throw new CommandFailed(`no database at ${ctx.dbPath} (run skillpulse scrape first, or pass --db)`);
  }

  await withDatabase(ctx, async ({ db }) => {
    await migrateToLatest(db);
    const generatedAt = new Date();
    let prepared: PreparedExport;
    try {
      prepared =
        what === 'skills'
          ? await prepareSkillsExport(db, 'aggregates', parsed.data, generatedAt)
          : await preparePostingsExport(db, parsed.data, generatedAt);
    } catch (error) {
      // What HTTP would answer as the client's error is, here, an option the user got wrong.
      const known = error instanceof Error ? clientError(error) : undefined;
      if (known) throw new UsageError(asOption(known.message));
      throw error;
    }
    let rows = 0;
    const csv = csvChunks(await prepared.pages(), prepared.columns, {
      bom: Boolean(options.bom),
      counted: (batch) => {
        rows += batch;
      },
    });
    if (options.out === undefined) {
      await toStdout(csv, stdout);
      return;
    }
    await writeAtomically(options.out, csv, prepared);
    stdout.write(`wrote ${rows} rows to ${options.out} (method: ${options.out}.meta.json)\n`);
  });
}

/** "workMode: …" (a query parameter) as "--work-mode: …" (the option the user typed). */
function asOption(message: string): string {
  return message.replace(/^(\w+):/, (_, name: string) => `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:`);
}

async function toStdout(csv: AsyncIterable<Uint8Array>, stdout: NodeJS.WritableStream): Promise<void> {
  try {
    await pipeline(csv, stdout, { end: false });
  } catch (error) {
    // The reader went away (`| head`): it has what it wanted.
    if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
  }
}

/**
 * The CSV, then its method note, each written under a temporary name and
 * renamed when whole: the note first, so a new CSV always has its note.
 */
async function writeAtomically(out: string, csv: AsyncIterable<Uint8Array>, prepared: PreparedExport): Promise<void> {
  const suffix = `.${process.pid}.tmp`;
  const csvTmp = `${out}${suffix}`;
  const meta = `${out}.meta.json`;
  const metaTmp = `${meta}${suffix}`;
  let metaRenamed = false;
  try {
    await pipeline(csv, createWriteStream(csvTmp));
    await writeFile(metaTmp, `${JSON.stringify(prepared.meta, null, 2)}\n`);
    await rename(metaTmp, meta);
    metaRenamed = true;
    await rename(csvTmp, out);
  } catch (error) {
    const leftovers = [csvTmp, metaTmp, ...(metaRenamed ? [meta] : [])];
    await Promise.all(leftovers.map((path) => rm(path, { force: true })));
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : code;
    if (why) throw new CommandFailed(`cannot write ${out}: ${why}`);
    throw error;
  }
}

export function registerExport(program: Command, withContext: (cmd: Command) => CommandContext): void {
  program
    .command('export')
    .description('export skill-demand or postings CSV')
    .addArgument(
      new Argument('<what>', 'skills: one row per skill × period; postings: one row per posting').choices([
        'skills',
        'postings',
      ]),
    )
    .option('--out <file>', 'write the CSV to this file and its method note to <file>.meta.json (default: stdout)')
    .option('--bom', 'start the file with a UTF-8 byte order mark, for spreadsheets')
    .option('--from <date>', 'first day counted, YYYY-MM-DD (default: the first day with data)')
    .option('--to <date>', 'last day counted, YYYY-MM-DD (default: the last day with data)')
    .option('--interval <interval>', 'skills: month or week (default: month)')
    .option('--seniority <list>', `comma-separated: ${SENIORITIES.join(', ')}`)
    .option('--work-mode <list>', `comma-separated: ${WORK_MODES.join(', ')}`)
    .option('--country <list>', 'comma-separated ISO 3166-1 alpha-2 codes (US,DE)')
    .option('--source <list>', 'comma-separated configured source names')
    .option('--category <list>', 'comma-separated skill categories (skills listed; postings tagged with one)')
    .option('--currency <code>', 'skills: salary currency, ISO 4217 (default: the one most salaried jobs state)')
    .addHelpText(
      'after',
      '\nThe method note (taxonomy version, window, filters, counting rules, columns with units) is written\n' +
        'only with --out, as <file>.meta.json; a CSV sent to stdout has none: use --out to keep it.',
    )
    .action(async (what: ExportWhat, options: ExportOptions, cmd: Command) => {
      await runExport(withContext(cmd), what, options, process.stdout);
    });
}
