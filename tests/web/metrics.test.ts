// GET /metrics: the scrapes as the run records tell them, and the HTTP
// requests this app answered, in the Prometheus text format.
import { describe, expect, it } from 'vitest';
import { ensureSource } from '../../db/sources.js';
import { createApp } from '../../web/app.js';
import { closeAfterEach, migratedDb } from '../helpers/db.js';
import { insertRawPosting } from '../helpers/postings.js';
import { recordRun } from '../helpers/runs.js';

const NOW = new Date('2026-11-21T12:00:00Z');
const closeLater = closeAfterEach();

async function metricsOf(app: ReturnType<typeof createApp>): Promise<{ text: string; type: string | null }> {
  const res = await app.request('/metrics');
  expect(res.status).toBe(200);
  return { text: await res.text(), type: res.headers.get('content-type') };
}

/** The sample lines of one metric family (`name{labels} value`), sorted. */
function samples(text: string, name: string): string[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `))
    .sort();
}

async function setup() {
  const { db } = closeLater(await migratedDb());
  const created = new Date('2026-11-01T00:00:00Z');
  const gh = await ensureSource(db, { name: 'gh', type: 'greenhouse', settings: { enabled: true } }, created);
  const hn = await ensureSource(db, { name: 'hn', type: 'hn', settings: { enabled: true } }, created);
  await recordRun(db, gh, '2026-11-20T03:00:00Z', 'succeeded', 2, {
    counts: { new: 5, updated: 1, closed: 0, failed: 1 },
  });
  await recordRun(db, gh, '2026-11-21T03:00:00Z', 'partial', 20, {
    counts: { new: 2, updated: 3, closed: 4, failed: 6 },
  });
  await recordRun(db, hn, '2026-11-21T03:00:00Z', 'failed', 1, { error: 'HTTP 503' });
  // Still going: not counted until it ends.
  await recordRun(db, hn, '2026-11-21T11:00:00Z', 'running', null, { counts: { new: 100 } });
  for (const id of ['a', 'b', 'c']) await insertRawPosting(db, gh, { externalId: id, title: 'Backend', html: '' });
  await db
    .updateTable('postings')
    .set({ closed_at: '2026-11-21T03:20:00.000Z' })
    .where('external_id', '=', 'c')
    .execute();
  return createApp({ db, now: () => NOW });
}

describe('GET /metrics', () => {
  it('reports ended runs by source and outcome, and what they stored and failed', async () => {
    const { text, type } = await metricsOf(await setup());
    expect(type).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(text).toContain('# TYPE skillpulse_scrape_runs_total counter');
    expect(samples(text, 'skillpulse_scrape_runs_total')).toEqual([
      'skillpulse_scrape_runs_total{source="gh",status="partial"} 1',
      'skillpulse_scrape_runs_total{source="gh",status="succeeded"} 1',
      'skillpulse_scrape_runs_total{source="hn",status="failed"} 1',
    ]);
    expect(samples(text, 'skillpulse_scrape_postings_total')).toEqual([
      'skillpulse_scrape_postings_total{source="gh",change="closed"} 4',
      'skillpulse_scrape_postings_total{source="gh",change="new"} 7',
      'skillpulse_scrape_postings_total{source="gh",change="updated"} 4',
      'skillpulse_scrape_postings_total{source="hn",change="closed"} 0',
      'skillpulse_scrape_postings_total{source="hn",change="new"} 0',
      'skillpulse_scrape_postings_total{source="hn",change="updated"} 0',
    ]);
    expect(samples(text, 'skillpulse_scrape_failures_total')).toEqual([
      'skillpulse_scrape_failures_total{source="gh"} 7',
      'skillpulse_scrape_failures_total{source="hn"} 0',
    ]);
  });

  it('reports run durations as a histogram, postings stored and each source’s last success', async () => {
    const { text } = await metricsOf(await setup());
    // gh: 120 s and 1,200 s; hn: 60 s.
    expect(samples(text, 'skillpulse_scrape_run_duration_seconds_count')).toEqual([
      'skillpulse_scrape_run_duration_seconds_count{source="gh"} 2',
      'skillpulse_scrape_run_duration_seconds_count{source="hn"} 1',
    ]);
    expect(samples(text, 'skillpulse_scrape_run_duration_seconds_sum')).toEqual([
      'skillpulse_scrape_run_duration_seconds_sum{source="gh"} 1320',
      'skillpulse_scrape_run_duration_seconds_sum{source="hn"} 60',
    ]);
    expect(text).toContain('skillpulse_scrape_run_duration_seconds_bucket{le="300",source="gh"} 1');
    expect(text).toContain('skillpulse_scrape_run_duration_seconds_bucket{le="1800",source="gh"} 2');
    expect(samples(text, 'skillpulse_postings_stored')).toEqual([
      'skillpulse_postings_stored{source="gh",state="closed"} 1',
      'skillpulse_postings_stored{source="gh",state="open"} 2',
      'skillpulse_postings_stored{source="hn",state="closed"} 0',
      'skillpulse_postings_stored{source="hn",state="open"} 0',
    ]);
    // The partial run's end, 2026-11-21T03:20Z; hn never succeeded: no sample.
    expect(samples(text, 'skillpulse_source_last_success_timestamp_seconds')).toEqual([
      `skillpulse_source_last_success_timestamp_seconds{source="gh"} ${Date.parse('2026-11-21T03:20:00Z') / 1000}`,
    ]);
  });

  it('counts and times HTTP requests by route pattern and status, never by raw path', async () => {
    const app = await setup();
    await app.request('/healthz');
    await app.request('/healthz');
    await app.request('/api/trends?interval=year');
    await app.request('/no/such/page?x=<script>');
    const { text } = await metricsOf(app);
    const requests = samples(text, 'skillpulse_http_requests_total');
    expect(requests).toContain('skillpulse_http_requests_total{method="GET",route="/healthz",status="503"} 2');
    expect(requests).toContain('skillpulse_http_requests_total{method="GET",route="/api/trends",status="400"} 1');
    expect(requests).toContain('skillpulse_http_requests_total{method="GET",route="unmatched",status="404"} 1');
    expect(text).not.toContain('/no/such/page');
    expect(text).toContain(
      'skillpulse_http_request_duration_seconds_count{method="GET",route="/healthz",status="503"} 2',
    );
    // A scrape of /metrics counts once it has answered: the first one is in the second scrape.
    expect(samples((await metricsOf(app)).text, 'skillpulse_http_requests_total')).toContain(
      'skillpulse_http_requests_total{method="GET",route="/metrics",status="200"} 1',
    );
  });

  it('reports the process only when asked (serve asks)', async () => {
    const { db } = closeLater(await migratedDb());
    expect((await metricsOf(createApp({ db }))).text).not.toContain('process_cpu_user_seconds_total');
    expect((await metricsOf(createApp({ db, processMetrics: true }))).text).toContain('process_cpu_user_seconds_total');
  });
});
