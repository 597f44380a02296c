// `skillpulse demo`'s guards: a kept demo database is rebuilt each time, so
// the demo refuses one that holds real scrapes, and bad options are usage
// errors. The demo itself runs end to end in tests/browser/demo.test.ts.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureSource } from '../../db/sources.js';
import { runCli } from '../helpers/cli.js';
import { migratedDb } from '../helpers/db.js';
import { recordRun } from '../helpers/runs.js';
import { useTempDir } from '../helpers/tmp.js';

const tempDir = useTempDir();

describe('skillpulse demo', () => {
  it('refuses to rebuild a kept database that holds scrapes other than the demo’s, and leaves it alone', async () => {
    const path = join(tempDir(), 'real.db');
    const opened = await migratedDb(path);
    const source = await ensureSource(
      opened.db,
      { name: 'gh', type: 'greenhouse', settings: { enabled: true } },
      new Date(),
    );
    await recordRun(opened.db, source, '2026-11-20T03:00:00Z', 'succeeded', 1);
    await opened.close();
    const { code, stderr } = await runCli(['--db', path, 'demo', '--keep']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^skillpulse: .*real\.db holds scrapes that are not the demo's: pass another --db\n$/);
    const again = await migratedDb(path);
    const runs = await again.db.selectFrom('scrape_runs').select('trigger').execute();
    await again.close();
    expect(runs).toEqual([{ trigger: 'scheduled' }]);
  });

  it.each([
    [['demo', '--port', 'x'], /--port/],
    [['demo', '--postings', '-5'], /--postings/],
  ])('refuses %j', async (args, pattern) => {
    const { code, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(pattern);
  });
});
