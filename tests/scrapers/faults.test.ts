// A source whose server fails a share of its requests: 5xx for good, reset
// connections, 429 with Retry-After, a stalled response. The run finishes,
// every failure is counted by reason, and every healthy posting is stored.
import { describe, expect, it } from 'vitest';
import { runSource } from '../../scrapers/run-source.js';
import { scrapingConfig } from '../../src/config/schema.js';
import { createEnricher } from '../../src/enrich/enrich.js';
import { migratedDb } from '../helpers/db.js';
import { type FixtureResponse, type Route, json, startFixtureServer } from '../helpers/fixture-server.js';

const COMPANY = 'Nordwind';
const IDS = Array.from({ length: 12 }, (_, i) => String(1000 + i));

function detail(id: string) {
  return {
    id,
    name: `Backend Engineer ${id}`,
    company: { identifier: COMPANY, name: 'Nordwind Logistics' },
    releasedDate: '2026-11-01T09:00:00.000Z',
    location: { city: 'Hamburg', country: 'de', remote: false },
    typeOfEmployment: { label: 'Full-time' },
    jobAd: {
      sections: {
        jobDescription: {
          title: 'Job Description',
          text: '<p>Build dispatch services in Go with PostgreSQL and Kafka.</p>',
        },
      },
    },
  };
}

/** How each detail request is answered: a share fail for good, some recover. */
function faultFor(id: string, n: number): FixtureResponse | null {
  switch (IDS.indexOf(id) % 6) {
    case 0:
      return { status: 500 }; // fails on every attempt
    case 1:
      return { reset: true }; // the connection is reset on every attempt
    case 2:
      return n === 1 ? { status: 429, headers: { 'retry-after': '1' } } : null; // throttled once
    case 3:
      return n <= 2 ? { status: 502 } : null; // recovers on the third attempt
    case 4:
      return n === 1 ? { delayMs: 3_000 } : null; // stalls once, past the timeout
    default:
      return null;
  }
}

describe('a source that fails a share of its requests', () => {
  it('completes, counts each failure by reason, and stores the healthy postings', async () => {
    const routes: Record<string, Route> = {
      [`/v1/companies/${COMPANY}/postings`]: json({
        offset: 0,
        limit: 100,
        totalFound: IDS.length,
        content: IDS.map((id) => ({ id, name: `Backend Engineer ${id}` })),
      }),
    };
    for (const id of IDS) {
      routes[`/v1/companies/${COMPANY}/postings/${id}`] = (_req, n) => faultFor(id, n) ?? json(detail(id));
    }
    const server = await startFixtureServer(routes);
    const { db } = await migratedDb();
    const summary = await runSource(
      { type: 'smartrecruiters', name: 'nordwind', company: COMPANY, baseUrl: server.url, enabled: true },
      {
        db,
        enricher: createEnricher(),
        scraping: { ...scrapingConfig.parse({}), perHostDelaySecs: 0, maxRetries: 2, timeoutSecs: 1, concurrency: 4 },
        trigger: 'manual',
        crawler: { retryBaseMs: 20, maxRetryAfterMs: 2_000 },
      },
    );
    // 12 details: ids at 0 and 6 always 500, at 1 and 7 always reset; the other 8 recover.
    expect(summary.status).toBe('partial');
    expect(summary.counts).toMatchObject({ new: 8, failed: 4, closed: 0 });
    expect(summary.counts.failureReasons).toEqual({ 'http-500': 2, 'connection-reset': 2 });
    const stored = await db.selectFrom('postings').select('external_id').orderBy('external_id').execute();
    expect(stored.map((r) => r.external_id)).toEqual(IDS.filter((_, i) => i % 6 > 1));
    const run = await db.selectFrom('scrape_runs').selectAll().executeTakeFirstOrThrow();
    expect(run).toMatchObject({ status: 'partial', postings_new: 8, postings_failed: 4, postings_closed: 0 });
  });
});
