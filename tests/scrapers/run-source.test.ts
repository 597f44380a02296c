// The whole path — real crawler, local HTTP server, real migrations, real
// enrichment — on a Greenhouse-format board: what is stored, what a re-run
// changes, and what faults do to a run.
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/connection.js';
import { type ScrapingConfig, scrapingConfig } from '../../src/config/schema.js';
import { createEnricher } from '../../src/enrich/enrich.js';
import { runSource } from '../../scrapers/run-source.js';
import { migratedDb } from '../helpers/db.js';
import { type Route, json, startFixtureServer } from '../helpers/fixture-server.js';

const enricher = createEnricher();
const scraping: ScrapingConfig = {
  ...scrapingConfig.parse({}),
  perHostDelaySecs: 0,
  requestsPerMinute: 6_000,
  maxRetries: 3,
  timeoutSecs: 5,
  userAgent: 'skillpulse-test/1.0 (+https://example.test/bot)',
};
const crawler = { retryBaseMs: 10, maxRetryAfterMs: 2_000 };
const BOARD = '/v1/boards/acme/jobs';

function job(id: number, title: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    title,
    absolute_url: `https://boards.greenhouse.io/acme/jobs/${id}`,
    location: { name: 'Berlin, Germany' },
    first_published: '2026-10-01T09:00:00-04:00',
    updated_at: '2026-10-02T09:00:00-04:00',
    content:
      '&lt;p&gt;You will build payment APIs in Go and Python, deployed to Kubernetes, with PostgreSQL and Kafka.&lt;/p&gt;&lt;h3&gt;Requirements&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;5+ years of backend experience&lt;/li&gt;&lt;/ul&gt;',
    ...extra,
  };
}

const BACKEND = job(101, 'Senior Backend Engineer', {
  pay_input_ranges: [{ min_cents: 9_000_000, max_cents: 12_000_000, currency_type: 'EUR', title: 'Berlin' }],
});
const PLATFORM = job(102, 'Platform Engineer (SRE)');
const SALES = job(103, 'Account Executive', { content: '&lt;p&gt;Sell our product to banks.&lt;/p&gt;' });

async function setup(routes: Record<string, Route>) {
  const server = await startFixtureServer(routes);
  const { db } = await migratedDb();
  const source = {
    type: 'greenhouse' as const,
    name: 'acme',
    board: 'acme',
    company: 'Acme Payments',
    baseUrl: server.url,
    enabled: true,
  };
  let clock = new Date('2026-11-20T03:00:00Z');
  const run = () => {
    clock = new Date(clock.getTime() + 86_400_000);
    const at = clock;
    return runSource(source, { db, enricher, scraping, trigger: 'manual', crawler, now: () => at });
  };
  return { server, db, run };
}

async function stored(db: Db) {
  return db
    .selectFrom('postings')
    .leftJoin('companies', 'companies.id', 'postings.company_id')
    .select([
      'external_id',
      'title',
      'companies.name as company',
      'location_text',
      'country',
      'city',
      'url',
      'seniority',
      'salary_min',
      'salary_max',
      'salary_currency',
      'salary_period',
      'salary_origin',
      'salary_annual_max',
      'posted_at',
      'closed_at',
      'is_backend',
    ])
    .orderBy('external_id')
    .execute();
}

