// `skillpulse schedule` stopped by SIGTERM in the middle of a run: it exits 0
// within 10 s, the run is marked interrupted, and the batches it finished
// stay stored; pages a host never answers are left after a 5 s grace.
import { describe, expect, it } from 'vitest';
import { sleep, startCli, startJobSite, waitFor } from '../helpers/job-site.js';
import { useTempDir } from '../helpers/tmp.js';

const tempDir = useTempDir();
const PAGES = 800;

describe('skillpulse schedule on SIGTERM', () => {
  it('stops mid-run, keeps the finished batches, marks the run interrupted and exits 0 within 10 s', async () => {
    // Slow enough that the run is still going when the signal comes.
    const site = await startJobSite({ dir: tempDir(), name: 'sig', pages: PAGES, delayMs: () => 15 });
    const cli = startCli(site, 'schedule');
    // Wait for the first batch (250 postings) to be committed.
    await waitFor(async () => (await site.stored()) >= 250, 'a batch stored', cli);
    const signalled = Date.now();
    cli.child.kill('SIGTERM');
    expect((await cli.exited).code, cli.log()).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(10_000);

    const runs = await site.opened.db
      .selectFrom('scrape_runs')
      .select(['status', 'pages_fetched', 'postings_new', 'finished_at'])
      .execute();
    const postings = await site.stored();
    await site.opened.close();
    expect(runs).toHaveLength(1);
    expect(runs[0]?.status).toBe('interrupted');
    expect(runs[0]?.finished_at).not.toBeNull();
    // Stopped before the end; what it read is stored, and the record says so.
    expect(runs[0]?.pages_fetched ?? 0).toBeLessThan(PAGES + 1);
    expect(postings).toBeGreaterThanOrEqual(250);
    expect(runs[0]?.postings_new).toBe(postings);
  }, 40_000);

  it('leaves pages a host never answers after a 5 s grace: exits 0 within 10 s, storing what was read', async () => {
    const FAST = 300;
    const site = await startJobSite({
      dir: tempDir(),
      name: 'hang',
      pages: PAGES,
      // The first pages answer; the rest hang far past the 10 s a stop may take.
      delayMs: (i) => (i < FAST ? 5 : 30_000),
      scraping: { timeoutSecs: 60 },
    });
    const cli = startCli(site, 'schedule');
    // Every fast page asked for, the crawl now waiting on pages that never come.
    const asked = () => site.server.requests.filter((r) => r.path.startsWith('/jobs/')).length;
    await waitFor(() => asked() >= FAST + 4, 'the fast pages asked for', cli);
    await sleep(500);
    const signalled = Date.now();
    cli.child.kill('SIGTERM');
    expect((await cli.exited).code, cli.log()).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(10_000);
    expect(cli.log()).toMatch(/pages still in flight 5 s after the stop: left unread/);
    const runs = await site.opened.db.selectFrom('scrape_runs').select(['status', 'postings_new']).execute();
    const postings = await site.stored();
    await site.opened.close();
    expect(runs).toEqual([{ status: 'interrupted', postings_new: FAST }]);
    // The fast pages' postings, the last partial batch included, are stored.
    expect(postings).toBe(FAST);
  }, 40_000);
});
