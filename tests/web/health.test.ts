// GET /healthz against recorded runs: each source's last success, and
// 'degraded' (503) when a source failed its last three runs or has not
// succeeded for 48 hours.
import { describe, expect, it } from 'vitest';
import { ensureSource } from '../../db/sources.js';
import { createApp } from '../../web/app.js';
import { getJson } from '../helpers/app.js';
import { closeAfterEach, migratedDb } from '../helpers/db.js';
import { recordRun } from '../helpers/runs.js';

const NOW = new Date('2026-11-21T12:00:00Z');
const closeLater = closeAfterEach();

async function setup() {
  const opened = closeLater(await migratedDb());
  const { db } = opened;
  const created = new Date('2026-11-01T00:00:00Z');
  const source = (name: string, settings: Record<string, unknown> = {}) =>
    ensureSource(db, { name, type: 'greenhouse', settings: { enabled: true, ...settings } }, created);
  return { db, source, app: () => createApp({ db, now: () => NOW }) };
}

describe('GET /healthz', () => {
  it('is ok with each source’s last success when every source succeeded lately', async () => {
    const { db, source, app } = await setup();
    const gh = await source('gh');
    await recordRun(db, gh, '2026-11-20T03:00:00Z', 'failed', 1);
    await recordRun(db, gh, '2026-11-21T03:00:00Z', 'succeeded', 2);
    // Switched off in the config: never expected to run.
    await source('old', { enabled: false });
    expect(await getJson(app(), '/healthz')).toEqual({
      status: 200,
      body: {
        status: 'ok',
        sources: [
          { source: 'gh', enabled: true, lastSuccessAt: '2026-11-21T03:02:00.000Z', failing: null },
          { source: 'old', enabled: false, lastSuccessAt: null, failing: null },
        ],
      },
    });
  });

  it('is degraded (503) when a source failed its last three runs', async () => {
    const { db, source, app } = await setup();
    const gh = await source('gh');
    await recordRun(db, gh, '2026-11-21T00:00:00Z', 'succeeded', 1);
    await recordRun(db, gh, '2026-11-21T01:00:00Z', 'failed', 1);
    await recordRun(db, gh, '2026-11-21T02:00:00Z', 'interrupted', 1);
    await recordRun(db, gh, '2026-11-21T03:00:00Z', 'failed', 1);
    // A run still going does not count either way.
    await recordRun(db, gh, '2026-11-21T11:00:00Z', 'running', null);
    const { status, body } = await getJson(app(), '/healthz');
    expect(status).toBe(503);
    expect(body).toEqual({
      status: 'degraded',
      sources: [
        { source: 'gh', enabled: true, lastSuccessAt: '2026-11-21T00:01:00.000Z', failing: 'its last 3 runs failed' },
      ],
    });
  });

  it('is degraded when a source has not succeeded for 48 hours, or never since it was configured 48 hours ago', async () => {
    const { db, source, app } = await setup();
    const gh = await source('gh');
    await recordRun(db, gh, '2026-11-19T11:00:00Z', 'succeeded', 1);
    await recordRun(db, gh, '2026-11-21T03:00:00Z', 'failed', 1);
    await source('never');
    const { status, body } = await getJson(app(), '/healthz');
    expect(status).toBe(503);
    expect((body as { sources: unknown[] }).sources).toEqual([
      {
        source: 'gh',
        enabled: true,
        lastSuccessAt: '2026-11-19T11:01:00.000Z',
        failing: 'no successful run in 48 hours',
      },
      { source: 'never', enabled: true, lastSuccessAt: null, failing: 'no successful run in 48 hours (none yet)' },
    ]);
    // 47 hours after the success, it was fine.
    const earlier = createApp({ db, now: () => new Date('2026-11-21T10:00:00Z') });
    const again = await getJson(earlier, '/healthz');
    expect((again.body as { sources: Array<{ failing: unknown }> }).sources[0]?.failing).toBeNull();
  });
});
