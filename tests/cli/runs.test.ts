// `skillpulse runs`: the built CLI over a database file with recorded runs.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection.js';
import { migrateToLatest } from '../../db/migrate.js';
import { ensureSource } from '../../db/sources.js';
import { runCli } from '../helpers/cli.js';
import { recordRun } from '../helpers/runs.js';
import { useTempDir } from '../helpers/tmp.js';

const tempDir = useTempDir();

async function database(): Promise<string> {
  const path = join(tempDir(), 'sp.db');
  const opened = openDatabase(path);
  try {
    await migrateToLatest(opened.db);
    const now = new Date('2026-11-01T00:00:00Z');
    const gh = await ensureSource(opened.db, { name: 'gh', type: 'greenhouse', settings: {} }, now);
    const hn = await ensureSource(opened.db, { name: 'hn', type: 'hn', settings: {} }, now);
    await recordRun(opened.db, gh, '2026-11-20T03:00:00Z', 'succeeded', 2, {
      counts: { new: 5, updated: 1, unchanged: 7, closed: 2, skipped: 3, failed: 0 },
    });
    await recordRun(opened.db, hn, '2026-11-21T03:00:00Z', 'failed', 1, { counts: { failed: 4 }, error: 'HTTP 500' });
    await recordRun(opened.db, gh, '2026-11-21T03:05:00Z', 'running', null);
  } finally {
    await opened.close();
  }
  return path;
}

describe('skillpulse runs', () => {
  it('--json prints every run, newest first, with its trigger, status, times and counts', async () => {
    const db = await database();
    const { code, stdout, stderr } = await runCli(['--db', db, 'runs', '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([
      {
        id: 3,
        source: 'gh',
        trigger: 'scheduled',
        status: 'running',
        startedAt: '2026-11-21T03:05:00.000Z',
        finishedAt: null,
        new: 0,
        updated: 0,
        unchanged: 0,
        closed: 0,
        skipped: 0,
        failed: 0,
      },
      {
        id: 2,
        source: 'hn',
        trigger: 'scheduled',
        status: 'failed',
        startedAt: '2026-11-21T03:00:00.000Z',
        finishedAt: '2026-11-21T03:01:00.000Z',
        new: 0,
        updated: 0,
        unchanged: 0,
        closed: 0,
        skipped: 0,
        failed: 4,
      },
      {
        id: 1,
        source: 'gh',
        trigger: 'scheduled',
        status: 'succeeded',
        startedAt: '2026-11-20T03:00:00.000Z',
        finishedAt: '2026-11-20T03:02:00.000Z',
        new: 5,
        updated: 1,
        unchanged: 7,
        closed: 2,
        skipped: 3,
        failed: 0,
      },
    ]);
  });

  it('prints a table by default, narrowed by --source and --limit', async () => {
    const db = await database();
    const { code, stdout } = await runCli(['--db', db, 'runs', '--source', 'gh', '--limit', '1']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(
      /^id\s+source\s+trigger\s+status\s+started\s+finished\s+new\s+updated\s+unchanged\s+closed\s+skipped\s+failed$/,
    );
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/^\s*3\s+gh\s+scheduled\s+running\s+2026-11-21T03:05:00.000Z\s+—(\s+0){6}$/);
    const bad = await runCli(['--db', db, 'runs', '--limit', '0']);
    expect(bad.code).toBe(2);
  });
});
