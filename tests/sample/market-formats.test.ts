// Every source type's sample-market wire format, read back by its real
// scraper: a small sample source rendered by sample/market/routes.ts, served
// under its own path prefix on a local server, crawled by runSource (the
// browser type through Chromium) into a migrated database.
import { chromium } from 'playwright';
import { describe, expect, it } from 'vitest';
import { readEnv } from '../../cli/settings.js';
import { type SampleResponse, renderSource, sampleSourceConfig } from '../../sample/market/routes.js';
import type { SampleJob, SampleSalary, SampleSource } from '../../sample/market/types.js';
import { resolveChromium } from '../../scrapers/browser/chromium.js';
import { runSource } from '../../scrapers/run-source.js';
import { type SourceType, scrapingConfig, sourceConfig } from '../../src/config/schema.js';
import { createEnricher } from '../../src/enrich/enrich.js';
import { migratedDb } from '../helpers/db.js';
import { type Route, startFixtureServer } from '../helpers/fixture-server.js';

const enricher = createEnricher();
const scraping = { ...scrapingConfig.parse({}), perHostDelaySecs: 0, requestsPerMinute: 6_000, maxRetries: 0 };
const NOW = new Date('2026-02-20T12:00:00Z');
const BOARD = 'Acme Pay';

/** Six backend jobs over three months and two years; the last one is served malformed. */
function sampleJobs(companyOf: (company: string) => string): SampleJob[] {
  const job = (fields: Omit<SampleJob, 'company'> & { company: string }): SampleJob => ({
    ...fields,
    company: companyOf(fields.company),
  });
  return [
    job({
      id: '4100231',
      title: 'Senior Backend Engineer',
      company: 'Acme Pay',
      descriptionHtml:
        '<p>Acme Pay settles card payments for 40,000 shops.</p><h3>What you will do</h3><ul><li>Build Go services behind gRPC and REST APIs</li><li>Own PostgreSQL schemas and Kafka event streams</li><li>Run it all on Kubernetes, with Terraform</li></ul><p>Salary: €80,000 – €95,000 a year. Hybrid: two days a week in our Berlin office.</p>',
      location: 'Berlin, Germany',
      country: 'DE',
      workMode: 'hybrid',
      postedAt: '2025-12-03T10:15:00Z',
      salary: { min: 80_000, max: 95_000, currency: 'EUR', period: 'year' },
    }),
    job({
      id: '4100232',
      title: 'Platform Engineer',
      company: 'Northwind Cloud',
      descriptionHtml:
        '<p>Our platform team gives twelve product teams a paved road to production.</p><ul><li>Terraform and Helm on AWS (EKS)</li><li>Prometheus, Grafana and OpenTelemetry for observability</li><li>Some Go for our internal tooling</li></ul><p>$150,000 – $180,000 a year, fully remote within the United States.</p>',
      location: 'Remote (US)',
      country: 'US',
      workMode: 'remote',
      postedAt: '2026-01-08T15:30:00Z',
      salary: { min: 150_000, max: 180_000, currency: 'USD', period: 'year' },
    }),
    job({
      id: '4100233',
      title: 'Site Reliability Engineer',
      company: 'Lumen Labs',
      descriptionHtml:
        '<p>Keep our Linux fleet and Kubernetes clusters healthy.</p><ul><li>On-call one week in six</li><li>Python and Go automation</li><li>PostgreSQL and Redis operations</li></ul><p>£6,500 – £7,500 a month, on site in our London office.</p>',
      location: 'London, UK',
      country: 'GB',
      workMode: 'onsite',
      postedAt: '2026-01-21T09:00:00Z',
      salary: { min: 6_500, max: 7_500, currency: 'GBP', period: 'month' },
    }),
    job({
      id: '4100234',
      title: 'Data Engineer',
      company: 'Veldhoven Energy',
      descriptionHtml:
        '<p>Build the pipelines that forecast solar output for 40,000 rooftops.</p><ul><li>Python, Airflow and Spark</li><li>Kafka and PostgreSQL</li></ul><p>A contract role at €85 – €100 an hour, on site in Amsterdam.</p>',
      location: 'Amsterdam, Netherlands',
      country: 'NL',
      workMode: 'onsite',
      postedAt: '2026-02-02T08:45:00Z',
      salary: { min: 85, max: 100, currency: 'EUR', period: 'hour' },
    }),
    job({
      id: '4100235',
      title: 'Python Backend Engineer',
      company: 'Kontor Systems',
      descriptionHtml:
        '<p>Kontor Systems builds accounting software for small businesses.</p><ul><li>Django and FastAPI services</li><li>PostgreSQL, Redis and Celery on AWS</li></ul><p>Hybrid in Hamburg.</p>',
      location: 'Hamburg, Germany',
      country: 'DE',
      workMode: 'hybrid',
      postedAt: '2026-02-10T11:00:00Z',
      salary: null,
    }),
    job({
      id: '4100236',
      title: 'Java Backend Developer',
      company: 'Fjord Systems',
      descriptionHtml: '<p>Java 21 and Spring Boot services with Kafka and PostgreSQL.</p>',
      location: 'Oslo, Norway',
      country: 'NO',
      workMode: 'onsite',
      postedAt: '2026-02-14T13:20:00Z',
      salary: null,
    }),
  ];
}

