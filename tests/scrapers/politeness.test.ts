// Politeness and durability on the real crawler: the per-host delay spaces
// requests, batches are stored while the run is still going, and a page in a
// legacy charset is read as the server says.
import { describe, expect, it } from 'vitest';
import { runSource } from '../../scrapers/run-source.js';
import { type SourceConfig, scrapingConfig } from '../../src/config/schema.js';
import { configuredSources, defaultConfig } from '../../src/config/parse.js';
import { DEFAULT_SOURCES } from '../../src/config/default-sources.js';
import { createEnricher } from '../../src/enrich/enrich.js';
import { migratedDb } from '../helpers/db.js';
import { html, startFixtureServer } from '../helpers/fixture-server.js';

const enricher = createEnricher();
const SITE = 'https://careers.polite.example';

function jobPage(id: number, title = `Backend Engineer ${id}`): string {
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    identifier: String(id),
    title,
    hiringOrganization: 'Polite Co',
    datePosted: '2026-11-01',
    description: '<p>Go services on Kubernetes with PostgreSQL.</p>',
  };
  return `<!doctype html><script type="application/ld+json">${JSON.stringify(ld)}</script>`;
}

function site(count: number) {
  const links = Array.from({ length: count }, (_, i) => `<a href="/jobs/${i}">Job ${i}</a>`).join('');
  const routes: Record<string, ReturnType<typeof html>> = { '/jobs': html(links) };
  for (let i = 0; i < count; i++) routes[`/jobs/${i}`] = html(jobPage(i));
  return routes;
}

const source = (baseUrl: string): SourceConfig => ({
  type: 'jsonld',
  name: 'polite',
  startUrls: [`${SITE}/jobs`],
  baseUrl,
  enabled: true,
});

describe('politeness and durability', () => {
  it('waits perHostDelaySecs between two requests to one host', async () => {
    const server = await startFixtureServer(site(3));
    const { db } = await migratedDb();
    await runSource(source(server.url), {
      db,
      enricher,
      scraping: { ...scrapingConfig.parse({}), perHostDelaySecs: 0.3, concurrency: 4, respectRobotsTxt: false },
      trigger: 'manual',
    });
    expect(server.requests).toHaveLength(4);
    // The three job pages were queued together, with 4 slots free: they still went 300 ms apart.
    // (The listing's own start is not timed: its connection set-up delays its arrival.)
    const jobs = server.requests.slice(1).map((r) => r.at);
    expect((jobs[1] as number) - (jobs[0] as number)).toBeGreaterThanOrEqual(280);
    expect((jobs[2] as number) - (jobs[1] as number)).toBeGreaterThanOrEqual(280);
  });

  it('stores each finished batch while the run goes on', async () => {
    const routes = site(6);
    // The last page answers late: by then the first batches must be in the database.
    routes['/jobs/5'] = { ...html(jobPage(5)), delayMs: 1_500 };
    const server = await startFixtureServer(routes);
    const { db } = await migratedDb();
    const seenMidRun: number[] = [];
    const poll = setInterval(async () => {
      const row = await db.selectFrom('postings').select(db.fn.countAll<number>().as('n')).executeTakeFirst();
      seenMidRun.push(Number(row?.n ?? 0));
    }, 100);
    const summary = await runSource(source(server.url), {
      db,
      enricher,
      scraping: { ...scrapingConfig.parse({}), perHostDelaySecs: 0, concurrency: 1, respectRobotsTxt: false },
      trigger: 'manual',
      batchSize: 2,
    });
    clearInterval(poll);
    expect(summary.counts.new).toBe(6);
    // While page 5 was pending, pages 0–3 (two batches) were already stored.
    expect(seenMidRun).toContain(4);
    const run = await db.selectFrom('scrape_runs').select(['postings_new', 'status']).executeTakeFirstOrThrow();
    expect(run).toEqual({ postings_new: 6, status: 'succeeded' });
  });

  it('reads a page in the charset its server declares', async () => {
    const latin1 = Buffer.from(jobPage(1, 'Backend-Entwickler (m/w/d) Zürich'), 'latin1');
    const server = await startFixtureServer({
      '/jobs': html('<a href="/jobs/1">Job</a>'),
      '/jobs/1': { headers: { 'content-type': 'text/html; charset=iso-8859-1' }, body: latin1 },
    });
    const { db } = await migratedDb();
    await runSource(source(server.url), {
      db,
      enricher,
      scraping: { ...scrapingConfig.parse({}), perHostDelaySecs: 0, respectRobotsTxt: false },
      trigger: 'manual',
    });
    const row = await db.selectFrom('postings').select('title').executeTakeFirstOrThrow();
    expect(row.title).toBe('Backend-Entwickler (m/w/d) Zürich');
  });

  it('scrapes the built-in sources when the config names none', () => {
    expect(configuredSources(defaultConfig())).toBe(DEFAULT_SOURCES);
  });
});
