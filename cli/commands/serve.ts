// `skillpulse serve`: the dashboard and JSON API over HTTP until SIGTERM or
// SIGINT. POST /api/scrape starts scrapes here, in the background, one at a
// time; with --schedule the scheduled scrapes run here too.
import { Writable } from 'node:stream';
import { type Command, InvalidArgumentError } from 'commander';
import { migrateToLatest } from '../../db/migrate.js';
import type { Scheduler } from '../../jobs/scheduler.js';
import { configuredSources } from '../../src/config/parse.js';
import type { AdminDeps } from '../../web/api/scrape.js';
import { createApp } from '../../web/app.js';
import { type RunningServer, startServer } from '../../web/server.js';
import { type CommandContext, exitWhenDone } from '../context.js';
import { CommandFailed, UsageError } from '../errors.js';
import { scheduledSources, startScheduling } from './schedule.js';
import { runScrape } from './scrape.js';

export interface ServeOptions {
  host?: string;
  port?: number;
  /** Also run the scheduled scrapes in this process (`schedule`), for a single-box deployment. */
  schedule?: boolean;
}

/** The config file's rule for adminToken, applied to the environment's too. */
const MIN_TOKEN_LENGTH = 16;

export interface ScrapeStarter extends Pick<AdminDeps, 'startScrape'> {
  busy(): boolean;
  /** Resolves once no scrape started here is running. */
  idle(): Promise<void>;
}

/**
 * Starts `run` without waiting for it, one run at a time. A failed run is logged: nobody awaits it.
 * Only runs started here count; a `skillpulse scrape` in another process is not seen.
 */
export function createScrapeStarter(options: {
  sources: readonly string[];
  run: (source: string | undefined) => Promise<unknown>;
  log: { info(details: object, message: string): void; error(details: object, message: string): void };
}): ScrapeStarter {
  let running: Promise<void> | undefined;
  return {
    startScrape: async ({ source }) => {
      if (source !== undefined && !options.sources.includes(source)) {
        return { status: 'unknown_source', known: options.sources };
      }
      if (running) return { status: 'busy' };
      options.log.info({ source: source ?? 'all enabled' }, 'scrape started over HTTP');
      running = (async () => {
        try {
          await options.run(source);
        } catch (error) {
          options.log.error({ err: error }, `scrape failed: ${(error as Error).message}`);
        } finally {
          running = undefined;
        }
      })();
      return { status: 'started' };
    },
    busy: () => running !== undefined,
    idle: async () => {
      await running;
    },
  };
}

export async function runServe(ctx: CommandContext, options: ServeOptions, out: NodeJS.WritableStream): Promise<void> {
  const host = options.host ?? ctx.config.server.host;
  const port = options.port ?? ctx.config.server.port;
  const token = ctx.env.adminToken ?? ctx.config.adminToken ?? undefined;
  if (ctx.env.adminToken !== undefined && ctx.env.adminToken.length < MIN_TOKEN_LENGTH) {
    throw new UsageError(`SKILLPULSE_ADMIN_TOKEN: must be at least ${MIN_TOKEN_LENGTH} characters`);
  }
  const starter = createScrapeStarter({
    sources: configuredSources(ctx.config).map((s) => s.name),
    run: async (source) => {
      // No terminal to print the summary table to: it goes to the log, where a failure's message points.
      const table = new TextSink();
      try {
        await runScrape(ctx, { source, trigger: 'manual' }, table, null);
      } finally {
        if (table.text) ctx.logger.info(`scrape summary\n${table.text}`);
      }
    },
    log: ctx.logger,
  });
  // Checked before anything starts: a bad cron expression is a usage error, not a server without its scrapes.
  const scheduled = options.schedule ? scheduledSources(ctx) : null;
  const opened = ctx.openDb();
  let server: RunningServer;
  let scheduler: Scheduler | undefined;
  let schedulerStopped: Promise<void> | undefined;
  const stopScheduler = () => {
    schedulerStopped ??= scheduler?.stop() ?? Promise.resolve();
    return schedulerStopped;
  };
  try {
    await migrateToLatest(opened.db);
    const app = createApp({
      db: opened.db,
      admin: { token, startScrape: starter.startScrape },
      processMetrics: true,
    });
    server = await startServer({
      app,
      host,
      port,
      log: ctx.logger,
      signals: {
        // Scheduled runs stop at the signal, beside the server's close (which may wait for requests in flight).
        onSignal: () => void stopScheduler(),
        onShutdown: async () => {
          // Scheduled runs in flight store what they read and end as interrupted, as `schedule` does.
          await stopScheduler();
          // A run cut short would stay "running" in its record: let it finish (a second signal exits now).
          if (starter.busy()) ctx.logger.info('waiting for the running scrape to finish');
          await starter.idle();
          await opened.close();
        },
      },
    }).catch((error: NodeJS.ErrnoException) => {
      throw new CommandFailed(`cannot listen on ${host}:${port}: ${error.code ?? error.message}`);
    });
  } catch (error) {
    await opened.close();
    throw error;
  }
  if (!isLoopback(host)) {
    ctx.logger.warn(`listening on ${host}, not loopback: the dashboard is reachable from other machines`);
  }
  if (token === undefined) ctx.logger.warn('no admin token (SKILLPULSE_ADMIN_TOKEN): POST /api/scrape is disabled');
  if (scheduled) {
    scheduler = await startScheduling(ctx, opened.db, scheduled);
  }
  out.write(`skillpulse dashboard on ${server.url}\n`);
  await server.closed;
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535) throw new InvalidArgumentError('expected a port, 0 to 65535');
  return port;
}

function parseHost(value: string): string {
  // An empty host would make Node listen on every interface.
  if (value.trim() === '') throw new InvalidArgumentError('expected a host name or address');
  return value;
}

/** Keeps what is written, as text. */
class TextSink extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

export function registerServe(program: Command, withContext: (cmd: Command) => CommandContext): void {
  program
    .command('serve')
    .description('start the dashboard and JSON API')
    .option('--host <host>', 'address to listen on (default: config server.host, 127.0.0.1)', parseHost)
    .option('--port <n>', 'port to listen on, 0 for any free port (default: config server.port, 3000)', parsePort)
    .option('--schedule', 'also scrape each enabled source on its cron schedule, as `schedule` does')
    .action(async (options: ServeOptions, cmd: Command) => {
      await runServe(withContext(cmd), options, process.stdout);
      exitWhenDone();
    });
}
