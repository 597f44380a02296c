import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SourceFormatError, type SourceRequest } from '../../../scrapers/adapter.js';
import { recruiteeAdapter as adapter } from '../../../scrapers/sources/recruitee.js';
import type { SourceConfig } from '../../../src/config/schema.js';
import type { NormalizedPosting } from '../../../src/posting.js';

type Config = Extract<SourceConfig, { type: 'recruitee' }>;

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../fixtures/sources/recruitee/${name}`, import.meta.url), 'utf8'));

const context = { now: new Date('2026-11-21T12:00:00Z') };
const config: Config = { name: 'veldhoven', type: 'recruitee', company: 'veldhoven', enabled: true };
const request: SourceRequest = { url: 'https://veldhoven.recruitee.com/api/offers/', label: 'list' };

/** The fields every posting of the fixture shares. */
const base = { company: 'Veldhoven Energy', attributionUrl: null };

describe('recruiteeAdapter.start', () => {
  it('asks the company’s careers host for its offers', () => {
    expect(adapter.start(config, context)).toEqual([request]);
    expect(adapter.completeListing).toBe(true);
  });

  it('replaces the whole careers host with a baseUrl, path kept', () => {
    expect(adapter.start({ ...config, baseUrl: 'http://127.0.0.1:4012' }, context)).toEqual([
      { url: 'http://127.0.0.1:4012/api/offers/', label: 'list' },
    ]);
  });
});

describe('recruiteeAdapter.read', () => {
  const page = adapter.read(fixture('offers.json'), request, config, context);

  it('maps offers with their work-mode flags and structured salaries', () => {
    expect(page.postings).toEqual([
      {
        ...base,
        externalId: '1840233',
        url: 'https://veldhoven.recruitee.com/o/backend-engineer-go-kafka',
        title: 'Backend Engineer (Go, Kafka)',
        location: 'Amsterdam, Netherlands',
        country: 'NL',
        workMode: 'hybrid',
        employmentType: 'full-time',
        description: [
          '<p>Veldhoven Energy balances 3 GW of home batteries and heat pumps against the Dutch grid. Every few seconds our platform decides which device charges and which one rests.</p><p>As a backend engineer you build the Go services that take in telemetry from 400,000 devices through Kafka, store it in PostgreSQL with TimescaleDB and expose it to traders through gRPC APIs.</p>',
          '<h3>Requirements</h3>',
          '<ul><li>3+ years writing production Go</li><li>Experience with Kafka consumers and at-least-once processing</li><li>SQL and PostgreSQL, ideally time-series workloads</li><li>Comfortable with Docker, Kubernetes and Terraform</li></ul>',
        ].join('\n'),
        salary: { min: 5200, max: 6800, currency: 'EUR', period: 'month' },
        postedAt: '2026-11-12T09:30:00.000Z',
      },
      {
        ...base,
        externalId: '1840291',
        url: 'https://veldhoven.recruitee.com/o/senior-platform-engineer',
        title: 'Senior Platform Engineer',
        location: 'Utrecht, Netherlands',
        country: 'NL',
        workMode: 'remote',
        employmentType: 'contract',
        // The requirements bring their own heading.
        description: [
          '<p>Our platform team gives 12 product teams a paved road to production on AWS.</p>',
          '<h2>What we ask</h2><ul><li>Kubernetes (EKS) and Helm at scale</li><li>Terraform, Argo CD and GitHub Actions</li><li>Observability with Prometheus, Loki and OpenTelemetry</li></ul>',
        ].join('\n'),
        salary: { min: 85000, max: null, currency: 'EUR', period: 'year' },
        postedAt: '2026-11-03T12:00:00.000Z',
      },
      {
        ...base,
        externalId: '1840302',
        url: 'https://veldhoven.recruitee.com/o/database-reliability-engineer',
        title: 'Database Reliability Engineer (PostgreSQL)',
        location: 'Eindhoven, Netherlands',
        country: 'NL',
        // remote and on_site both set, hybrid not: no single mode is stated.
        workMode: null,
        employmentType: 'part-time',
        description:
          '<p>Own the PostgreSQL fleet behind our trading platform: upgrades, backups with pgBackRest, replication and query tuning.</p>',
        salary: null,
        postedAt: '2026-11-01T07:00:00.000Z',
      },
      {
        ...base,
        externalId: '1840350',
        url: 'https://veldhoven.recruitee.com/o/junior-backend-developer-kotlin',
        title: 'Junior Backend Developer (Kotlin)',
        location: 'Eindhoven, Netherlands',
        country: 'NL',
        workMode: 'onsite',
        employmentType: 'full-time',
        description:
          '<p>Build Kotlin and Spring Boot services for our installer app, backed by PostgreSQL and RabbitMQ.</p>',
        // An unknown period ("per_shift") drops the salary rather than guessing it.
        salary: null,
        postedAt: '2026-11-14T08:00:00.000Z',
      },
    ] satisfies NormalizedPosting[]);
  });

  it('skips offers without id or title and non-objects', () => {
    expect(page.skipped).toEqual([
      { reason: 'missing-id' },
      { reason: 'missing-title', externalId: '1840400' },
      { reason: 'malformed' },
    ]);
    expect(page.next).toEqual([]);
  });

  it.each([
    ['hourly', 'hour'],
    ['per_hour', 'hour'],
    ['daily', 'day'],
    ['week', 'week'],
    ['monthly', 'month'],
    ['annual', 'year'],
  ])('reads salary period %s as %s', (period, expected) => {
    const body = { offers: [{ id: 1, title: 'Go Developer', salary: { min: 40, max: 60, period, currency: 'USD' } }] };
    expect(adapter.read(body, request, config, context).postings[0]?.salary).toEqual({
      min: 40,
      max: 60,
      currency: 'USD',
      period: expected,
    });
  });

  it('maps a bare offer to nulls', () => {
    expect(
      adapter.read({ offers: [{ id: 7, title: 'Backend Developer' }] }, request, config, context).postings,
    ).toEqual([
      {
        externalId: '7',
        url: null,
        title: 'Backend Developer',
        company: null,
        location: null,
        country: null,
        workMode: null,
        employmentType: null,
        description: '',
        salary: null,
        postedAt: null,
        attributionUrl: null,
      } satisfies NormalizedPosting,
    ]);
  });

  it.each([
    ['an HTML page', '<html><body>Page not found</body></html>'],
    ['an array', []],
    ['an object without offers', { error: 'Not found' }],
    ['offers that are not a list', { offers: { id: 1 } }],
  ])('throws SourceFormatError on %s', (_, body) => {
    expect(() => adapter.read(body, request, config, context)).toThrow(SourceFormatError);
  });
});
