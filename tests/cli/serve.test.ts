// `skillpulse serve` end to end: the built CLI in a child process, real HTTP,
// real signals, a real database file.
import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isLoopback } from '../../cli/commands/serve.js';
import { openDatabase } from '../../db/connection.js';
import { CLI, cliEnv, runCli } from '../helpers/cli.js';
import { json, startFixtureServer } from '../helpers/fixture-server.js';
import { useTempDir } from '../helpers/tmp.js';

const tempDir = useTempDir();
const TOKEN = 'a-test-admin-token-of-some-length';

interface Served {
  child: ChildProcess;
  url: string;
  stderr: () => string;
  exit: Promise<number | null>;
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/** Starts `skillpulse … serve --port 0` and resolves with the URL it printed. */
function serve(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Served> {
  const child = spawn(process.execPath, [CLI, ...args], {
    env: cliEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = /^skillpulse dashboard on (http:\/\/\S+\/)\n/.exec(stdout)?.[1];
      if (url) resolve({ child, url, stderr: () => stderr, exit });
    });
    void exit.then((code) => reject(new Error(`serve exited ${code} before listening: ${stderr}`)));
  });
}

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms)),
  ]);
}

describe('skillpulse serve', () => {
  it('prints its URL, serves the API and assets, warns, and exits 0 on SIGTERM', async () => {
    const db = join(tempDir(), 'sp.db');
    const served = await serve(['--db', db, 'serve', '--port', '0']);
    expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);

    const health = await fetch(new URL('/healthz', served.url));
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', sources: [] });
    const chart = await fetch(new URL('/assets/chart.umd.min.js', served.url));
    expect(chart.status).toBe(200);
    expect(chart.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect((await chart.text()).length).toBeGreaterThan(100_000);
    const scrape = await fetch(new URL('/api/scrape', served.url), { method: 'POST' });
    expect(scrape.status).toBe(403);
    expect(served.stderr()).toMatch(/no admin token \(SKILLPULSE_ADMIN_TOKEN\): POST \/api\/scrape is disabled/);

    served.child.kill('SIGTERM');
    expect(await within(served.exit, 5_000, 'exit after SIGTERM')).toBe(0);
    expect(served.stderr()).toMatch(/SIGTERM: shutting down/);
  });

  it('exits 0 on SIGINT too', async () => {
    const served = await serve(['--db', join(tempDir(), 'sp.db'), 'serve', '--port', '0']);
    served.child.kill('SIGINT');
    expect(await within(served.exit, 5_000, 'exit after SIGINT')).toBe(0);
  });

  it('starts a scrape on POST /api/scrape with the token, refuses a second, and lets it finish on SIGTERM', async () => {
    const fixture = await startFixtureServer({
      // Slow enough that the run is still going when the second request and the signal arrive.
      '/v1/boards/acme/jobs': {
        ...json({ jobs: [{ id: 1, title: 'Backend Engineer', content: '&lt;p&gt;Go&lt;/p&gt;' }] }),
        delayMs: 1_500,
      },
    });
    const dir = tempDir();
    const config = join(dir, 'config.json');
    writeFileSync(
      config,
      JSON.stringify({
        sources: [{ type: 'greenhouse', name: 'acme', board: 'acme', baseUrl: fixture.url }],
        scraping: { perHostDelaySecs: 0, maxRetries: 0 },
      }),
    );
    const db = join(dir, 'sp.db');
    const served = await serve(['--config', config, '--db', db, 'serve', '--port', '0'], {
      SKILLPULSE_ADMIN_TOKEN: TOKEN,
    });
    const post = (token: string, query = '') =>
      fetch(new URL(`/api/scrape${query}`, served.url), {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}` },
      });

    expect((await post('wrong-token-wrong-token')).status).toBe(401);
    expect((await post(TOKEN, '?source=nope')).status).toBe(400);
    const started = await post(TOKEN, '?source=acme');
    expect(started.status).toBe(202);
    expect(await started.json()).toEqual({ status: 'started' });
    expect((await post(TOKEN)).status).toBe(409);
    await within(
      (async () => {
        while (fixture.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
      })(),
      5_000,
      'the scrape reaching the source',
    );

    served.child.kill('SIGTERM');
    expect(await within(served.exit, 10_000, 'exit after SIGTERM')).toBe(0);
    expect(served.stderr()).toMatch(/waiting for the running scrape to finish/);
    // The summary table a terminal would show is in the log.
    expect(served.stderr()).toMatch(/scrape summary\\nsource\s+status/);
    const opened = openDatabase(db, { readonly: true });
    try {
      const runs = await opened.db.selectFrom('scrape_runs').select(['trigger', 'status']).execute();
      expect(runs).toEqual([{ trigger: 'manual', status: 'succeeded' }]);
    } finally {
      await opened.close();
    }
  });

  it.each([
    [['serve', '--port', 'abc'], {}, 2, /expected a port/],
    [['serve', '--port', '70000'], {}, 2, /expected a port/],
    [['serve', '--host', ''], {}, 2, /expected a host/],
    [['serve', '--port', '0'], { SKILLPULSE_ADMIN_TOKEN: 'short' }, 2, /SKILLPULSE_ADMIN_TOKEN: must be at least 16/],
  ])('refuses %j', async (args, env: NodeJS.ProcessEnv, code, message) => {
    const result = await runCli(['--db', join(tempDir(), 'sp.db'), ...args], { env });
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
  });

  it('with --schedule, runs the scheduled scrapes in the same process, shows them at /metrics, and exits 0 on SIGTERM', async () => {
    const job = { id: 1, title: 'Backend Engineer', content: '&lt;p&gt;Go and Kafka on AWS.&lt;/p&gt;' };
    const fixture = await startFixtureServer({ '/v1/boards/acme/jobs': json({ jobs: [job] }) });
    const dir = tempDir();
    const config = join(dir, 'config.json');
    writeFileSync(
      config,
      JSON.stringify({
        sources: [{ type: 'greenhouse', name: 'acme', board: 'acme', company: 'Acme', baseUrl: fixture.url }],
        schedule: { cron: '* * * * * *', timezone: 'UTC' },
        scraping: { perHostDelaySecs: 0, maxRetries: 0 },
      }),
    );
    const db = join(dir, 'sp.db');
    const served = await serve(['--config', config, '--db', db, 'serve', '--port', '0', '--schedule']);
    const succeeded = /skillpulse_scrape_runs_total\{source="acme",status="succeeded"\} (\d+)/;
    let metrics = '';
    for (let waited = 0; !succeeded.test(metrics); waited += 250) {
      if (waited > 15_000) throw new Error(`no scheduled run in 15 s:\n${served.stderr()}\n${metrics}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
      metrics = await (await fetch(new URL('/metrics', served.url))).text();
    }
    expect(metrics).toMatch(/skillpulse_scrape_postings_total\{source="acme",change="new"\} 1\n/);
    expect(metrics).toMatch(/skillpulse_postings_stored\{source="acme",state="open"\} 1\n/);
    expect(metrics).toContain('process_resident_memory_bytes');
    expect(served.stderr()).toMatch(/acme: next run/);
    expect(((await (await fetch(new URL('/healthz', served.url))).json()) as { status: string }).status).toBe('ok');

    served.child.kill('SIGTERM');
    expect(await within(served.exit, 10_000, 'exit after SIGTERM')).toBe(0);
    const opened = openDatabase(db, { readonly: true });
    const statuses = await opened.db.selectFrom('scrape_runs').select('status').execute();
    await opened.close();
    // Every run ended: none left 'running' by the stop.
    expect(statuses.length).toBeGreaterThanOrEqual(1);
    expect(statuses.filter((r) => r.status === 'running')).toEqual([]);
  });

  it('exits 1 with one line when the port is taken', async () => {
    const first = await serve(['--db', join(tempDir(), 'a.db'), 'serve', '--port', '0']);
    const port = new URL(first.url).port;
    const second = await runCli(['--db', join(tempDir(), 'b.db'), 'serve', '--port', port]);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(new RegExp(`skillpulse: cannot listen on 127.0.0.1:${port}: EADDRINUSE`));
    first.child.kill('SIGTERM');
    expect(await within(first.exit, 5_000, 'exit after SIGTERM')).toBe(0);
  });
});

describe('isLoopback', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['localhost', true],
    ['::1', true],
    ['0.0.0.0', false],
    ['::', false],
    ['192.168.1.10', false],
    ['127.0.0.1.example.com', false],
  ])('%s → %s', (host, loopback) => {
    expect(isLoopback(host)).toBe(loopback);
  });
});
