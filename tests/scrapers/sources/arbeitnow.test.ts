import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SourceFormatError, type SourceRequest } from '../../../scrapers/adapter.js';
import { arbeitnowAdapter as adapter } from '../../../scrapers/sources/arbeitnow.js';
import type { SourceConfig } from '../../../src/config/schema.js';
import type { NormalizedPosting } from '../../../src/posting.js';

type Config = Extract<SourceConfig, { type: 'arbeitnow' }>;

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../fixtures/sources/arbeitnow/${name}`, import.meta.url), 'utf8'));

const context = { now: new Date('2026-11-21T12:00:00Z') };
const config: Config = { name: 'arbeitnow', type: 'arbeitnow', enabled: true };
const local: Config = { ...config, baseUrl: 'http://127.0.0.1:4012' };
const API = 'https://www.arbeitnow.com/api/job-board-api';
const page = (n: number, base = 'https://www.arbeitnow.com'): SourceRequest => ({
  url: `${base}/api/job-board-api?page=${n}`,
  label: 'list',
});

describe('arbeitnowAdapter.start', () => {
  it('asks for page 1', () => {
    expect(adapter.start(config, context)).toEqual([page(1)]);
    expect(adapter.completeListing).toBe(true);
  });

  it('puts the same path on a baseUrl', () => {
    expect(adapter.start(local, context)).toEqual([page(1, 'http://127.0.0.1:4012')]);
  });
});

describe('arbeitnowAdapter.read', () => {
  const first = adapter.read(fixture('page-1.json'), page(1), config, context);

  it('maps jobs with their Arbeitnow page as url and attribution', () => {
    expect(first.postings).toEqual([
      {
        externalId: 'senior-backend-engineer-go-berlin-412233',
        url: 'https://www.arbeitnow.com/jobs/companies/fernwarme-digital-gmbh/senior-backend-engineer-go-berlin-412233',
        title: 'Senior Backend Engineer (Go)',
        company: 'Fernwärme Digital GmbH',
        location: 'Berlin',
        country: null,
        workMode: null,
        employmentType: 'full-time',
        description:
          '<p>Wir digitalisieren Fernwärmenetze in 40 deutschen Städten. For our platform team in Berlin we are looking for a senior backend engineer.</p><h3>Your tasks</h3><ul><li>Build Go services that read meter data from 250,000 substations via MQTT and Kafka</li><li>Store time series in PostgreSQL and TimescaleDB</li><li>Operate everything on Kubernetes with Helm and GitLab CI</li></ul><h3>Your profile</h3><ul><li>5+ years of backend development, ideally in Go</li><li>Good knowledge of SQL and event-driven architectures</li><li>German or English at C1 level</li></ul>',
        salary: null,
        postedAt: '2026-11-17T16:20:00.000Z',
        attributionUrl:
          'https://www.arbeitnow.com/jobs/companies/fernwarme-digital-gmbh/senior-backend-engineer-go-berlin-412233',
      },
      {
        externalId: 'backend-developer-python-remote-412250',
        url: 'https://www.arbeitnow.com/jobs/companies/kontoklar-ag/backend-developer-python-remote-412250',
        title: 'Backend Developer Python (m/w/d)',
        company: 'Kontoklar AG',
        location: 'Munich',
        country: null,
        workMode: 'remote',
        // "unbefristet" (permanent) is no employment type; "Teilzeit" is part-time.
        employmentType: 'part-time',
        description:
          '<p>Kontoklar builds accounting software for 12,000 small businesses. You will work on our Django and FastAPI services, PostgreSQL, Redis and Celery, running on AWS.</p><ul><li>3+ years with Python</li><li>REST API design and testing with pytest</li></ul>',
        salary: null,
        postedAt: '2026-11-13T11:05:30.000Z',
        attributionUrl: 'https://www.arbeitnow.com/jobs/companies/kontoklar-ag/backend-developer-python-remote-412250',
      },
      {
        externalId: 'devops-engineer-hamburg-412261',
        url: null,
        title: 'DevOps Engineer',
        company: 'Kranhaus Logistik',
        location: 'Hamburg',
        country: null,
        workMode: null,
        employmentType: null,
        description: '<p>Terraform, Ansible and Kubernetes on Azure.</p>',
        salary: null,
        postedAt: null,
        attributionUrl: 'https://www.arbeitnow.com',
      },
    ] satisfies NormalizedPosting[]);
  });

  it('skips jobs without slug or title and non-objects', () => {
    expect(first.skipped).toEqual([
      { reason: 'missing-id' },
      { reason: 'missing-title', externalId: 'untitled-412280' },
      { reason: 'malformed' },
    ]);
  });

  it('follows links.next until it is null', () => {
    expect(first.next).toEqual([page(2)]);
    const last = adapter.read(fixture('page-2.json'), page(2), config, context);
    expect(last.postings.map((p) => [p.externalId, p.employmentType, p.workMode])).toEqual([
      ['platform-engineer-kubernetes-cologne-412301', 'full-time', 'remote'],
    ]);
    expect(last.next).toEqual([]);
  });

  it('moves the official next link onto the baseUrl', () => {
    const body = fixture('page-1.json');
    expect(adapter.read(body, page(1, 'http://127.0.0.1:4012'), local, context).next).toEqual([
      page(2, 'http://127.0.0.1:4012'),
    ]);
    const prefixed = { ...config, baseUrl: 'http://127.0.0.1:4012/mirror/' };
    expect(adapter.read(body, page(1), prefixed, context).next).toEqual([page(2, 'http://127.0.0.1:4012/mirror')]);
  });

  it('keeps a next link the baseUrl server wrote for itself, and resolves relative links', () => {
    const body = (next: string) => ({ data: [{ slug: 'a', title: 'Go Developer' }], links: { next } });
    const own = 'http://127.0.0.1:4012/api/job-board-api?page=3';
    expect(adapter.read(body(own), page(2, 'http://127.0.0.1:4012'), local, context).next).toEqual([
      { url: own, label: 'list' },
    ]);
    expect(adapter.read(body('?page=3'), page(2), config, context).next).toEqual([page(3)]);
  });

  it.each([
    ['a link to the same page', `${API}?page=1`],
    ['a non-http link', 'javascript:alert(1)'],
    ['an unparseable link', 'http://'],
  ])('ends the chain on %s', (_, next) => {
    const body = { data: [{ slug: 'a', title: 'Go Developer' }], links: { next } };
    expect(adapter.read(body, page(1), config, context).next).toEqual([]);
  });

  it('ends the chain on an empty page, whatever its links say', () => {
    const body = { data: [], links: { next: `${API}?page=9` } };
    expect(adapter.read(body, page(8), config, context)).toEqual({ postings: [], skipped: [], next: [] });
  });

  it.each([
    ['an HTML page', '<html><body>429 Too Many Requests</body></html>'],
    ['an array', []],
    ['an object without data', { message: 'Server Error' }],
    ['data that is not a list', { data: { slug: 'a' }, links: {} }],
  ])('throws SourceFormatError on %s', (_, body) => {
    expect(() => adapter.read(body, page(1), config, context)).toThrow(SourceFormatError);
  });
});
