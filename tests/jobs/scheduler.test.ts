// The scheduler against a local fixture board on a seconds-level cron: runs
// happen, a slow run is never overlapped (node-cron's noOverlap in one
// process), and a second scheduler process on the same database file never
// runs the source at the same time (the run lease).
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection.js';
import { migrateToLatest } from '../../db/migrate.js';
import { startScheduler } from '../../jobs/scheduler.js';
import type { RunSummary } from '../../scrapers/run-source.js';
import { configuredSources } from '../../src/config/parse.js';
import { configSchema } from '../../src/config/schema.js';
import { createEnricher } from '../../src/enrich/enrich.js';
import { CLI, cliEnv } from '../helpers/cli.js';
import { json, startFixtureServer } from '../helpers/fixture-server.js';
import { useTempDir } from '../helpers/tmp.js';

const tempDir = useTempDir();
const silent = { info: () => undefined, warn: () => undefined, debug: () => undefined };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('skillpulse schedule', () => {
  it('runs a source on a seconds cron, never two runs of it at once, in one process or two', async () => {
    const job = { id: 1, title: 'Backend Engineer', content: '&lt;p&gt;Go and Kafka on AWS.&lt;/p&gt;' };
    // Each run takes about 1.5 s: longer than the cron's one-second tick.
    const server = await startFixtureServer({ '/v1/boards/acme/jobs': { ...json({ jobs: [job] }), delayMs: 1_500 } });
    const dir = tempDir();
    const path = join(dir, 'sp.db');
    const raw = {
      sources: [{ type: 'greenhouse', name: 'acme', board: 'acme', company: 'Acme', baseUrl: server.url }],
      schedule: { cron: '* * * * * *', timezone: 'UTC' },
      scraping: { perHostDelaySecs: 0, maxRetries: 0 },
    };
    const configPath = join(dir, 'config.json');
    writeFileSync(configPath, JSON.stringify(raw));
    const config = configSchema.parse(raw);
    const opened = openDatabase(path);
    await migrateToLatest(opened.db);

    const here: RunSummary[] = [];
    const scheduler = startScheduler({
      db: opened.db,
      enricher: createEnricher(),
      sources: configuredSources(config),
      schedule: config.schedule,
      scraping: config.scraping,
      log: silent,
      onRun: (summary) => here.push(summary),
    });
    expect(scheduler.plan()).toEqual([{ source: 'acme', cron: '* * * * * *', next: expect.any(Date) }]);
    // A second scheduler, in its own process, on the same file.
    const other = spawn(process.execPath, [CLI, '--config', configPath, '--db', path, 'schedule'], {
      env: cliEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let otherLog = '';
    other.stdout.on('data', (d) => (otherLog += d));
    other.stderr.on('data', (d) => (otherLog += d));
    const exited = new Promise<number | null>((resolve) => other.on('exit', (code) => resolve(code)));

    await sleep(8_000);
    other.kill('SIGTERM');
    await scheduler.stop();
    expect(await exited).toBe(0);

    const runs = await opened.db
      .selectFrom('scrape_runs')
      .select(['id', 'status', 'started_at', 'finished_at', 'postings_new', 'postings_unchanged'])
      .orderBy('started_at')
      .execute();
    await opened.close();
    const finished = runs.filter((r) => r.status === 'succeeded');
    expect(finished.length, otherLog).toBeGreaterThanOrEqual(2);
    expect(runs.every((r) => r.finished_at !== null && r.status !== 'running')).toBe(true);
    // Never two at once: each run starts after the one before it ended, whichever process ran it.
    for (let i = 1; i < runs.length; i++) {
      expect((runs[i]?.started_at ?? '') >= (runs[i - 1]?.finished_at ?? '')).toBe(true);
    }
    // The posting was stored once and seen again by the later runs.
    expect(runs.reduce((n, r) => n + r.postings_new, 0)).toBe(1);
    // This process's scheduler ran some of them, and was turned away while the other held the source.
    expect(here.some((s) => s.status === 'succeeded' || s.status === 'busy')).toBe(true);
    expect(otherLog).toMatch(/acme: next run/);
  }, 30_000);
});