describe('runSource (Greenhouse format, local server)', () => {
  it('stores backend postings field by field, enriched, and counts the rest', async () => {
    const { server, db, run } = await setup({
      [BOARD]: json({ jobs: [BACKEND, PLATFORM, SALES, { title: 'no id' }] }),
    });
    const summary = await run();
    expect(summary.status).toBe('succeeded');
    expect(summary.counts).toMatchObject({
      pagesFetched: 1,
      new: 2,
      updated: 0,
      unchanged: 0,
      closed: 0,
      skipped: 2,
      failed: 0,
    });
    expect(summary.counts.skipReasons).toEqual({ 'not-backend': 1, 'missing-id': 1 });
    const rows = await stored(db);
    expect(rows[0]).toEqual({
      external_id: '101',
      title: 'Senior Backend Engineer',
      company: 'Acme Payments',
      location_text: 'Berlin, Germany',
      country: 'DE',
      city: 'Berlin',
      url: 'https://boards.greenhouse.io/acme/jobs/101',
      seniority: 'senior',
      salary_min: 90_000,
      salary_max: 120_000,
      salary_currency: 'EUR',
      salary_period: 'year',
      salary_origin: 'structured',
      salary_annual_max: 120_000,
      posted_at: '2026-10-01T13:00:00.000Z',
      closed_at: null,
      is_backend: 1,
    });
    expect(rows.map((r) => r.external_id)).toEqual(['101', '102']);
    const skills = await db.selectFrom('posting_skills').select('skill_id').where('posting_id', '=', 1).execute();
    expect(skills.map((s) => s.skill_id).sort()).toEqual(
      expect.arrayContaining(['go', 'kafka', 'kubernetes', 'postgresql']),
    );
    const text = await db
      .selectFrom('postings')
      .select('description_text')
      .where('external_id', '=', '101')
      .executeTakeFirstOrThrow();
    expect(text.description_text).toBe(
      'You will build payment APIs in Go and Python, deployed to Kubernetes, with PostgreSQL and Kafka.\n\nRequirements\n\n• 5+ years of backend experience',
    );
    // It said who it is, and asked robots.txt first.
    expect(server.requests.map((r) => r.path)).toEqual(['/robots.txt', `${BOARD}?content=true&pay_transparency=true`]);
    expect(new Set(server.requests.map((r) => r.userAgent))).toEqual(new Set([scraping.userAgent]));
    const [runRow] = await db.selectFrom('scrape_runs').selectAll().execute();
    expect(runRow).toMatchObject({ status: 'succeeded', postings_new: 2, postings_skipped: 2, trigger: 'manual' });
    expect(JSON.parse(runRow?.skip_reasons ?? '{}')).toEqual({ 'not-backend': 1, 'missing-id': 1 });
  });

  it('re-runs incrementally: nothing new when unchanged, one update, one close, one reopen', async () => {
    const { server, db, run } = await setup({ [BOARD]: json({ jobs: [BACKEND, PLATFORM] }) });
    expect((await run()).counts).toMatchObject({ new: 2 });
    expect((await run()).counts).toMatchObject({ new: 0, updated: 0, unchanged: 2, closed: 0 });

    server.routes.set(BOARD, json({ jobs: [{ ...BACKEND, title: 'Staff Backend Engineer' }, PLATFORM] }));
    expect((await run()).counts).toMatchObject({ new: 0, updated: 1, unchanged: 1, closed: 0 });
    expect((await stored(db))[0]).toMatchObject({ title: 'Staff Backend Engineer', seniority: 'staff' });

    server.routes.set(BOARD, json({ jobs: [PLATFORM] }));
    expect((await run()).counts).toMatchObject({ new: 0, updated: 0, unchanged: 1, closed: 1 });
    expect((await stored(db))[0]?.closed_at).not.toBeNull();

    server.routes.set(BOARD, json({ jobs: [{ ...BACKEND, title: 'Staff Backend Engineer' }, PLATFORM] }));
    expect((await run()).counts).toMatchObject({ new: 0, updated: 1, unchanged: 1, closed: 0 });
    expect((await stored(db)).map((r) => r.closed_at)).toEqual([null, null]);
    expect(await db.selectFrom('postings').select(db.fn.countAll().as('n')).executeTakeFirst()).toEqual({ n: 2 });
  });

  it('retries 5xx, resets and 429 with Retry-After, then stores everything', async () => {
    const faults = [{ status: 500 }, { reset: true }, { status: 429, headers: { 'retry-after': '1' } }];
    const { server, run } = await setup({
      [BOARD]: (_req: unknown, n: number) => faults[n - 1] ?? json({ jobs: [BACKEND, PLATFORM] }),
    });
    const started = Date.now();
    const summary = await run();
    expect(summary.status).toBe('succeeded');
    expect(summary.counts).toMatchObject({ new: 2, failed: 0 });
    const boardHits = server.requests.filter((r) => r.path.startsWith(BOARD));
    expect(boardHits).toHaveLength(4);
    // The 429 asked for a second: the retry after it waited that long.
    const afterThrottle = (boardHits[3]?.at ?? 0) - (boardHits[2]?.at ?? 0);
    expect(afterThrottle).toBeGreaterThanOrEqual(950);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('a board that keeps failing fails the run, counted by reason, and loses nothing stored', async () => {
    const { server, db, run } = await setup({ [BOARD]: json({ jobs: [BACKEND, PLATFORM] }) });
    await run();
    server.routes.set(BOARD, { status: 503 });
    const failing = await run();
    expect(failing.status).toBe('failed');
    expect(failing.counts).toMatchObject({ failed: 1, closed: 0 });
    expect(failing.counts.failureReasons).toEqual({ 'http-503': 1 });
    server.routes.set(BOARD, { status: 404, body: 'no such board' });
    const missing = await run();
    expect(missing.counts.failureReasons).toEqual({ 'http-404': 1 });
    expect(server.requests.filter((r) => r.path.startsWith(BOARD)).length).toBe(1 + 4 + 1); // 404 is not retried
    server.routes.set(BOARD, { status: 200, headers: { 'content-type': 'application/json' }, body: '{"jobs": [' });
    const before = server.requests.length;
    const started = Date.now();
    expect((await run()).counts.failureReasons).toEqual({ 'malformed-json': 1 });
    // Failed at once: no backoff (10, 20, 40 ms here) waited out before giving up.
    expect(Date.now() - started).toBeLessThan(1_000);
    // A body in the wrong format is not asked for again: retrying cannot mend it.
    expect(server.requests.slice(before).filter((r) => r.path.startsWith(BOARD))).toHaveLength(1);
    const rows = await stored(db);
    expect(rows.map((r) => [r.external_id, r.closed_at])).toEqual([
      ['101', null],
      ['102', null],
    ]);
  });

  it('honours robots.txt', async () => {
    const { server, db, run } = await setup({
      '/robots.txt': {
        status: 200,
        headers: { 'content-type': 'text/plain' },
        body: 'User-agent: *\nDisallow: /v1/\n',
      },
      [BOARD]: json({ jobs: [BACKEND] }),
    });
    const summary = await run();
    expect(summary.counts.failureReasons).toEqual({ 'robots-txt': 1 });
    expect(server.requests.some((r) => r.path.startsWith(BOARD))).toBe(false);
    expect(await stored(db)).toEqual([]);
  });
});
