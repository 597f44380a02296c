// `skillpulse demo`: the product on a fresh machine, with no network and no
// config. It starts the sample market on 127.0.0.1 (sample/market/: every
// source format, 24 months up to today, drawn from a seed), scrapes it with
// the real scrapers and pipeline into a fresh database, then serves the
// dashboard until Ctrl-C. The database is a temporary file, removed on exit,
// unless --keep (then ./data/demo.db, or --db) keeps it for `skillpulse serve`.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Command, InvalidArgumentError } from 'commander';
import { openDatabase } from '../../db/connection.js';
import { sampleMarket } from '../../sample/market/model.js';
import { startMarketServer } from '../../sample/market/server.js';
import { configSchema } from '../../src/config/schema.js';
import { type CommandContext, exitWhenDone, type GlobalOptions } from '../context.js';
import { CommandFailed, UsageError } from '../errors.js';
import { runScrape } from './scrape.js';
import { runServe } from './serve.js';

export interface DemoOptions {
  port?: number;
  keep?: boolean;
  seed?: number;
  postings?: number;
  /** The global --db, when given: where a kept demo database goes. */
  db?: string | undefined;
}

const KEPT_DB = './data/demo.db';
const DEFAULT_POSTINGS = 20_000;

export async function runDemo(ctx: CommandContext, options: DemoOptions, out: NodeJS.WritableStream): Promise<void> {
  const today = new Date();
  const market = sampleMarket({ seed: options.seed ?? 1, today, postings: options.postings ?? DEFAULT_POSTINGS });
  const scratch = options.keep ? null : mkdtempSync(join(tmpdir(), 'skillpulse-demo-'));
  const dbPath = scratch ? join(scratch, 'demo.db') : (options.db ?? KEPT_DB);
  if (!scratch) await refuseNonDemoDatabase(dbPath);
  out.write(
    `sample market: ${market.companies} companies, ${market.jobs.toLocaleString('en-US')} jobs in ` +
      `${market.postings.toLocaleString('en-US')} postings on ${market.sources.length} sources, ` +
      `${market.months[0]} to ${market.months.at(-1)}\n`,
  );
  const server = await startMarketServer(market.sources);
  try {
    const config = configSchema.parse({
      ...ctx.config,
      sources: server.sourceConfigs(),
      // A local server: no politeness delay, and every request answered at once.
      scraping: { ...ctx.config.scraping, perHostDelaySecs: 0, requestsPerMinute: 6_000, maxRetries: 0 },
    });
    const demo: CommandContext = {
      ...ctx,
      config,
      configOrigin: 'the sample market',
      dbPath,
      openDb: (openOptions) => openDatabase(dbPath, openOptions),
    };
    try {
      await runScrape(demo, { trigger: 'demo' }, out, process.stderr);
    } catch (error) {
      // A source the market serves broken on purpose, or Chromium missing for the browser-rendered site.
      if (!(error instanceof CommandFailed)) throw error;
      ctx.logger.warn(`${error.message}; the dashboard shows the rest`);
    }
    await runServe(demo, { port: options.port ?? ctx.config.server.port }, out);
  } finally {
    await server.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
    else out.write(`kept ${dbPath}: skillpulse --db ${dbPath} serve\n`);
  }
}

/** A kept demo database is rebuilt each time, so it must not be one that holds real scrapes. */
async function refuseNonDemoDatabase(path: string): Promise<void> {
  if (!existsSync(path)) return;
  const opened = openDatabase(path);
  try {
    const tables = await opened.db.introspection.getTables();
    const real = tables.some((t) => t.name === 'scrape_runs')
      ? await opened.db.selectFrom('scrape_runs').select('id').where('trigger', '!=', 'demo').limit(1).execute()
      : [];
    if (real.length > 0) throw new UsageError(`${path} holds scrapes that are not the demo's: pass another --db`);
  } finally {
    await opened.close();
  }
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
}

function wholeNumber(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number');
  return Number(value);
}

export function registerDemo(program: Command, withContext: (cmd: Command) => CommandContext): void {
  program
    .command('demo')
    .description('scrape the bundled sample market (on 127.0.0.1, no network) and open the dashboard')
    .option('--port <n>', 'dashboard port (default: config server.port, 3000)', wholeNumber)
    .option('--keep', `keep the database (${KEPT_DB}, or --db) for a later \`skillpulse serve\``)
    .option('--seed <n>', 'the sample market’s seed (default: 1)', wholeNumber)
    .option('--postings <n>', `about how many postings the market lists (default: ${DEFAULT_POSTINGS})`, wholeNumber)
    .action(async (options: DemoOptions, cmd: Command) => {
      const db = cmd.optsWithGlobals<GlobalOptions>().db;
      await runDemo(withContext(cmd), { ...options, db }, process.stdout);
      exitWhenDone();
    });
}
