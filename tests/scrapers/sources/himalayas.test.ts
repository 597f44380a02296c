import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SourceFormatError, type SourceRequest } from '../../../scrapers/adapter.js';
import { himalayasAdapter as adapter } from '../../../scrapers/sources/himalayas.js';
import type { SourceConfig } from '../../../src/config/schema.js';
import type { NormalizedPosting } from '../../../src/posting.js';

type Config = Extract<SourceConfig, { type: 'himalayas' }>;

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../fixtures/sources/himalayas/${name}`, import.meta.url), 'utf8'));

const context = { now: new Date('2026-11-21T12:00:00Z') };
const config: Config = { name: 'himalayas', type: 'himalayas', enabled: true };
const page = (offset: number, base = 'https://himalayas.app'): SourceRequest => ({
  url: `${base}/jobs/api?limit=20&offset=${offset}`,
  label: 'list',
  data: { offset },
});

describe('himalayasAdapter.start', () => {
  it('asks for the first page of 20', () => {
    expect(adapter.start(config, context)).toEqual([page(0)]);
    expect(adapter.completeListing).toBe(true);
  });

  it('puts the same path on a baseUrl', () => {
    expect(adapter.start({ ...config, baseUrl: 'http://127.0.0.1:4012' }, context)).toEqual([
      page(0, 'http://127.0.0.1:4012'),
    ]);
  });
});

describe('himalayasAdapter.read', () => {
  const first = adapter.read(fixture('page-1.json'), page(0), config, context);

  it('maps jobs as remote with yearly salaries and a Himalayas link', () => {
    expect(first.postings).toEqual([
      {
        externalId: 'https://himalayas.app/companies/quantwell/jobs/senior-backend-engineer-go',
        url: 'https://himalayas.app/companies/quantwell/jobs/senior-backend-engineer-go',
        title: 'Senior Backend Engineer (Go)',
        company: 'Quantwell',
        location: 'United States, Canada',
        country: null,
        workMode: 'remote',
        employmentType: 'full-time',
        description:
          '<p>Quantwell gives hedge funds clean market data in real time. You will join a team of six backend engineers.</p><h3>Responsibilities</h3><ul><li>Design Go services that ingest 2M market events per second from Kafka</li><li>Model and tune PostgreSQL and ClickHouse storage</li><li>Run services on Kubernetes with Prometheus alerting</li></ul><h3>Requirements</h3><ul><li>6+ years of backend engineering, 3+ in Go</li><li>Experience with high-throughput streaming systems</li><li>Familiarity with gRPC and Protocol Buffers</li></ul>',
        salary: { min: 140000, max: 180000, currency: 'USD', period: 'year' },
        postedAt: '2026-11-17T16:20:00.000Z',
        attributionUrl: 'https://himalayas.app/companies/quantwell/jobs/senior-backend-engineer-go',
      },
      {
        // A guid that is no URL: the application link is the page, the board the attribution.
        externalId: 'hm-88213',
        url: 'https://himalayas.app/companies/norrsken-energy/jobs/data-platform-engineer',
        title: 'Data Platform Engineer',
        company: 'Norrsken Energy',
        location: null,
        country: null,
        workMode: 'remote',
        employmentType: 'contract',
        description:
          '<p>Norrsken Energy forecasts solar output for 40,000 rooftops. You will own our data platform: Airflow, dbt, BigQuery and Python services on GCP, with Terraform for all of it.</p>',
        salary: { min: null, max: 95000, currency: 'EUR', period: 'year' },
        postedAt: '2026-11-13T11:05:30.000Z',
        attributionUrl: 'https://himalayas.app/jobs',
      },
      {
        externalId: 'https://himalayas.app/companies/brightpath/jobs/site-reliability-engineer',
        url: 'https://himalayas.app/companies/brightpath/jobs/site-reliability-engineer',
        title: 'Site Reliability Engineer',
        company: 'Brightpath',
        location: 'Germany, Austria',
        country: null,
        workMode: 'remote',
        employmentType: 'other',
        description: '<p>Linux, Kubernetes and on-call.</p>',
        salary: null,
        postedAt: '2026-11-09T08:45:00.000Z',
        attributionUrl: 'https://himalayas.app/companies/brightpath/jobs/site-reliability-engineer',
      },
    ] satisfies NormalizedPosting[]);
  });

  it('skips jobs without guid or title and non-objects', () => {
    expect(first.skipped).toEqual([
      { reason: 'missing-id' },
      { reason: 'missing-title', externalId: 'https://himalayas.app/companies/x/jobs/untitled' },
      { reason: 'malformed' },
    ]);
  });

  it('pages by offset until totalCount', () => {
    // The first page held 6 records (skipped ones count): the next starts at 6.
    expect(first.next).toEqual([page(6)]);
    const last = adapter.read(fixture('page-2.json'), page(6), config, context);
    expect(last.postings.map((p) => [p.externalId, p.employmentType, p.salary])).toEqual([
      [
        'https://himalayas.app/companies/paylane/jobs/backend-engineer-payments-kotlin',
        'part-time',
        { min: 60000, max: 75000, currency: 'GBP', period: 'year' },
      ],
    ]);
    expect(last.next).toEqual([]);
  });

  it('without totalCount, pages on while pages are full', () => {
    const jobs = Array.from({ length: 20 }, (_, i) => ({ guid: `g${i}`, title: 'Backend Engineer' }));
    expect(adapter.read({ jobs }, page(40), config, context).next).toEqual([page(60)]);
    expect(adapter.read({ jobs: jobs.slice(0, 7) }, page(60), config, context).next).toEqual([]);
    expect(adapter.read({ totalCount: 500, jobs: [] }, page(80), config, context).next).toEqual([]);
  });

  it('builds next pages on the baseUrl', () => {
    const local = { ...config, baseUrl: 'http://127.0.0.1:4012' };
    expect(adapter.read(fixture('page-1.json'), page(0), local, context).next).toEqual([
      page(6, 'http://127.0.0.1:4012'),
    ]);
  });

  it.each([
    ['an HTML page', '<!DOCTYPE html><html><title>Attention Required! | Cloudflare</title></html>'],
    ['an array', []],
    ['an object without jobs', { error: 'rate limited' }],
    ['jobs that are not a list', { jobs: null }],
  ])('throws SourceFormatError on %s', (_, body) => {
    expect(() => adapter.read(body, page(0), config, context)).toThrow(SourceFormatError);
  });
});
