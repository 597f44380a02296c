import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SourceFormatError } from '../../../scrapers/adapter.js';
import { type GreenhouseConfig, greenhouseAdapter } from '../../../scrapers/sources/greenhouse.js';
import type { NormalizedPosting } from '../../../src/posting.js';

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../fixtures/sources/greenhouse/${name}`, import.meta.url), 'utf8'));
}

const context = { now: new Date('2026-06-01T00:00:00Z') };
const config: GreenhouseConfig = { type: 'greenhouse', name: 'acme-payments', board: 'acmepayments', enabled: true };
const request = greenhouseAdapter.start(config, context)[0]!;

/** One job of a minimal board, mapped. */
function readJob(fields: Record<string, unknown>): NormalizedPosting | undefined {
  const body = { jobs: [{ id: 1, title: 'Backend Engineer', ...fields }] };
  return greenhouseAdapter.read(body, request, config, context).postings[0];
}

// The descriptions as the board's HTML: the fixture holds them entity-escaped once.
const GO_HTML =
  '<p><strong>About Acme Payments</strong></p><p>Acme Payments moves money for 40,000 merchants in the US &amp; Canada. The Ledger team owns the double-entry ledger, the payouts API and the services behind them.</p>' +
  '<h3>What you will do</h3><ul><li>Design and build high-throughput services in Go that settle card and ACH payments</li><li>Own PostgreSQL schemas, migrations and query performance for the ledger</li><li>Run services on Kubernetes, with infrastructure managed in Terraform on AWS</li></ul>' +
  '<h3>What we are looking for</h3><ul><li>5+ years building backend systems in Go, Java or Rust</li><li>Strong SQL and experience operating PostgreSQL at scale</li><li>Experience with Kafka or another event-streaming platform</li></ul>' +
  '<h3>Nice to have</h3><ul><li>gRPC and Protocol Buffers</li><li>PCI DSS experience</li></ul><p>Pay ranges differ by location&nbsp;&mdash; see &quot;Compensation&quot; below.</p>';
const K8S_HTML =
  '<p>Our platform group runs 300+ microservices for Acme Payments&rsquo; European business from Berlin.</p>' +
  '<h3>Responsibilities</h3><ul><li>Operate and upgrade our Kubernetes clusters (EKS) and the Helm charts teams deploy with</li><li>Build internal tooling in Go and Python for CI/CD on GitHub Actions &amp; Argo CD</li><li>Improve observability with Prometheus, Grafana and OpenTelemetry</li></ul>' +
  '<h3>Requirements</h3><ul><li>3+ years running production Kubernetes</li><li>Solid Linux, networking and Terraform skills</li><li>Good written English; German is a plus</li></ul>';
const DATA_HTML =
  '<p>We are looking for a contract backend engineer to help migrate batch jobs to streaming pipelines.</p>' +
  '<h3>You bring</h3><ul><li>Python or Go for data services; Apache Airflow &amp; dbt</li><li>PostgreSQL and Snowflake, with an eye for query cost</li><li>Redis caching and RabbitMQ or Kafka messaging</li></ul>' +
  '<p>This is a 6-month engagement, paid hourly.</p>';
const PG_HTML =
  '<p>Join the Database Engineering team at Acme Payments in Amsterdam.</p>' +
  '<h3>What you will do</h3><ul><li>Scale PostgreSQL 16 clusters with logical replication and PgBouncer</li><li>Write Go services for schema changes without downtime</li><li>Automate backups and failover with Patroni on Kubernetes</li></ul>' +
  '<h3>Who you are</h3><ul><li>Deep knowledge of PostgreSQL internals: vacuum, indexes, query planning</li><li>Experience with Linux performance tuning</li></ul>';

describe('greenhouseAdapter.start', () => {
  it.each<[string, Partial<GreenhouseConfig>, string]>([
    [
      'the official endpoint',
      {},
      'https://boards-api.greenhouse.io/v1/boards/acmepayments/jobs?content=true&pay_transparency=true',
    ],
    [
      'a local server',
      { board: 'acme', baseUrl: 'http://127.0.0.1:4010' },
      'http://127.0.0.1:4010/v1/boards/acme/jobs?content=true&pay_transparency=true',
    ],
    [
      'a mirror with a path prefix',
      { board: 'acme', baseUrl: 'http://127.0.0.1:8080/gh/' },
      'http://127.0.0.1:8080/gh/v1/boards/acme/jobs?content=true&pay_transparency=true',
    ],
    [
      'a token that needs encoding',
      { board: 'acme eu/1' },
      'https://boards-api.greenhouse.io/v1/boards/acme%20eu%2F1/jobs?content=true&pay_transparency=true',
    ],
  ])('%s', (_name, overrides, url) => {
    expect(greenhouseAdapter.start({ ...config, ...overrides }, context)).toEqual([{ url, label: 'board' }]);
  });

  it('is a JSON source that lists the whole board', () => {
    expect(greenhouseAdapter).toMatchObject({ type: 'greenhouse', format: 'json', completeListing: true });
  });
});

describe('greenhouseAdapter.read on a board', () => {
  const page = greenhouseAdapter.read(fixture('board.json'), request, config, context);

  it('maps each posting field by field', () => {
    expect(page.postings).toStrictEqual<NormalizedPosting[]>([
      {
        externalId: '4012345',
        url: 'https://job-boards.greenhouse.io/acmepayments/jobs/4012345',
        title: 'Senior Backend Engineer (Go)',
        company: 'Acme Payments',
        location: 'New York, NY or Remote - US',
        country: null,
        workMode: 'hybrid',
        employmentType: 'full-time',
        description: GO_HTML,
        salary: { min: 185_000, max: 230_000, currency: 'USD', period: 'year' },
        postedAt: '2026-04-20T14:00:00.000Z',
        attributionUrl: null,
      },
      {
        externalId: '4012346',
        url: 'https://job-boards.greenhouse.io/acmepayments/jobs/4012346',
        title: 'Platform Engineer, Kubernetes',
        company: 'Acme Payments',
        location: 'Berlin, Germany',
        country: null,
        workMode: null,
        employmentType: null,
        description: K8S_HTML,
        salary: null,
        postedAt: '2026-05-11T15:30:00.000Z',
        attributionUrl: null,
      },
      {
        externalId: '4012347',
        url: 'https://acmepayments.example/careers?gh_jid=4012347',
        title: 'Backend Engineer, Data Pipelines (Contract)',
        company: null,
        location: 'Remote - US',
        country: null,
        workMode: 'remote',
        employmentType: 'contract',
        description: DATA_HTML,
        salary: { min: 75, max: 95.5, currency: 'USD', period: 'hour' },
        postedAt: '2026-03-01T15:20:00.000Z',
        attributionUrl: null,
      },
      {
        externalId: '4012348',
        url: 'https://job-boards.greenhouse.io/acmepayments/jobs/4012348',
        title: 'Senior Software Engineer, PostgreSQL',
        company: 'Acme Payments',
        location: 'Amsterdam, Netherlands',
        country: null,
        workMode: null,
        employmentType: 'full-time',
        description: PG_HTML,
        salary: { min: 90_000, max: null, currency: 'EUR', period: 'year' },
        postedAt: '2026-05-18T07:45:00.000Z',
        attributionUrl: null,
      },
    ]);
  });

  it('skips records without an id or a title, and records that are not objects', () => {
    expect(page.skipped).toEqual([
      { reason: 'missing-id' },
      { reason: 'missing-title', externalId: '4012350' },
      { reason: 'malformed' },
      { reason: 'malformed' },
    ]);
  });

  it('asks for nothing more: the board comes whole', () => {
    expect(page.next).toEqual([]);
  });

  it('names the company from the config before the payload', () => {
    const named = greenhouseAdapter.read(fixture('board.json'), request, { ...config, company: 'Acme' }, context);
    expect(named.postings.map((p) => p.company)).toEqual(['Acme', 'Acme', 'Acme', 'Acme']);
  });
});

describe('greenhouse description', () => {
  it.each<[string, unknown, string]>([
    ['escaped tags', '&lt;p&gt;Go &amp;amp; Rust&lt;/p&gt;', '<p>Go &amp; Rust</p>'],
    [
      'an escaped entity in the text stays one level escaped',
      '&lt;p&gt;a &amp;lt;b&amp;gt; tag&lt;/p&gt;',
      '<p>a &lt;b&gt; tag</p>',
    ],
    ['numeric entities', '&lt;p&gt;caf&#233;&lt;/p&gt;', '<p>café</p>'],
    ['no content', undefined, ''],
    ['content of the wrong type', 42, '42'],
  ])('%s', (_name, content, description) => {
    expect(readJob({ content })?.description).toBe(description);
  });
});

describe('greenhouse salary', () => {
  const range = (min: number | null, max: number | null, extra: Record<string, unknown> = {}) => ({
    min_cents: min,
    max_cents: max,
    currency_type: 'USD',
    title: 'US base salary',
    blurb: '',
    ...extra,
  });
  it.each<[string, unknown, unknown]>([
    [
      'cents to units',
      [range(12_000_050, 15_000_000)],
      { min: 120_000.5, max: 150_000, currency: 'USD', period: 'year' },
    ],
    [
      'the first of several ranges',
      [range(20_000_000, 24_000_000, { title: 'Zone 1' }), range(17_000_000, 20_000_000, { title: 'Zone 2' })],
      { min: 200_000, max: 240_000, currency: 'USD', period: 'year' },
    ],
    [
      'a blank first range passed over',
      [range(0, 0), range(null, 9_000_000, { currency_type: 'GBP' })],
      { min: null, max: 90_000, currency: 'GBP', period: 'year' },
    ],
    [
      'an hourly title',
      [range(4_000, 5_500, { title: 'Hourly Rate' })],
      { min: 40, max: 55, currency: 'USD', period: 'hour' },
    ],
    [
      'a monthly title',
      [range(500_000, 600_000, { title: 'Monthly salary' })],
      { min: 5_000, max: 6_000, currency: 'USD', period: 'month' },
    ],
    [
      'a blurb that mentions days and months is not read',
      [range(10_000_000, 12_000_000, { blurb: '25 days of leave and a monthly stipend' })],
      { min: 100_000, max: 120_000, currency: 'USD', period: 'year' },
    ],
    [
      'an unreadable currency',
      [range(10_000_000, null, { currency_type: 'dollars' })],
      { min: 100_000, max: null, currency: null, period: 'year' },
    ],
    ['an empty array', [], null],
    ['no field', undefined, null],
    ['ranges of the wrong shape', ['160000-210000', null], null],
  ])('%s', (_name, ranges, salary) => {
    expect(readJob({ pay_input_ranges: ranges })?.salary).toEqual(salary);
  });
});

describe('greenhouse metadata', () => {
  const field = (name: string, value: unknown) => ({ id: 9, name, value_type: 'single_select', value });
  it.each<[string, unknown, Pick<NormalizedPosting, 'workMode' | 'employmentType'>]>([
    ['none', null, { workMode: null, employmentType: null }],
    ['a workplace field', [field('Workplace type', 'On-site')], { workMode: 'onsite', employmentType: null }],
    ['a work-mode field', [field('Work Mode', 'Remote (US only)')], { workMode: 'remote', employmentType: null }],
    ['a yes/no remote field, yes', [field('Remote', true)], { workMode: 'remote', employmentType: null }],
    ['a yes/no remote field, no', [field('Remote?', 'No')], { workMode: null, employmentType: null }],
    [
      'an employment-type field',
      [field('Employment Type', 'Part-time')],
      { workMode: null, employmentType: 'part-time' },
    ],
    ['a multi-select of one', [field('Job type', ['Internship'])], { workMode: null, employmentType: 'internship' }],
    [
      'an unknown employment type',
      [field('Employment type', 'Fixed hours')],
      { workMode: null, employmentType: 'other' },
    ],
    [
      'unrelated fields',
      [field('Department', 'Remote Engineering'), field('Cost Center', 'Full-time')],
      { workMode: null, employmentType: null },
    ],
    [
      'an empty value, then a filled one',
      [field('Workplace', ''), field('Work Arrangement', 'Hybrid')],
      { workMode: 'hybrid', employmentType: null },
    ],
  ])('%s', (_name, metadata, expected) => {
    const posting = readJob({ metadata });
    expect({ workMode: posting?.workMode, employmentType: posting?.employmentType }).toEqual(expected);
  });
});

describe('greenhouse dates', () => {
  it.each<[string, Record<string, unknown>, string | null]>([
    [
      'first_published first',
      { first_published: '2026-01-05T09:00:00-05:00', updated_at: '2026-02-01T00:00:00Z' },
      '2026-01-05T14:00:00.000Z',
    ],
    ['updated_at when never published', { updated_at: '2026-02-01T00:00:00+01:00' }, '2026-01-31T23:00:00.000Z'],
    [
      'updated_at when first_published is unreadable',
      { first_published: 'soon', updated_at: '2026-02-01' },
      '2026-02-01T00:00:00.000Z',
    ],
    ['neither', {}, null],
  ])('%s', (_name, fields, postedAt) => {
    expect(readJob(fields)?.postedAt).toBe(postedAt);
  });
});

describe('greenhouseAdapter.read on a body that is not a board', () => {
  it.each<[string, unknown]>([
    ['an error document', fixture('malformed.json')],
    ['an array', []],
    ['null', null],
    ['a string', '<html>Not found</html>'],
    ['jobs that are not an array', { jobs: { id: 1 } }],
  ])('%s', (_name, body) => {
    expect(() => greenhouseAdapter.read(body, request, config, context)).toThrow(SourceFormatError);
    expect(() => greenhouseAdapter.read(body, request, config, context)).toThrow(
      /Greenhouse board "acmepayments": expected an object with a "jobs" array/,
    );
  });
});
