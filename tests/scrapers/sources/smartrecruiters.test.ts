import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SourceFormatError, type SourceRequest } from '../../../scrapers/adapter.js';
import { smartrecruitersAdapter as adapter } from '../../../scrapers/sources/smartrecruiters.js';
import type { SourceConfig } from '../../../src/config/schema.js';
import type { NormalizedPosting } from '../../../src/posting.js';

type Config = Extract<SourceConfig, { type: 'smartrecruiters' }>;

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../fixtures/sources/smartrecruiters/${name}`, import.meta.url), 'utf8'));

const context = { now: new Date('2026-11-21T12:00:00Z') };
const config: Config = { name: 'nordwind', type: 'smartrecruiters', company: 'NordwindLogistics', enabled: true };
const local: Config = { ...config, baseUrl: 'http://127.0.0.1:4012' };
const API = 'https://api.smartrecruiters.com/v1/companies/NordwindLogistics/postings';

const list = (offset: number): SourceRequest => ({
  url: `${API}?offset=${offset}&limit=100`,
  label: 'list',
  data: { offset },
});
const detail = (id: string): SourceRequest => ({ url: `${API}/${id}`, label: 'detail', data: { id } });

describe('smartrecruitersAdapter.start', () => {
  it('asks for the first page of 100 postings', () => {
    expect(adapter.start(config, context)).toEqual([list(0)]);
    expect(adapter.completeListing).toBe(true);
    expect(adapter.format).toBe('json');
  });

  it('puts the same path on a baseUrl', () => {
    expect(adapter.start(local, context)).toEqual([
      {
        url: 'http://127.0.0.1:4012/v1/companies/NordwindLogistics/postings?offset=0&limit=100',
        label: 'list',
        data: { offset: 0 },
      },
    ]);
  });
});

describe('smartrecruitersAdapter.read: list pages', () => {
  it('asks for each posting’s detail and the next page, skipping bad entries', () => {
    const page = adapter.read(fixture('list-1.json'), list(0), config, context);
    expect(page.postings).toEqual([]);
    expect(page.skipped).toEqual([
      { reason: 'missing-id' },
      { reason: 'missing-title', externalId: '744000031250610' },
      { reason: 'malformed' },
    ]);
    // The server returned 5 of 6 entries: the next page starts at the 6th.
    expect(page.next).toEqual([detail('744000031250417'), detail('744000031250533'), list(5)]);
  });

  it('stops paging at totalFound', () => {
    const page = adapter.read(fixture('list-2.json'), list(5), config, context);
    expect(page.next).toEqual([detail('744000031250802')]);
    expect(page.skipped).toEqual([]);
  });

  it('without totalFound, pages on while pages are full', () => {
    const entries = Array.from({ length: 100 }, (_, i) => ({ id: `${i}`, name: `Backend Engineer ${i}` }));
    const full = adapter.read({ content: entries }, list(100), config, context);
    expect(full.next.at(-1)).toEqual(list(200));
    const short = adapter.read({ content: entries.slice(0, 3) }, list(200), config, context);
    expect(short.next).toEqual([detail('0'), detail('1'), detail('2')]);
  });

  it('stops on an empty page even when totalFound says more', () => {
    const page = adapter.read({ offset: 300, totalFound: 900, content: [] }, list(300), config, context);
    expect(page).toEqual({ postings: [], skipped: [], next: [] });
  });

  it('builds detail and page URLs on the baseUrl', () => {
    const page = adapter.read(fixture('list-1.json'), list(0), local, context);
    expect(page.next.map((r) => r.url)).toEqual([
      'http://127.0.0.1:4012/v1/companies/NordwindLogistics/postings/744000031250417',
      'http://127.0.0.1:4012/v1/companies/NordwindLogistics/postings/744000031250533',
      'http://127.0.0.1:4012/v1/companies/NordwindLogistics/postings?offset=5&limit=100',
    ]);
  });

  it.each([
    ['an HTML page', '<!doctype html><title>Service Unavailable</title>'],
    ['null', null],
    ['an array', []],
    ['an error object', { message: 'Company not found' }],
    ['content that is not a list', { offset: 0, totalFound: 1, content: {} }],
  ])('throws SourceFormatError on %s', (_, body) => {
    expect(() => adapter.read(body, list(0), config, context)).toThrow(SourceFormatError);
  });
});

describe('smartrecruitersAdapter.read: details', () => {
  it('maps a posting with its job ad sections as one HTML description', () => {
    const page = adapter.read(fixture('posting-744000031250417.json'), detail('744000031250417'), config, context);
    expect(page.postings).toEqual([
      {
        externalId: '744000031250417',
        url: 'https://jobs.smartrecruiters.com/NordwindLogistics/744000031250417-senior-backend-engineer-go-',
        title: 'Senior Backend Engineer (Go)',
        company: 'Nordwind Logistics',
        location: 'Hamburg, Hamburg, Germany',
        country: 'DE',
        workMode: null,
        employmentType: 'full-time',
        description: [
          '<h3>Company Description</h3>',
          '<p>Nordwind Logistics routes about 40,000 pallets a day across Northern Europe. Our engineering team of 60 builds the dispatch platform that carriers, warehouses and customers use in real time.</p>',
          '<h3>Job Description</h3>',
          '<p>You will join the Dispatch team and own services that plan and re-plan routes as trucks report in.</p><ul><li>Design and build Go services behind gRPC and REST APIs</li><li>Model shipment data in PostgreSQL and keep queries fast as volume grows</li><li>Publish and consume events on Kafka, with exactly-once handling where money is involved</li><li>Run what you build on Kubernetes, with Prometheus and Grafana dashboards and on-call one week in six</li></ul>',
          '<h3>Qualifications</h3>',
          '<ul><li>5+ years of backend development, at least 2 of them in Go</li><li>Solid SQL and experience tuning PostgreSQL</li><li>Experience with Kafka or another event log in production</li><li>Docker and Kubernetes in daily use</li><li>Nice to have: Terraform, AWS, Redis</li></ul>',
          '<h3>Additional Information</h3>',
          '<p>Hybrid: two days a week in our Hamburg office. Salary range 75,000 – 90,000 EUR per year, 30 days of holiday.</p>',
        ].join('\n'),
        salary: null,
        postedAt: '2026-10-28T08:15:00.000Z',
        attributionUrl: null,
      } satisfies NormalizedPosting,
    ]);
    expect(page.skipped).toEqual([]);
    expect(page.next).toEqual([]);
  });

  it('reads remote, falls back to the public URL and to default headings, and drops empty sections', () => {
    const page = adapter.read(fixture('posting-744000031250533.json'), detail('744000031250533'), local, context);
    expect(page.postings).toEqual([
      {
        externalId: '744000031250533',
        url: 'https://jobs.smartrecruiters.com/NordwindLogistics/744000031250533',
        title: 'Platform Engineer, Kubernetes',
        company: 'Nordwind Logistics',
        location: 'Austin, TX, US',
        country: 'US',
        workMode: 'remote',
        employmentType: 'contract',
        description: [
          '<h3>Job Description</h3>',
          '<p>Our platform team runs 14 Kubernetes clusters on AWS (EKS) for about 200 services. As a contractor you will help us move the last workloads off hand-rolled VMs.</p><ul><li>Write Helm charts and Terraform modules</li><li>Build CI/CD pipelines in GitHub Actions and Argo CD</li><li>Improve observability with OpenTelemetry and Prometheus</li></ul>',
          '<h3>What you bring</h3>',
          '<ul><li>3+ years operating Kubernetes in production</li><li>Terraform and AWS networking (VPC, IAM)</li><li>Scripting in Go or Python</li></ul>',
        ].join('\n'),
        salary: null,
        postedAt: '2026-11-02T14:40:12.000Z',
        attributionUrl: null,
      } satisfies NormalizedPosting,
    ]);
  });

  it('maps a bare detail: id from the request, no sections, hybrid flag, escaped headings', () => {
    const body = {
      name: 'Backend Developer',
      location: { hybrid: true, remote: false, country: 'Germany' },
      jobAd: { sections: { jobDescription: { title: 'R&D <Core>', text: '<p>Rust and gRPC.</p>' } } },
    };
    expect(adapter.read(body, detail('77'), config, context).postings).toEqual([
      {
        externalId: '77',
        url: 'https://jobs.smartrecruiters.com/NordwindLogistics/77',
        title: 'Backend Developer',
        company: null,
        location: null,
        country: null,
        workMode: 'hybrid',
        employmentType: null,
        description: '<h3>R&amp;D &lt;Core&gt;</h3>\n<p>Rust and gRPC.</p>',
        salary: null,
        postedAt: null,
        attributionUrl: null,
      } satisfies NormalizedPosting,
    ]);
  });

  it('skips a detail without a title', () => {
    const page = adapter.read({ id: '744000031250610', name: '' }, detail('744000031250610'), config, context);
    expect(page).toEqual({
      postings: [],
      skipped: [{ reason: 'missing-title', externalId: '744000031250610' }],
      next: [],
    });
  });

  it('throws SourceFormatError on a detail body that is not an object', () => {
    expect(() => adapter.read('Not Found', detail('1'), config, context)).toThrow(SourceFormatError);
  });

  it('refuses a request label it never made', () => {
    expect(() => adapter.read({}, { url: API, label: 'search' }, config, context)).toThrow(/unknown request label/);
  });
});
