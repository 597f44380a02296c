// `skillpulse scrape` killed with SIGKILL midway through a large fixture
// site: the database stays whole (integrity_check), no stored posting is
// lost or doubled, the next start marks the killed run interrupted at once
// (its lease names a process that is gone), and a new run stores the rest.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { startCli, startJobSite, waitFor } from '../helpers/job-site.js';
import { useTempDir } from '../helpers/tmp.js';

const tempDir = useTempDir();
// The most job links the jsonld reader follows from one listing page.
const PAGES = 1_000;

describe('skillpulse scrape killed with SIGKILL', () => {
  it('leaves a whole database; the next start marks the run interrupted and a new run stores the rest, once each', async () => {
    const site = await startJobSite({ dir: tempDir(), name: 'big', pages: PAGES, delayMs: () => 10 });
    const { db } = site.opened;
    const stored = () => db.selectFrom('postings').select(['id', 'external_id']).orderBy('id').execute();
    const cli = startCli(site, 'scrape');
    // Two batches of 250 committed, the crawl still going: kill it without a word.
    await waitFor(async () => (await site.stored()) >= 500, 'two batches stored', cli, 30_000, 50);
    cli.child.kill('SIGKILL');
    expect((await cli.exited).signal).toBe('SIGKILL');

    const integrity = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db);
    expect(integrity.rows).toEqual([{ integrity_check: 'ok' }]);
    const before = await stored();
    // Midway: batches committed whole or not at all, nothing past the kill.
    expect(before.length % 250).toBe(0);
    expect(before.length).toBeGreaterThanOrEqual(500);
    expect(before.length).toBeLessThan(PAGES);
    const killed = await db.selectFrom('scrape_runs').select(['id', 'status']).executeTakeFirstOrThrow();
    expect(killed.status).toBe('running');

    // The next start: the killed run is marked interrupted without waiting out its lease, and the new run completes.
    const second = await runCli(['--config', site.configPath, '--db', site.path, 'scrape']);
    expect(second.code, second.stderr).toBe(0);
    const runs = await db
      .selectFrom('scrape_runs')
      .select(['id', 'status', 'postings_new', 'postings_unchanged', 'postings_failed'])
      .orderBy('id')
      .execute();
    expect(runs).toEqual([
      // The killed run's record counts the batches it committed.
      { id: killed.id, status: 'interrupted', postings_new: before.length, postings_unchanged: 0, postings_failed: 0 },
      {
        id: expect.any(Number),
        status: 'succeeded',
        postings_new: PAGES - before.length,
        postings_unchanged: before.length,
        postings_failed: 0,
      },
    ]);
    const after = await stored();
    await site.opened.close();
    // Every job once; every posting stored before the kill still there under its id.
    expect(after).toHaveLength(PAGES);
    expect(new Set(after.map((p) => p.external_id)).size).toBe(PAGES);
    const afterIds = new Map(after.map((p) => [p.external_id, p.id]));
    for (const p of before) expect(afterIds.get(p.external_id)).toBe(p.id);
  }, 90_000);
});
