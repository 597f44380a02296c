// The `browser` source type: a careers board that injects its JSON-LD with
// JavaScript, which only a real browser sees. PlaywrightCrawler with the
// system Chromium, against a local server, into a migrated database.
import { chromium } from 'playwright';
import { describe, expect, it } from 'vitest';
import { readEnv } from '../../cli/settings.js';
import { resolveChromium } from '../../scrapers/browser/chromium.js';
import { runSource } from '../../scrapers/run-source.js';
import { type SourceConfig, scrapingConfig } from '../../src/config/schema.js';
import { createEnricher } from '../../src/enrich/enrich.js';
import { migratedDb } from '../helpers/db.js';
import { html, startFixtureServer } from '../helpers/fixture-server.js';

const SITE = 'https://jobs.rendered.example';
const posting = {
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  identifier: { '@type': 'PropertyValue', value: 'R-77' },
  title: 'Backend Engineer, Search',
  hiringOrganization: { '@type': 'Organization', name: 'Rendered Inc' },
  datePosted: '2026-11-10',
  employmentType: 'FULL_TIME',
  jobLocation: { '@type': 'Place', address: { addressLocality: 'Lisbon', addressCountry: 'PT' } },
  baseSalary: {
    '@type': 'MonetaryAmount',
    currency: 'EUR',
    value: { '@type': 'QuantitativeValue', minValue: 60000, maxValue: 80000, unitText: 'YEAR' },
  },
  description: '<p>Build search services in Rust and Go on Kubernetes, with Elasticsearch.</p>',
};

// The listing links to the job page; the job page writes its JSON-LD from a script after load.
const LISTING = '<!doctype html><title>Jobs</title><a href="/jobs/r-77">Backend Engineer</a>';
const JOB = `<!doctype html><title>Backend Engineer</title><script>
  const data = ${JSON.stringify(JSON.stringify(posting))};
  addEventListener('DOMContentLoaded', () => {
    const s = document.createElement('script');
    s.type = 'application/ld+json';
    s.textContent = data;
    document.head.appendChild(s);
  });
</script>`;

const SITEMAP = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${SITE}/jobs/r-77</loc></url></urlset>`;

describe('browser source', () => {
  it('follows a sitemap fetched through Chromium', async () => {
    const server = await startFixtureServer({
      '/sitemap.xml': { headers: { 'content-type': 'application/xml' }, body: SITEMAP },
      '/jobs/r-77': html(JOB),
      '/nothing': html('<!doctype html><title>No links</title>'),
    });
    const { db } = await migratedDb();
    const summary = await runSource(
      {
        type: 'browser',
        name: 'rendered',
        startUrls: [`${SITE}/nothing`],
        sitemap: `${SITE}/sitemap.xml`,
        baseUrl: server.url,
        enabled: true,
      },
      {
        db,
        enricher: createEnricher(),
        scraping: { ...scrapingConfig.parse({}), perHostDelaySecs: 0, maxRetries: 1 },
        trigger: 'manual',
        crawler: { chromiumPath: resolveChromium(readEnv().chromiumPath, () => chromium.executablePath()) },
      },
    );
    expect(summary.counts).toMatchObject({ pagesFetched: 3, new: 1, failed: 0 });
    expect(await db.selectFrom('postings').select('external_id').execute()).toEqual([{ external_id: 'R-77' }]);
  });

  it('reads JSON-LD that scripts inject, which a plain fetch does not see', async () => {
    const server = await startFixtureServer({ '/jobs': html(LISTING), '/jobs/r-77': html(JOB) });
    const chromiumPath = resolveChromium(readEnv().chromiumPath, () => chromium.executablePath());
    const scraping = { ...scrapingConfig.parse({}), perHostDelaySecs: 0, maxRetries: 1 };
    const base = { name: 'rendered', startUrls: [`${SITE}/jobs`], baseUrl: server.url, enabled: true };

    const plain = await migratedDb();
    const fetched = await runSource({ ...base, type: 'jsonld' } as SourceConfig, {
      db: plain.db,
      enricher: createEnricher(),
      scraping,
      trigger: 'manual',
    });
    expect(fetched.counts).toMatchObject({ pagesFetched: 2, new: 0 });

    const { db } = await migratedDb();
    const rendered = await runSource({ ...base, type: 'browser' } as SourceConfig, {
      db,
      enricher: createEnricher(),
      scraping,
      trigger: 'manual',
      crawler: { chromiumPath },
    });
    expect(rendered.status).toBe('succeeded');
    expect(rendered.counts).toMatchObject({ pagesFetched: 2, new: 1, failed: 0 });
    const row = await db
      .selectFrom('postings')
      .leftJoin('companies', 'companies.id', 'postings.company_id')
      .select([
        'external_id',
        'title',
        'companies.name as company',
        'country',
        'city',
        'salary_min',
        'salary_max',
        'salary_currency',
        'salary_origin',
        'posted_at',
        'description_text',
      ])
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      external_id: 'R-77',
      title: 'Backend Engineer, Search',
      company: 'Rendered Inc',
      country: 'PT',
      city: 'Lisbon',
      salary_min: 60000,
      salary_max: 80000,
      salary_currency: 'EUR',
      salary_origin: 'structured',
      posted_at: '2026-11-10T00:00:00.000Z',
      description_text: 'Build search services in Rust and Go on Kubernetes, with Elasticsearch.',
    });
    const skills = await db.selectFrom('posting_skills').select('skill_id').execute();
    expect(skills.map((s) => s.skill_id).sort()).toEqual(
      expect.arrayContaining(['elasticsearch', 'kubernetes', 'rust']),
    );
    // The browser identified itself too.
    expect(
      server.requests.filter((r) => r.path !== '/robots.txt').every((r) => r.userAgent === scraping.userAgent),
    ).toBe(true);
  });
});
