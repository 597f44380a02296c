import { describe, expect, it } from 'vitest';
import { closeUnseen } from '../../db/postings-store.js';
import { failedDays, runHistory, sourceHealth } from '../../db/run-health.js';
import { refreshSummaries } from '../../db/summaries.js';
import { readsSummaries } from '../../db/summary-reads.js';
import { ensureSource } from '../../db/sources.js';
import { migratedDbWithBoards } from '../helpers/db.js';
import { recordRun } from '../helpers/runs.js';
import { posting as normalized, storeEnriched } from '../helpers/store.js';

const NOW = new Date('2026-06-01T12:00:00Z');

const posting = (id: string, company: string) =>
  normalized(id, {
    title: 'Backend Engineer',
    company,
    description: '<p>Kafka.</p>',
    postedAt: '2026-05-01T09:00:00Z',
  });

/**
 * Now is 1 June 2026, 12:00; the last 30 days start 2 May, 12:00.
 *
 *   gh     20 Apr 10:00 succeeded (older than 30 days)
 *          10 May 10:00 failed, 10 May 14:00 succeeded (not an outage day)
 *          20 May 10:00 interrupted
 *          25 May 08:00 failed
 *          31 May 10:00 partial (ends 10:10)
 *   lever  10 May 09:00 failed
 *          25 May 08:30 failed
 *          31 May 23:00 still running
 *   hn     no runs, no postings
 *
 * Postings: gh 3 (one closed), lever 1.
 */
async function fixture() {
  const { db, gh, lever } = await migratedDbWithBoards(NOW);
  await ensureSource(db, { name: 'hn', type: 'hn', settings: {} }, NOW);
  const ids = {
    r1: await recordRun(db, gh, '2026-04-20T10:00:00Z', 'succeeded', 5),
    r2: await recordRun(db, gh, '2026-05-10T10:00:00Z', 'failed', 1, {
      counts: { pagesFetched: 2, failed: 3, failureReasons: { 'http-500': 3 } },
      error: 'HTTP 500',
    }),
    r3: await recordRun(db, gh, '2026-05-10T14:00:00Z', 'succeeded', 2, {
      counts: { pagesFetched: 4, new: 3, unchanged: 1, closed: 1, skipped: 2, skipReasons: { 'not-backend': 2 } },
    }),
    r4: await recordRun(db, gh, '2026-05-20T10:00:00Z', 'interrupted', 3),
    l1: await recordRun(db, lever, '2026-05-10T09:00:00Z', 'failed', 1),
    r5: await recordRun(db, gh, '2026-05-25T08:00:00Z', 'failed', 1),
    l2: await recordRun(db, lever, '2026-05-25T08:30:00Z', 'failed', 1),
    r6: await recordRun(db, gh, '2026-05-31T10:00:00Z', 'partial', 10),
    l3: await recordRun(db, lever, '2026-05-31T23:00:00Z', 'running', null),
  };
  await storeEnriched(
    db,
    gh,
    [posting('g1', 'Acme'), posting('g2', 'Globex'), posting('g3', 'Initech')],
    new Date('2026-05-10'),
  );
  await storeEnriched(db, gh, [posting('g1', 'Acme'), posting('g2', 'Globex')], new Date('2026-05-31'));
  await closeUnseen(db, gh, new Date('2026-05-31'), new Date('2026-05-31'));
  await storeEnriched(db, lever, [posting('l1', 'Hooli')], new Date('2026-05-31'));
  return { db, ids };
}

describe('sourceHealth', () => {
  it('gives each configured source its latest run, last success, 30-day runs and postings', async () => {
    const { db } = await fixture();
    expect(await sourceHealth(db, NOW, 'rows')).toEqual([
      {
        source: 'gh',
        type: 'greenhouse',
        lastRunAt: '2026-05-31T10:00:00.000Z',
        lastStatus: 'partial',
        lastSuccessAt: '2026-05-31T10:10:00.000Z',
        // 10 May ×2, 20 May, 25 May, 31 May; failed: 10 May 10:00, 20 May (interrupted), 25 May.
        runs30d: 5,
        failed30d: 3,
        openPostings: 2,
        postings: 3,
      },
      {
        source: 'hn',
        type: 'hn',
        lastRunAt: null,
        lastStatus: null,
        lastSuccessAt: null,
        runs30d: 0,
        failed30d: 0,
        openPostings: 0,
        postings: 0,
      },
      {
        source: 'lever',
        type: 'lever',
        lastRunAt: '2026-05-31T23:00:00.000Z',
        lastStatus: 'running',
        lastSuccessAt: null,
        runs30d: 3,
        failed30d: 2,
        openPostings: 1,
        postings: 1,
      },
    ]);
  });

  it('reads the same postings counts from the summaries once they are built', async () => {
    const { db } = await fixture();
    const counted = await sourceHealth(db, NOW, 'rows');
    await refreshSummaries(db);
    expect(await readsSummaries(db, 'aggregates', false)).toBe(true);
    expect(await sourceHealth(db, NOW, 'aggregates')).toEqual(counted);
    expect(counted.map((h) => [h.source, h.postings, h.openPostings])).toEqual([
      ['gh', 3, 2],
      ['hn', 0, 0],
      ['lever', 1, 1],
    ]);
  });

  it('counts 30 days back from now', async () => {
    const { db } = await fixture();
    // From 21 May: gh 25 May and 31 May (one failed); lever 25 May and 31 May (one failed).
    const health = await sourceHealth(db, new Date('2026-06-20T00:00:00Z'), 'aggregates');
    expect(health.map((h) => [h.source, h.runs30d, h.failed30d])).toEqual([
      ['gh', 2, 1],
      ['hn', 0, 0],
      ['lever', 2, 1],
    ]);
  });
});

