// A careers site of many JSON-LD job pages on a local fixture server, its
// config file, a database file, and the built CLI started against them in a
// child process: the long-running scrape tests (signals, kill -9) share it.
import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, type OpenedDatabase } from '../../db/connection.js';
import { migrateToLatest } from '../../db/migrate.js';
import { CLI, cliEnv } from './cli.js';
import { type FixtureServer, html, startFixtureServer } from './fixture-server.js';

function jobPage(id: number, company: string): string {
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    identifier: String(id),
    title: `Backend Engineer ${id}`,
    hiringOrganization: company,
    datePosted: '2026-11-01',
    description: '<p>Go services on Kubernetes with PostgreSQL.</p>',
  };
  return `<!doctype html><script type="application/ld+json">${JSON.stringify(ld)}</script>`;
}

export interface JobSite {
  server: FixtureServer;
  /** The migrated database file, open here too. */
  opened: OpenedDatabase;
  path: string;
  configPath: string;
  /** Postings stored so far. */
  stored(): Promise<number>;
}

/**
 * `/jobs` links `pages` job pages, each answering after `delayMs(i)`; the
 * config runs source `name` every second when scheduled, with no politeness
 * delay, four requests at a time. `scraping` adds to the config's settings.
 */
export async function startJobSite(options: {
  dir: string;
  name: string;
  pages: number;
  delayMs: (page: number) => number;
  scraping?: Record<string, unknown>;
}): Promise<JobSite> {
  const { dir, name, pages } = options;
  const links = Array.from({ length: pages }, (_, i) => `<a href="/jobs/${i}">Job ${i}</a>`).join('');
  const routes: Parameters<typeof startFixtureServer>[0] = { '/jobs': html(links) };
  for (let i = 0; i < pages; i++)
    routes[`/jobs/${i}`] = { ...html(jobPage(i, `${name} Co`)), delayMs: options.delayMs(i) };
  const server = await startFixtureServer(routes);
  const path = join(dir, 'sp.db');
  const configPath = join(dir, 'config.json');
  writeFileSync(
    configPath,
    JSON.stringify({
      sources: [{ type: 'jsonld', name, startUrls: [`https://careers.${name}.example/jobs`], baseUrl: server.url }],
      schedule: { cron: '* * * * * *', timezone: 'UTC' },
      scraping: { perHostDelaySecs: 0, maxRetries: 0, concurrency: 4, requestsPerMinute: 6_000, ...options.scraping },
    }),
  );
  const opened = openDatabase(path);
  await migrateToLatest(opened.db);
  const stored = async () =>
    (
      await opened.db
        .selectFrom('postings')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n;
  return { server, opened, path, configPath, stored };
}

export interface CliChild {
  child: ChildProcess;
  /** Its stdout and stderr so far. */
  log(): string;
  /** Resolves on exit with the code, or the signal that killed it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The built CLI on the site's config and database, running `command`. */
export function startCli(site: JobSite, command: string): CliChild {
  const child = spawn(process.execPath, [CLI, '--config', site.configPath, '--db', site.path, command], {
    env: cliEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, log: () => log, exited };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `done()` holds, checking every `everyMs`; throws with `what` (and the CLI's log) past `limitMs`. */
export async function waitFor(
  done: () => Promise<boolean> | boolean,
  what: string,
  cli: CliChild,
  limitMs = 20_000,
  everyMs = 100,
): Promise<void> {
  for (let waited = 0; !(await done()); waited += everyMs) {
    if (waited > limitMs) throw new Error(`${what}: not within ${limitMs} ms:\n${cli.log()}`);
    await sleep(everyMs);
  }
}
