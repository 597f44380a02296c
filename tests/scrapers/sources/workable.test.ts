import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SourceFormatError, type SourceRequest } from '../../../scrapers/adapter.js';
import { workableAdapter as adapter } from '../../../scrapers/sources/workable.js';
import type { SourceConfig } from '../../../src/config/schema.js';
import type { NormalizedPosting } from '../../../src/posting.js';

type Config = Extract<SourceConfig, { type: 'workable' }>;

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../fixtures/sources/workable/${name}`, import.meta.url), 'utf8'));

const context = { now: new Date('2026-11-21T12:00:00Z') };
const config: Config = { name: 'lumen', type: 'workable', account: 'lumen-payments', enabled: true };
const request: SourceRequest = {
  url: 'https://apply.workable.com/api/v1/widget/accounts/lumen-payments?details=true',
  label: 'list',
};

describe('workableAdapter.start', () => {
  it('asks for the whole board with details', () => {
    expect(adapter.start(config, context)).toEqual([request]);
    expect(adapter.completeListing).toBe(true);
  });

  it('puts the same path on a baseUrl', () => {
    expect(adapter.start({ ...config, baseUrl: 'http://127.0.0.1:4012' }, context)).toEqual([
      { url: 'http://127.0.0.1:4012/api/v1/widget/accounts/lumen-payments?details=true', label: 'list' },
    ]);
  });
});

describe('workableAdapter.read', () => {
  const page = adapter.read(fixture('account.json'), request, config, context);

  it('maps each job once, with description, requirements and benefits joined', () => {
    expect(page.postings).toEqual([
      {
        externalId: '7F3A2C9B01',
        url: 'https://apply.workable.com/j/7F3A2C9B01',
        title: 'Senior Software Engineer, Payments (Go)',
        company: 'Lumen Payments',
        location: 'Lisbon, Portugal',
        country: 'PT',
        workMode: null,
        employmentType: 'full-time',
        description: [
          '<p>We settle card payments for thousands of shops every night, and the ledger behind it is yours to grow.</p><p>You will design Go services that authorize, capture and reconcile transactions, store them in PostgreSQL and stream them to our risk team over Kafka.</p>',
          '<h3>Requirements</h3>',
          '<ul><li>6+ years building backend systems, 3+ in Go</li><li>Deep PostgreSQL knowledge: indexing, partitioning, logical replication</li><li>Event-driven design with Kafka</li><li>Experience with PCI DSS is a plus</li></ul>',
          '<h3>Benefits</h3>',
          '<ul><li>€70,000 – €85,000 a year</li><li>Hybrid: 3 days a week in our Lisbon office</li></ul>',
        ].join('\n'),
        salary: null,
        postedAt: '2026-11-10T00:00:00.000Z',
        attributionUrl: null,
      },
      {
        externalId: 'B20D44E7AA',
        url: 'https://apply.workable.com/j/B20D44E7AA',
        title: 'Site Reliability Engineer',
        company: 'Lumen Payments',
        location: 'Toronto, Ontario, Canada',
        country: 'CA',
        workMode: 'remote',
        employmentType: 'contract',
        description:
          '<p>Keep our Kubernetes clusters on GCP healthy: capacity planning, incident response and Terraform for everything.</p><ul><li>Prometheus, Grafana and PagerDuty</li><li>Linux networking and TLS</li><li>Go or Python for tooling</li></ul>',
        salary: null,
        postedAt: '2026-10-30T00:00:00.000Z',
        attributionUrl: null,
      },
    ] satisfies NormalizedPosting[]);
  });

  it('skips records without id or title and non-objects; a repeated shortcode is not a skip', () => {
    expect(page.skipped).toEqual([
      { reason: 'missing-id' },
      { reason: 'missing-title', externalId: 'C9911F0E2B' },
      { reason: 'malformed' },
    ]);
    expect(page.next).toEqual([]);
  });

  it('falls back to the application URL and reads no country from a name', () => {
    const body = {
      jobs: [
        {
          shortcode: 'X1',
          title: 'Backend Engineer',
          application_url: 'https://apply.workable.com/j/X1/apply',
          country: 'Germany',
          city: 'Berlin',
        },
      ],
    };
    expect(adapter.read(body, request, config, context).postings).toEqual([
      {
        externalId: 'X1',
        url: 'https://apply.workable.com/j/X1/apply',
        title: 'Backend Engineer',
        company: null,
        location: 'Berlin, Germany',
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

  it('reads an empty board as no postings', () => {
    expect(adapter.read({ name: 'Lumen Payments', jobs: [] }, request, config, context)).toEqual({
      postings: [],
      skipped: [],
      next: [],
    });
  });

  it.each([
    ['an HTML page', '<html><body>Account not found</body></html>'],
    ['an array', [{ shortcode: 'X1', title: 'Backend Engineer' }]],
    ['an object without jobs', { error: 'Not found' }],
    ['jobs that are not a list', { name: 'Lumen', jobs: 'none' }],
  ])('throws SourceFormatError on %s', (_, body) => {
    expect(() => adapter.read(body, request, config, context)).toThrow(SourceFormatError);
  });
});
