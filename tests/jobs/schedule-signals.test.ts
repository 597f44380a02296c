// `skillpulse schedule` stopped by SIGTERM in the middle of a run: it exits 0
// within 10 s, the run is marked interrupted, and the batches it finished
// stay stored.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection.js';
import { migrateToLatest } from '../../db/migrate.js';
import { CLI, cliEnv } from '../helpers/cli.js';
import { html, startFixtureServer } from '../helpers/fixture-server.js';
import { useTempDir } from '../helpers/tmp.js';

const tempDir = useTempDir();
const PAGES = 800;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function jobPage(id: number): string {
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    identifier: String(id),
    title: `Backend Engineer ${id}`,
    hiringOrganization: 'Signal Co',
    datePosted: '2026-11-01',
    description: '<p>Go services on Kubernetes with PostgreSQL.</p>',
  };
  return `<!doctype html><script type="application/ld+json">${JSON.stringify(ld)}</script>`;
}

describe('skillpulse schedule on SIGTERM', () => {
  it('stops mid-run, keeps the finished batches, marks the run interrupted and exits 0 within 10 s', async () => {
    const links = Array.from({ length: PAGES }, (_, i) => `<a href="/jobs/${i}">Job ${i}</a>`).join('');
    const routes: Parameters<typeof startFixtureServer>[0] = { '/jobs': html(links) };
    // Slow enough that the run is still going when the signal comes.
    for (let i = 0; i < PAGES; i++) routes[`/jobs/${i}`] = { ...html(jobPage(i)), delayMs: 15 };
    const server = await startFixtureServer(routes);
    const dir = tempDir();
    const path = join(dir, 'sp.db');
    const configPath = join(dir, 'config.json');
    writeFileSync(
      configPath,
      JSON.stringify({
        sources: [
          { type: 'jsonld', name: 'sig', startUrls: ['https://careers.sig.example/jobs'], baseUrl: server.url },
        ],
        schedule: { cron: '* * * * * *', timezone: 'UTC' },
        scraping: { perHostDelaySecs: 0, maxRetries: 0, concurrency: 4, requestsPerMinute: 6_000 },
      }),
    );
    const opened = openDatabase(path);
    await migrateToLatest(opened.db);
    const child = spawn(process.execPath, [CLI, '--config', configPath, '--db', path, 'schedule'], {
      env: cliEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

    // Wait for the first batch (250 postings) to be committed.
    const stored = async () =>
      (
        await opened.db
          .selectFrom('postings')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n;
    for (let waited = 0; (await stored()) < 250; waited += 100) {
      if (waited > 20_000) throw new Error(`no batch stored in 20 s:\n${log}`);
      await sleep(100);
    }
    const signalled = Date.now();
    child.kill('SIGTERM');
    expect(await exited, log).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(10_000);

    const runs = await opened.db
      .selectFrom('scrape_runs')
      .select(['status', 'pages_fetched', 'postings_new', 'finished_at'])
      .execute();
    const postings = await stored();
    await opened.close();
    expect(runs).toHaveLength(1);
    expect(runs[0]?.status).toBe('interrupted');
    expect(runs[0]?.finished_at).not.toBeNull();
    // Stopped before the end; what it read is stored, and the record says so.
    expect(runs[0]?.pages_fetched ?? 0).toBeLessThan(PAGES + 1);
    expect(postings).toBeGreaterThanOrEqual(250);
    expect(runs[0]?.postings_new).toBe(postings);
  }, 40_000);
});
