import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SourceFormatError, type SourceRequest } from '../../../scrapers/adapter.js';
import { remoteokAdapter as adapter } from '../../../scrapers/sources/remoteok.js';
import type { SourceConfig } from '../../../src/config/schema.js';
import type { NormalizedPosting } from '../../../src/posting.js';

type Config = Extract<SourceConfig, { type: 'remoteok' }>;

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../fixtures/sources/remoteok/${name}`, import.meta.url), 'utf8'));

const context = { now: new Date('2026-11-21T12:00:00Z') };
const config: Config = { name: 'remoteok', type: 'remoteok', enabled: true };
const request: SourceRequest = { url: 'https://remoteok.com/api', label: 'list' };

describe('remoteokAdapter.start', () => {
  it('asks for the whole board in one request', () => {
    expect(adapter.start(config, context)).toEqual([request]);
    expect(adapter.completeListing).toBe(true);
  });

  it('puts the same path on a baseUrl', () => {
    expect(adapter.start({ ...config, baseUrl: 'http://127.0.0.1:4012' }, context)).toEqual([
      { url: 'http://127.0.0.1:4012/api', label: 'list' },
    ]);
  });
});

describe('remoteokAdapter.read', () => {
  const page = adapter.read(fixture('board.json'), request, config, context);

  it('skips the legal notice and maps jobs as remote, linking back to RemoteOK', () => {
    expect(page.postings).toEqual([
      {
        externalId: '1098765',
        url: 'https://remoteok.com/remote-jobs/remote-senior-golang-engineer-tidewave-1098765',
        title: 'Senior Golang Engineer',
        company: 'Tidewave',
        location: 'Worldwide',
        country: null,
        workMode: 'remote',
        employmentType: null,
        description:
          '<p>Tidewave builds the billing engine behind 300 SaaS companies. We are hiring a senior engineer for our core ledger team.</p><p><strong>What you will do</strong></p><ul><li>Write and operate Go microservices that process 20M invoices a month</li><li>Own our PostgreSQL schema and migrations, with pgbouncer and read replicas</li><li>Move batch jobs onto Kafka streams</li><li>Deploy on Kubernetes (GKE) with Terraform and Argo CD</li></ul><p><strong>You have</strong></p><ul><li>5+ years of backend experience, 3+ with Go</li><li>Strong SQL and data-modelling skills</li><li>Experience with distributed systems and idempotent APIs</li></ul>',
        salary: { min: 120000, max: 160000, currency: 'USD', period: 'year' },
        postedAt: '2026-11-15T14:00:00.000Z',
        attributionUrl: 'https://remoteok.com/remote-jobs/remote-senior-golang-engineer-tidewave-1098765',
      },
      {
        // A numeric id, no url (built from the slug), zero salaries, the ISO date only.
        externalId: '1098801',
        url: 'https://remoteok.com/remote-jobs/remote-backend-engineer-kafka-java-ostrava-labs-1098801',
        title: 'Backend Engineer (Kafka, Java)',
        company: 'Ostrava Labs',
        location: null,
        country: null,
        workMode: 'remote',
        employmentType: null,
        description:
          '<p>Join a five-person team building event pipelines for logistics customers. Java 21, Spring Boot, Kafka Streams and PostgreSQL on AWS.</p><ul><li>3+ years with Java or Kotlin</li><li>Hands-on Kafka experience</li><li>EU time zones (CET ± 3h)</li></ul>',
        salary: null,
        postedAt: '2026-11-09T08:45:00.000Z',
        attributionUrl: 'https://remoteok.com/remote-jobs/remote-backend-engineer-kafka-java-ostrava-labs-1098801',
      },
      {
        // No id: the slug identifies it; salary_max 0 is "not given".
        externalId: 'remote-staff-platform-engineer-halyard-1098812',
        url: 'https://remoteok.com/remote-jobs/remote-staff-platform-engineer-halyard-1098812',
        title: 'Staff Platform Engineer',
        company: 'Halyard',
        location: 'USA',
        country: null,
        workMode: 'remote',
        employmentType: null,
        description: '<p>Kubernetes, Terraform and Go at Halyard.</p>',
        salary: { min: 180000, max: null, currency: 'USD', period: 'year' },
        postedAt: '2026-11-18T07:30:00.000Z',
        attributionUrl: 'https://remoteok.com/remote-jobs/remote-staff-platform-engineer-halyard-1098812',
      },
    ] satisfies NormalizedPosting[]);
  });

  it('skips jobs without id or title and non-objects, but not the notice', () => {
    expect(page.skipped).toEqual([
      { reason: 'missing-id' },
      { reason: 'missing-title', externalId: '1098830' },
      { reason: 'malformed' },
    ]);
    expect(page.next).toEqual([]);
  });

  it('reads a board without the notice from its first element', () => {
    const body = [{ id: '1', position: 'Go Engineer', url: 'https://remoteok.com/remote-jobs/1' }];
    expect(adapter.read(body, request, config, context).postings.map((p) => p.externalId)).toEqual(['1']);
  });

  it.each([
    ['an HTML page', '<html><body>Just a moment...</body></html>'],
    ['an object', { legal: 'API Terms of Service' }],
    ['an empty array', []],
  ])('throws SourceFormatError on %s', (_, body) => {
    expect(() => adapter.read(body, request, config, context)).toThrow(SourceFormatError);
  });
});