describe('runHistory', () => {
  it('lists runs newest first with their counts, parsed reasons and duration', async () => {
    const { db, ids } = await fixture();
    const history = await runHistory(db);
    expect(history.total).toBe(9);
    expect(history.runs.map((r) => r.id)).toEqual([
      ids.l3,
      ids.r6,
      ids.l2,
      ids.r5,
      ids.r4,
      ids.r3,
      ids.r2,
      ids.l1,
      ids.r1,
    ]);
    expect(history.runs.find((r) => r.id === ids.r2)).toEqual({
      id: ids.r2,
      source: 'gh',
      trigger: 'scheduled',
      status: 'failed',
      startedAt: '2026-05-10T10:00:00.000Z',
      finishedAt: '2026-05-10T10:01:00.000Z',
      durationMs: 60_000,
      pagesFetched: 2,
      new: 0,
      updated: 0,
      unchanged: 0,
      closed: 0,
      skipped: 0,
      failed: 3,
      skipReasons: {},
      failureReasons: { 'http-500': 3 },
      error: 'HTTP 500',
    });
    expect(history.runs.find((r) => r.id === ids.r3)).toMatchObject({
      pagesFetched: 4,
      new: 3,
      unchanged: 1,
      closed: 1,
      skipped: 2,
      skipReasons: { 'not-backend': 2 },
      error: null,
    });
    expect(history.runs[0]).toMatchObject({ status: 'running', finishedAt: null, durationMs: null });
  });

  it('pages, and narrows to one source', async () => {
    const { db, ids } = await fixture();
    expect(await runHistory(db, { limit: 3, offset: 1 })).toEqual({
      total: 9,
      runs: [
        expect.objectContaining({ id: ids.r6 }),
        expect.objectContaining({ id: ids.l2 }),
        expect.objectContaining({ id: ids.r5 }),
      ],
    });
    const lever = await runHistory(db, { source: 'lever' });
    expect([lever.total, lever.runs.map((r) => r.id)]).toEqual([3, [ids.l3, ids.l2, ids.l1]]);
    expect(await runHistory(db, { source: 'no-such-source' })).toEqual({ total: 0, runs: [] });
  });

  it('reads unreadable reasons as none', async () => {
    const { db, ids } = await fixture();
    await db.updateTable('scrape_runs').set({ failure_reasons: 'not json' }).where('id', '=', ids.r2).execute();
    await db.updateTable('scrape_runs').set({ failure_reasons: '[1, 2]' }).where('id', '=', ids.r5).execute();
    const runs = (await runHistory(db)).runs;
    expect(runs.find((r) => r.id === ids.r2)?.failureReasons).toEqual({});
    expect(runs.find((r) => r.id === ids.r5)?.failureReasons).toEqual({});
  });
});

describe('failedDays', () => {
  it('gives the days a source only failed, with those sources', async () => {
    const { db } = await fixture();
    // 10 May: gh failed then succeeded (not an outage), lever failed. 31 May: gh partial, lever still running.
    expect(await failedDays(db, '2026-05-01', '2026-05-31')).toEqual([
      { day: '2026-05-10', sources: ['lever'] },
      { day: '2026-05-20', sources: ['gh'] },
      { day: '2026-05-25', sources: ['gh', 'lever'] },
    ]);
  });

  it('keeps to the days asked, both inclusive', async () => {
    const { db } = await fixture();
    expect(await failedDays(db, '2026-05-20', '2026-05-25')).toEqual([
      { day: '2026-05-20', sources: ['gh'] },
      { day: '2026-05-25', sources: ['gh', 'lever'] },
    ]);
    expect(await failedDays(db, '2026-04-01', '2026-04-30')).toEqual([]);
  });
});
