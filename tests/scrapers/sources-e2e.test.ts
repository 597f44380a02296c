// Every source type through the real path: its adapter's fixtures served by a
// local HTTP server, the real crawler, enrichment and a migrated database.
// The stored rows must be exactly what the adapter maps (its own tests check
// the mapping against hand-written values), for every backend posting, with
// the rest skipped or failed by reason.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SourceRequest } from '../../scrapers/adapter.js';
import { rawPostingOf } from '../../scrapers/ingest.js';
import { adapterFor } from '../../scrapers/registry.js';
import { runSource } from '../../scrapers/run-source.js';
import { type SourceConfig, scrapingConfig } from '../../src/config/schema.js';
import { createEnricher } from '../../src/enrich/enrich.js';
import type { NormalizedPosting } from '../../src/posting.js';
import { migratedDb } from '../helpers/db.js';
import { startFixtureServer } from '../helpers/fixture-server.js';

const enricher = createEnricher();
const scraping = { ...scrapingConfig.parse({}), perHostDelaySecs: 0, requestsPerMinute: 6_000, maxRetries: 0 };
const NOW = new Date('2026-11-21T03:00:00Z');
const fixtures = new URL('../fixtures/sources/', import.meta.url);

interface Case {
  config: SourceConfig;
  /** The fixture file (under tests/fixtures/sources/<type>/) that answers a URL, or null for a 404. */
  fileFor(url: URL): string;
}

const CASES: Case[] = [
  { config: { type: 'greenhouse', name: 'gh', board: 'acmepayments', enabled: true }, fileFor: () => 'board.json' },
  { config: { type: 'lever', name: 'lv', site: 'acmepayments', enabled: true }, fileFor: () => 'page.json' },
  { config: { type: 'ashby', name: 'ab', board: 'acmepayments', enabled: true }, fileFor: () => 'board.json' },
  {
    config: { type: 'smartrecruiters', name: 'sr', company: 'NordwindLogistics', enabled: true },
    fileFor: (url) => {
      const detail = /\/postings\/(\d+)$/.exec(url.pathname);
      if (detail) return `posting-${detail[1]}.json`;
      return url.searchParams.get('offset') === '0' ? 'list-1.json' : 'list-2.json';
    },
  },
  { config: { type: 'workable', name: 'wk', account: 'lumen-payments', enabled: true }, fileFor: () => 'account.json' },
  { config: { type: 'recruitee', name: 'rc', company: 'veldhoven', enabled: true }, fileFor: () => 'offers.json' },
  { config: { type: 'remoteok', name: 'ro', enabled: true }, fileFor: () => 'board.json' },
  {
    config: { type: 'arbeitnow', name: 'an', enabled: true },
    fileFor: (url) => `page-${url.searchParams.get('page') ?? '1'}.json`,
  },
  {
    config: { type: 'himalayas', name: 'hm', enabled: true },
    fileFor: (url) => (url.searchParams.get('offset') === '0' ? 'page-1.json' : 'page-2.json'),
  },
  {
    config: { type: 'hn', name: 'hn', since: '2026-03', until: '2026-03', enabled: true },
    fileFor: (url) => (url.pathname.startsWith('/api/v1/items/') ? 'thread.json' : 'search.json'),
  },
  {
    // A careers site: a listing page linking job pages in every JSON-LD shape; links with no page are 404s.
    config: {
      type: 'jsonld',
      name: 'nw',
      startUrls: ['https://careers.northwind.example/careers/jobs'],
      enabled: true,
    },
    fileFor: (url) =>
      ({
        '/careers/jobs': url.search === '' ? 'listing.html' : 'blocks.html',
        '/jobs/backend-engineer-berlin': 'plain.html',
        '/jobs/platform-engineer': 'graph.html',
        '/jobs/data-engineer': 'escaped.html',
        '/jobs/sre': 'remote.html',
        '/careers/open': 'malformed.html',
      })[url.pathname] ?? 'missing',
  },
];