/** Aggregators and HN list many companies' jobs; the other types are one company's board or site. */
const MANY_COMPANIES = new Set<SourceType>(['remoteok', 'arbeitnow', 'himalayas', 'hn']);

const TOKENS: Partial<Record<SourceType, string>> = { smartrecruiters: 'AcmePay', workable: 'acme-pay' };

function sampleSource(type: SourceType): SampleSource {
  const many = MANY_COMPANIES.has(type);
  return {
    type,
    name: `sample-${type}`,
    token: TOKENS[type] ?? 'acmepay',
    company: many ? null : BOARD,
    jobs: sampleJobs((company) => (many ? company : BOARD)),
    malformed: ['4100236'],
  };
}

/** Whether the format carries this salary in structured fields (else it is only in the text). */
function structured(type: SourceType, salary: SampleSalary | null): boolean {
  if (!salary) return false;
  if (type === 'remoteok') return salary.currency === 'USD' && salary.period === 'year';
  if (type === 'himalayas') return salary.period === 'year';
  return ['greenhouse', 'lever', 'ashby', 'recruitee', 'jsonld', 'browser'].includes(type);
}

function routesOf(source: SampleSource, rendered: Map<string, SampleResponse>): Record<string, Route> {
  const routes: Record<string, Route> = {
    '/robots.txt': { headers: { 'content-type': 'text/plain' }, body: 'User-agent: *\nAllow: /\n' },
  };
  for (const [path, response] of rendered) {
    routes[`/${source.name}${path}`] = {
      status: response.status,
      headers: { 'content-type': response.contentType },
      body: response.body,
    };
  }
  return routes;
}

const TYPES: SourceType[] = [
  'greenhouse',
  'lever',
  'ashby',
  'smartrecruiters',
  'workable',
  'recruitee',
  'remoteok',
  'arbeitnow',
  'himalayas',
  'hn',
  'jsonld',
  'browser',
];

describe.each(TYPES)('the %s format', (type) => {
  it(
    'is read back by the real scraper: every job but the malformed one, with its title, company, date and pay',
    async () => {
      const source = sampleSource(type);
      const rendered = renderSource(source);
      const server = await startFixtureServer(routesOf(source, rendered));
      const config = sourceConfig.parse(sampleSourceConfig(source, `${server.url}/${source.name}`));
      const { db } = await migratedDb();
      const chromiumPath =
        type === 'browser' ? resolveChromium(readEnv().chromiumPath, () => chromium.executablePath()) : undefined;

      const summary = await runSource(config, {
        db,
        enricher,
        scraping,
        trigger: 'manual',
        now: () => NOW,
        crawler: { chromiumPath },
      });

      const kept = source.jobs.filter((job) => !source.malformed.includes(job.id));
      expect(summary.status).toBe('succeeded');
      expect(summary.counts).toMatchObject({ new: kept.length, failed: 0, skipped: 1 });
      // HN comments have no title field: the broken one comes without its id.
      expect(summary.counts.skipReasons).toEqual({ [type === 'hn' ? 'missing-id' : 'missing-title']: 1 });

      const rows = await db
        .selectFrom('postings')
        .leftJoin('companies', 'companies.id', 'postings.company_id')
        .select([
          'external_id',
          'title',
          'companies.name as company',
          'posted_at',
          'salary_min',
          'salary_max',
          'salary_currency',
          'salary_period',
          'salary_origin',
        ])
        .orderBy('external_id')
        .execute();
      expect(rows).toMatchObject(
        kept.map((job) => ({
          external_id: job.id,
          title: job.title,
          company: job.company,
          // Workable sends dates without a time: read as midnight UTC.
          posted_at:
            type === 'workable' ? `${job.postedAt.slice(0, 10)}T00:00:00.000Z` : new Date(job.postedAt).toISOString(),
          ...(structured(type, job.salary) && job.salary
            ? {
                salary_min: job.salary.min,
                salary_max: job.salary.max,
                salary_currency: job.salary.currency,
                salary_period: job.salary.period,
                salary_origin: 'structured',
              }
            : {}),
        })),
      );
      for (const [index, job] of kept.entries()) {
        if (!structured(type, job.salary)) expect(rows[index]?.salary_origin).not.toBe('structured');
      }

      // The adapter asked for exactly the rendered responses, each by its exact key (query included).
      const prefix = `/${source.name}`;
      const asked = server.requests
        .map((request) => request.path)
        .filter((path) => path.startsWith(`${prefix}/`))
        .map((path) => path.slice(prefix.length));
      expect(new Set(asked)).toEqual(new Set(rendered.keys()));
    },
    type === 'browser' ? 90_000 : 20_000,
  );
});

describe('sampleSourceConfig', () => {
  it.each(TYPES)('gives a %s entry the config schema accepts, on the given baseUrl', (type) => {
    const source = sampleSource(type);
    const entry = sourceConfig.parse(sampleSourceConfig(source, 'http://127.0.0.1:4100/acme'));
    expect(entry).toMatchObject({ type, name: source.name, enabled: true, baseUrl: 'http://127.0.0.1:4100/acme' });
  });

  it('sets the HN months to the first and last month of the jobs, whatever the clock', () => {
    expect(sampleSourceConfig(sampleSource('hn'), 'http://127.0.0.1:4100/hn')).toMatchObject({
      since: '2025-12',
      until: '2026-02',
    });
  });
});
