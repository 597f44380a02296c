import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type SourceRequest, SourceFormatError } from '../../../scrapers/adapter.js';
import { LEVER_PAGE_SIZE, type LeverConfig, leverAdapter } from '../../../scrapers/sources/lever.js';
import type { NormalizedPosting } from '../../../src/posting.js';

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../fixtures/sources/lever/${name}`, import.meta.url), 'utf8'));
}

const context = { now: new Date('2026-06-01T00:00:00Z') };
const config: LeverConfig = { type: 'lever', name: 'acme-payments', site: 'acmepayments', enabled: true };
const first = leverAdapter.start(config, context)[0]!;

/** One posting of a minimal page, mapped. */
function readPosting(fields: Record<string, unknown>): NormalizedPosting | undefined {
  const body = [{ id: 'p-1', text: 'Backend Engineer', ...fields }];
  return leverAdapter.read(body, first, config, context).postings[0];
}

describe('leverAdapter.start', () => {
  it.each<[string, Partial<LeverConfig>, string]>([
    ['the official endpoint', {}, 'https://api.lever.co/v0/postings/acmepayments?mode=json&skip=0&limit=100'],
    [
      'a local server',
      { site: 'acme', baseUrl: 'http://127.0.0.1:4010' },
      'http://127.0.0.1:4010/v0/postings/acme?mode=json&skip=0&limit=100',
    ],
    [
      'the EU instance as baseUrl',
      { baseUrl: 'https://api.eu.lever.co' },
      'https://api.eu.lever.co/v0/postings/acmepayments?mode=json&skip=0&limit=100',
    ],
    [
      'a site that needs encoding',
      { site: 'acme&co' },
      'https://api.lever.co/v0/postings/acme%26co?mode=json&skip=0&limit=100',
    ],
  ])('%s', (_name, overrides, url) => {
    expect(leverAdapter.start({ ...config, ...overrides }, context)).toEqual([
      { url, label: 'page', data: { skip: 0 } },
    ]);
  });

  it('is a JSON source that lists the whole site', () => {
    expect(leverAdapter).toMatchObject({ type: 'lever', format: 'json', completeListing: true });
  });
});

describe('leverAdapter.read on a page', () => {
  const page = leverAdapter.read(fixture('page.json'), first, config, context);

  it('maps each posting field by field', () => {
    expect(page.postings).toStrictEqual<NormalizedPosting[]>([
      {
        externalId: '5ac21346-8e0c-4494-8e7a-3f1b2c9d0a11',
        url: 'https://jobs.lever.co/acmepayments/5ac21346-8e0c-4494-8e7a-3f1b2c9d0a11',
        title: 'Backend Engineer, Payouts API',
        company: null,
        location: 'Remote - US',
        country: 'US',
        workMode: 'remote',
        employmentType: 'full-time',
        description: [
          '<div>Acme Payments pays out $2B a month to merchants. The Payouts team builds the APIs that make it happen.</div><div><br></div><div>You will design REST and gRPC services in Go, backed by PostgreSQL and Kafka, and run them on Kubernetes.</div>',
          '<h3>Requirements</h3>',
          '<ul><li>4+ years writing production Go or Java</li><li>Experience designing PostgreSQL schemas and tuning queries</li><li>Familiarity with Docker and Kubernetes</li></ul>',
          '<h3>Nice to have</h3>',
          '<ul><li>Experience with Temporal or another workflow engine</li><li>Knowledge of ISO 20022 payment messages</li></ul>',
          '<div>We offer equity, a 401(k) match and a home-office budget.</div>',
        ].join('\n'),
        salary: { min: 150_000, max: 190_000, currency: 'USD', period: 'year' },
        postedAt: '2026-04-21T14:00:00.000Z',
        attributionUrl: null,
      },
      {
        externalId: '9d0e4f22-71b3-4c55-a8d2-6e5f4a3b2c10',
        url: 'https://jobs.lever.co/acmepayments/9d0e4f22-71b3-4c55-a8d2-6e5f4a3b2c10',
        title: 'Site Reliability Engineer',
        company: null,
        location: 'London; Manchester',
        country: 'GB',
        workMode: 'onsite',
        employmentType: 'contract',
        description: [
          '<p>Keep our card-processing platform up: 99.99% is the bar.</p>',
          '<h3>R&amp;D tooling you will use</h3>',
          '<ul><li>Terraform and Ansible</li><li>Prometheus, Grafana &amp; PagerDuty</li></ul>',
        ].join('\n'),
        salary: { min: 550, max: 650, currency: 'GBP', period: 'day' },
        postedAt: '2026-05-04T09:30:00.000Z',
        attributionUrl: null,
      },
      {
        externalId: 'c3b2a190-5f4e-4d3c-9b2a-1f0e9d8c7b66',
        url: 'https://jobs.lever.co/acmepayments/c3b2a190-5f4e-4d3c-9b2a-1f0e9d8c7b66/apply',
        title: 'Staff Software Engineer, Storage',
        company: null,
        location: 'Toronto, ON',
        country: null,
        workMode: 'hybrid',
        employmentType: 'full-time',
        description: [
          '<p>Lead the design of our storage layer.<br>We run PostgreSQL, Redis &amp; S3 at petabyte scale.</p>',
          '<p>Three days a week in the Toronto office.</p>',
        ].join('\n'),
        salary: null,
        postedAt: null,
        attributionUrl: null,
      },
      {
        externalId: 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b',
        url: 'https://jobs.lever.co/acmepayments/e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b',
        title: 'Backend Engineer (Part-time), Rust',
        company: null,
        location: 'Lisbon, Portugal',
        country: 'PT',
        workMode: null,
        employmentType: 'part-time',
        description: [
          '<p>Maintain our Rust fraud-scoring service (Tokio, Axum, PostgreSQL) 20 hours a week.</p>',
          '<h3>Requirements</h3>',
          '<ul><li>Rust in production</li><li>SQL</li></ul>',
        ].join('\n'),
        salary: { min: 2_000, max: 2_500, currency: 'EUR', period: 'month' },
        postedAt: '2026-03-18T16:45:12.000Z',
        attributionUrl: null,
      },
    ]);
  });

  it('skips records without an id or a title, and records that are not objects', () => {
    expect(page.skipped).toEqual([
      { reason: 'missing-id' },
      { reason: 'missing-title', externalId: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e' },
      { reason: 'malformed' },
      { reason: 'malformed' },
    ]);
  });

  it('asks for no further page after a short one', () => {
    expect(page.next).toEqual([]);
  });

  it('names the company from the config', () => {
    const named = leverAdapter.read(fixture('page.json'), first, { ...config, company: 'Acme Payments' }, context);
    expect(named.postings.map((p) => p.company)).toEqual(Array(4).fill('Acme Payments'));
  });
});

describe('lever paging', () => {
  const postings = (count: number) =>
    Array.from({ length: count }, (_, i) => ({ id: `p-${i}`, text: `Engineer ${i}` }));
  const pageAt = (skip: number, baseUrl?: string): SourceRequest => ({
    url: `${baseUrl ?? 'https://api.lever.co'}/v0/postings/acmepayments?mode=json&skip=${skip}&limit=100`,
    label: 'page',
    data: { skip },
  });

  it.each<[string, number, SourceRequest, SourceRequest[]]>([
    ['a full first page leads to the second', LEVER_PAGE_SIZE, pageAt(0), [pageAt(100)]],
    ['a full later page leads to the next', LEVER_PAGE_SIZE, pageAt(300), [pageAt(400)]],
    ['a short page is the last', 37, pageAt(100), []],
    ['an empty page is the last', 0, pageAt(200), []],
    ['a request without data reads as the first page', LEVER_PAGE_SIZE, { url: 'x', label: 'page' }, [pageAt(100)]],
    ['paging stops at 10,000 skipped', LEVER_PAGE_SIZE, pageAt(10_000), []],
  ])('%s', (_name, count, request, next) => {
    const page = leverAdapter.read(postings(count), request, config, context);
    expect(page.postings).toHaveLength(count);
    expect(page.next).toEqual(next);
  });

  it('counts malformed records toward a full page', () => {
    const body = [...postings(98), null, { text: 'no id' }];
    expect(leverAdapter.read(body, pageAt(0), config, context).next).toEqual([pageAt(100)]);
  });

  it('keeps the baseUrl on later pages', () => {
    const local = { ...config, baseUrl: 'http://127.0.0.1:4010' };
    const page = leverAdapter.read(postings(LEVER_PAGE_SIZE), pageAt(0), local, context);
    expect(page.next).toEqual([pageAt(100, 'http://127.0.0.1:4010')]);
  });
});

describe('lever salary', () => {
  const range = (interval: unknown, min: unknown = 100, max: unknown = 200, currency: unknown = 'USD') => ({
    interval,
    min,
    max,
    currency,
  });
  it.each<[string, unknown, unknown]>([
    [
      'per-year-salary',
      range('per-year-salary', 120_000, 160_000),
      { min: 120_000, max: 160_000, currency: 'USD', period: 'year' },
    ],
    [
      'per-month-salary',
      range('per-month-salary', 6_000, 8_000),
      { min: 6_000, max: 8_000, currency: 'USD', period: 'month' },
    ],
    [
      'semi-month-salary, twice a month',
      range('semi-month-salary', 3_000, 4_000),
      { min: 6_000, max: 8_000, currency: 'USD', period: 'month' },
    ],
    [
      'bi-week-salary, every two weeks',
      range('bi-week-salary', 4_000, 5_000),
      { min: 2_000, max: 2_500, currency: 'USD', period: 'week' },
    ],
    [
      'per-week-salary',
      range('per-week-salary', 2_000, 2_500),
      { min: 2_000, max: 2_500, currency: 'USD', period: 'week' },
    ],
    ['per-day-wage', range('per-day-wage', 500, 700), { min: 500, max: 700, currency: 'USD', period: 'day' }],
    ['per-hour-wage', range('per-hour-wage', 55, 72.5), { min: 55, max: 72.5, currency: 'USD', period: 'hour' }],
    ['an interval in capitals', range('PER-YEAR-SALARY'), { min: 100, max: 200, currency: 'USD', period: 'year' }],
    [
      'amounts as strings',
      range('per-year-salary', '90,000', '110000'),
      { min: 90_000, max: 110_000, currency: 'USD', period: 'year' },
    ],
    [
      'a missing max',
      range('per-year-salary', 90_000, null),
      { min: 90_000, max: null, currency: 'USD', period: 'year' },
    ],
    [
      'a lower-case currency',
      range('per-year-salary', 1, 2, 'chf'),
      { min: 1, max: 2, currency: 'CHF', period: 'year' },
    ],
    ['no currency', range('per-year-salary', 1, 2, null), { min: 1, max: 2, currency: null, period: 'year' }],
    ['bi-month-salary (twice or every other month?)', range('bi-month-salary'), null],
    ['one-time', range('one-time'), null],
    ['an unknown interval', range('per-sprint'), null],
    ['an interval named like an Object member', range('constructor'), null],
    ['no interval', range(undefined), null],
    ['no amounts', range('per-year-salary', null, 0), null],
    ['no salaryRange', undefined, null],
    ['a salaryRange that is text', '$100k-$120k', null],
  ])('%s', (_name, salaryRange, salary) => {
    expect(readPosting({ salaryRange })?.salary).toEqual(salary);
  });
});

describe('lever fields', () => {
  it.each<[string, Record<string, unknown>, Partial<NormalizedPosting>]>([
    ['workplaceType remote', { workplaceType: 'remote' }, { workMode: 'remote' }],
    ['workplaceType hybrid', { workplaceType: 'hybrid' }, { workMode: 'hybrid' }],
    ['workplaceType on-site', { workplaceType: 'on-site' }, { workMode: 'onsite' }],
    ['workplaceType onsite', { workplaceType: 'onsite' }, { workMode: 'onsite' }],
    ['workplaceType unspecified', { workplaceType: 'unspecified' }, { workMode: null }],
    ['workplaceType constructor', { workplaceType: 'constructor' }, { workMode: null }],
    ['commitment Intern', { categories: { commitment: 'Intern' } }, { employmentType: 'internship' }],
    ['commitment Temporary', { categories: { commitment: 'Temporary' } }, { employmentType: 'temporary' }],
    ['no commitment', { categories: {} }, { employmentType: null }],
    ['a country that is not a code', { country: 'Germany' }, { country: null }],
    ['createdAt in epoch seconds', { createdAt: 1_776_780_000 }, { postedAt: '2026-04-21T14:00:00.000Z' }],
    ['createdAt of zero', { createdAt: 0 }, { postedAt: null }],
    ['no description at all', {}, { description: '' }],
    ['a list without a heading', { lists: [{ content: '<li>Go</li>' }] }, { description: '<ul><li>Go</li></ul>' }],
    [
      'a plain description escaped before lists are added',
      { descriptionPlain: 'Go <3 & Rust', lists: [{ text: 'Stack', content: '<li>Go</li>' }] },
      { description: '<p>Go &lt;3 &amp; Rust</p>\n<h3>Stack</h3>\n<ul><li>Go</li></ul>' },
    ],
    [
      'categories.location before allLocations',
      { categories: { location: 'Paris', allLocations: ['Paris', 'Lyon'] } },
      { location: 'Paris' },
    ],
    ['no location at all', { categories: { allLocations: [] } }, { location: null }],
  ])('%s', (_name, fields, expected) => {
    expect(readPosting(fields)).toMatchObject(expected);
  });
});

describe('leverAdapter.read on a body that is not a list of postings', () => {
  it.each<[string, unknown]>([
    ['an error document', fixture('malformed.json')],
    ['an object holding postings', { postings: [] }],
    ['null', null],
    ['an HTML page', '<html><body>Jobs</body></html>'],
  ])('%s', (_name, body) => {
    expect(() => leverAdapter.read(body, first, config, context)).toThrow(SourceFormatError);
    expect(() => leverAdapter.read(body, first, config, context)).toThrow(
      /Lever site "acmepayments": expected an array/,
    );
  });
});