function fixture(type: string, file: string): string | null {
  const path = new URL(`${type}/${file}`, fixtures);
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

/** What the adapter makes of the fixtures on its own, following its requests: the expected result. */
function offlineCrawl(c: Case, baseUrl: string) {
  const adapter = adapterFor(c.config.type);
  const config = { ...c.config, baseUrl } as SourceConfig;
  const postings: NormalizedPosting[] = [];
  let failed = 0;
  const queue: SourceRequest[] = adapter.start(config, { now: NOW });
  const seen = new Set<string>();
  while (queue.length > 0) {
    const request = queue.shift() as SourceRequest;
    if (seen.has(request.url)) continue;
    seen.add(request.url);
    const body = fixture(c.config.type, c.fileFor(new URL(request.url)));
    if (body === null) {
      failed++;
      continue;
    }
    const page = adapter.read(adapter.format === 'json' ? JSON.parse(body) : body, request, config, { now: NOW });
    // A posting listed on two pages is stored once (the ingest keeps the first).
    postings.push(...page.postings.filter((p) => !postings.some((q) => q.externalId === p.externalId)));
    queue.push(...page.next);
  }
  return { postings, failed };
}

describe.each(CASES)('$config.type through the crawler', (c) => {
  it('stores what the adapter maps, field by field', async () => {
    const server = await startFixtureServer({
      '*': (req) => {
        const body = fixture(c.config.type, c.fileFor(new URL(req.url ?? '/', 'http://127.0.0.1')));
        const type = c.config.type === 'jsonld' ? 'text/html; charset=utf-8' : 'application/json';
        return body === null ? { status: 404 } : { headers: { 'content-type': type }, body };
      },
      '/robots.txt': { status: 404 },
    });
    const { db } = await migratedDb();
    const expected = offlineCrawl(c, server.url);
    const backend = expected.postings.filter((p) => enricher.enrich(rawPostingOf(p)).backend);
    expect(backend.length).toBeGreaterThan(0);

    const summary = await runSource({ ...c.config, baseUrl: server.url } as SourceConfig, {
      db,
      enricher,
      scraping,
      trigger: 'manual',
      now: () => NOW,
    });
    expect(summary.counts).toMatchObject({ new: backend.length, failed: expected.failed });
    expect(summary.counts.skipReasons['not-backend'] ?? 0).toBe(expected.postings.length - backend.length);
    expect(summary.status).toBe(expected.failed > 0 ? 'partial' : 'succeeded');

    const rows = await db
      .selectFrom('postings')
      .leftJoin('companies', 'companies.id', 'postings.company_id')
      .select([
        'external_id',
        'url',
        'title',
        'companies.name as company',
        'location_text',
        'employment_type',
        'posted_at',
        'attribution_url',
        'salary_min',
        'salary_max',
        'salary_currency',
        'salary_period',
        'salary_origin',
        'work_mode',
        'source_facts',
      ])
      .orderBy('external_id')
      .execute();
    const want = [...backend]
      .sort((a, b) => (a.externalId < b.externalId ? -1 : 1))
      .map((p) => [p, enricher.enrich(rawPostingOf(p))] as const)
      .map(([p, e]) => ({
        external_id: p.externalId,
        url: p.url,
        title: p.title,
        company: p.company,
        location_text: p.location,
        employment_type: p.employmentType,
        posted_at: p.postedAt,
        attribution_url: p.attributionUrl,
        // A structured salary or work mode is kept as given; otherwise the enrichment reads the text.
        salary_min: e.salary?.min ?? null,
        salary_max: e.salary?.max ?? null,
        salary_currency: e.salary?.currency ?? null,
        salary_period: e.salary?.period ?? null,
        salary_origin: e.salary?.origin ?? null,
        work_mode: e.workMode,
        source_facts: JSON.stringify({ salary: p.salary, workMode: p.workMode, country: p.country }),
      }));
    expect(rows).toEqual(want);
    // Structured salaries are the source's, never overridden by the text.
    for (const p of backend.filter((b) => b.salary)) {
      const row = rows.find((r) => r.external_id === p.externalId);
      expect(row).toMatchObject({ salary_origin: 'structured', salary_min: p.salary?.min ?? null });
    }
  });
});
