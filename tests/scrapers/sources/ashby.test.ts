import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SourceFormatError } from '../../../scrapers/adapter.js';
import { type AshbyConfig, ashbyAdapter } from '../../../scrapers/sources/ashby.js';
import type { NormalizedPosting } from '../../../src/posting.js';

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../fixtures/sources/ashby/${name}`, import.meta.url), 'utf8'));
}

const context = { now: new Date('2026-06-01T00:00:00Z') };
const config: AshbyConfig = { type: 'ashby', name: 'acme-payments', board: 'acmepayments', enabled: true };
const request = ashbyAdapter.start(config, context)[0]!;

/** One job of a minimal board, mapped. */
function readJob(fields: Record<string, unknown>): NormalizedPosting | undefined {
  const body = { apiVersion: '1', jobs: [{ id: 'j-1', title: 'Backend Engineer', isListed: true, ...fields }] };
  return ashbyAdapter.read(body, request, config, context).postings[0];
}

describe('ashbyAdapter.start', () => {
  it.each<[string, Partial<AshbyConfig>, string]>([
    [
      'the official endpoint',
      {},
      'https://api.ashbyhq.com/posting-api/job-board/acmepayments?includeCompensation=true',
    ],
    [
      'a local server',
      { board: 'acme', baseUrl: 'http://127.0.0.1:4010' },
      'http://127.0.0.1:4010/posting-api/job-board/acme?includeCompensation=true',
    ],
    [
      'a board name that needs encoding',
      { board: 'Acme Payments' },
      'https://api.ashbyhq.com/posting-api/job-board/Acme%20Payments?includeCompensation=true',
    ],
  ])('%s', (_name, overrides, url) => {
    expect(ashbyAdapter.start({ ...config, ...overrides }, context)).toEqual([{ url, label: 'board' }]);
  });

  it('is a JSON source that lists the whole board', () => {
    expect(ashbyAdapter).toMatchObject({ type: 'ashby', format: 'json', completeListing: true });
  });
});

describe('ashbyAdapter.read on a board', () => {
  const page = ashbyAdapter.read(fixture('board.json'), request, config, context);

  it('maps each listed posting field by field', () => {
    expect(page.postings).toStrictEqual<NormalizedPosting[]>([
      {
        externalId: '8fb1615c-2d4e-4f6a-9b8c-7d6e5f4a3b21',
        url: 'https://jobs.ashbyhq.com/acmepayments/8fb1615c-2d4e-4f6a-9b8c-7d6e5f4a3b21',
        title: 'Staff Backend Engineer, Core API',
        company: null,
        location: 'Remote - North America',
        country: 'US',
        workMode: 'remote',
        employmentType: 'full-time',
        description:
          "<p>Acme Payments&#39; Core API serves 20,000 requests a second to merchants and partners.</p><h2>What you'll do</h2>" +
          '<ul><li>Own the design of our public REST and GraphQL APIs, written in Go</li><li>Scale PostgreSQL and Redis behind them, and run it all on Kubernetes</li><li>Mentor engineers and lead technical design reviews</li></ul>' +
          '<h2>Requirements</h2><ul><li>8+ years of backend engineering, with Go or Kotlin</li><li>Deep experience with distributed systems &amp; API design</li><li>Experience with AWS and Terraform</li></ul>',
        salary: { min: 180_000, max: 220_000, currency: 'USD', period: 'year' },
        postedAt: '2026-03-12T16:38:15.322Z',
        attributionUrl: null,
      },
      {
        externalId: '2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d',
        url: 'https://jobs.ashbyhq.com/acmepayments/2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d',
        title: 'Senior Software Engineer, Infrastructure',
        company: null,
        location: 'New York, NY (HQ)',
        country: 'US',
        workMode: 'hybrid',
        employmentType: 'full-time',
        description:
          '<p>Build the platform every Acme Payments service runs on: Kubernetes, Istio, Terraform and our Go deployment tooling.</p><p>You will be in our New York office three days a week.</p>',
        salary: null,
        postedAt: '2026-04-02T13:00:00.000Z',
        attributionUrl: null,
      },
      {
        externalId: '7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f',
        url: 'https://jobs.ashbyhq.com/acmepayments/7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f/',
        title: 'Backend Engineer, Integrations (Contract)',
        company: null,
        location: 'Remote - Germany',
        country: 'DE',
        workMode: 'remote',
        employmentType: 'contract',
        description:
          'Build bank integrations in Python and Go: SEPA, EBICS and open-banking APIs, with PostgreSQL and RabbitMQ.',
        salary: { min: 70, max: 90, currency: 'EUR', period: 'hour' },
        postedAt: '2026-05-06T09:15:00.000Z',
        attributionUrl: null,
      },
      {
        externalId: '4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a',
        url: 'https://jobs.ashbyhq.com/acmepayments/4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a',
        title: 'Software Engineering Intern, Backend',
        company: null,
        location: 'Amsterdam, Netherlands',
        country: null,
        workMode: 'onsite',
        employmentType: 'internship',
        description:
          '<p>Spend the summer building Java and Spring Boot services with our Payments Risk team. You will learn Kafka, PostgreSQL and how we ship to Kubernetes.</p>',
        salary: { min: 2_500, max: 3_000, currency: 'EUR', period: 'month' },
        postedAt: null,
        attributionUrl: null,
      },
    ]);
  });

  it('skips unlisted postings, records without an id or a title, and records that are not objects', () => {
    expect(page.skipped).toEqual([
      { reason: 'unlisted', externalId: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b' },
      { reason: 'missing-id' },
      { reason: 'missing-title', externalId: '6f7a8b9c-0d1e-4f2a-9b3c-4d5e6f7a8b9c' },
      { reason: 'malformed' },
    ]);
  });

  it('asks for nothing more: the board comes whole', () => {
    expect(page.next).toEqual([]);
  });

  it('names the company from the config', () => {
    const named = ashbyAdapter.read(fixture('board.json'), request, { ...config, company: 'Acme Payments' }, context);
    expect(named.postings.map((p) => p.company)).toEqual(Array(4).fill('Acme Payments'));
  });
});

describe('ashby salary', () => {
  const salary = (fields: Record<string, unknown> = {}) => ({
    compensationType: 'Salary',
    interval: '1 YEAR',
    currencyCode: 'USD',
    minValue: 100_000,
    maxValue: 120_000,
    ...fields,
  });
  const shown = (compensation: unknown) => ({ shouldDisplayCompensationOnJobPostings: true, compensation });
  const yearly = { min: 100_000, max: 120_000, currency: 'USD', period: 'year' };

  it.each<[string, Record<string, unknown>, unknown]>([
    ['a yearly salary', shown({ summaryComponents: [salary()] }), yearly],
    [
      'the salary found by type, after equity and bonus',
      shown({
        summaryComponents: [
          { compensationType: 'EquityPercentage', interval: 'NONE', currencyCode: null, minValue: 0.5, maxValue: 1 },
          salary({ compensationType: 'Bonus', minValue: 5_000, maxValue: 5_000 }),
          salary(),
        ],
      }),
      yearly,
    ],
    [
      '1 MONTH',
      shown({ summaryComponents: [salary({ interval: '1 MONTH', minValue: 5_000, maxValue: 6_000 })] }),
      { min: 5_000, max: 6_000, currency: 'USD', period: 'month' },
    ],
    [
      '1 WEEK',
      shown({ summaryComponents: [salary({ interval: '1 WEEK', minValue: 2_000, maxValue: 2_000 })] }),
      { min: 2_000, max: 2_000, currency: 'USD', period: 'week' },
    ],
    [
      '1 DAY',
      shown({ summaryComponents: [salary({ interval: '1 DAY', minValue: 600, maxValue: 800 })] }),
      { min: 600, max: 800, currency: 'USD', period: 'day' },
    ],
    [
      '1 HOUR',
      shown({ summaryComponents: [salary({ interval: '1 HOUR', minValue: 60, maxValue: 75 })] }),
      { min: 60, max: 75, currency: 'USD', period: 'hour' },
    ],
    ['an interval in other case and spacing', shown({ summaryComponents: [salary({ interval: '1  year' })] }), yearly],
    ['an interval that is not one period', shown({ summaryComponents: [salary({ interval: '2 WEEK' })] }), null],
    ['an interval of NONE', shown({ summaryComponents: [salary({ interval: 'NONE' })] }), null],
    ['only a max', shown({ summaryComponents: [salary({ minValue: null })] }), { ...yearly, min: null }],
    ['no amounts', shown({ summaryComponents: [salary({ minValue: null, maxValue: 0 })] }), null],
    ['no currency', shown({ summaryComponents: [salary({ currencyCode: null })] }), { ...yearly, currency: null }],
    [
      'a tier when the summary has no salary',
      shown({
        summaryComponents: [],
        compensationTiers: [
          { id: 't1', components: [salary({ compensationType: 'EquityCashValue' })] },
          { id: 't2', components: [salary({ id: 'c', summary: '$90K – $110K', minValue: 90_000, maxValue: 110_000 })] },
        ],
      }),
      { min: 90_000, max: 110_000, currency: 'USD', period: 'year' },
    ],
    [
      'the summary before the tiers',
      shown({ summaryComponents: [salary()], compensationTiers: [{ components: [salary({ minValue: 1 })] }] }),
      yearly,
    ],
    [
      'only equity and commission',
      shown({
        summaryComponents: [
          salary({ compensationType: 'EquityPercentage' }),
          salary({ compensationType: 'Commission' }),
        ],
      }),
      null,
    ],
    [
      'pay the employer does not display',
      { shouldDisplayCompensationOnJobPostings: false, compensation: { summaryComponents: [salary()] } },
      null,
    ],
    ['no display flag', { compensation: { summaryComponents: [salary()] } }, null],
    ['no compensation', shown(undefined), null],
  ])('%s', (_name, fields, expected) => {
    expect(readJob(fields)?.salary).toEqual(expected);
  });
});

describe('ashby fields', () => {
  it.each<[string, Record<string, unknown>, Partial<NormalizedPosting>]>([
    ['workplaceType OnSite', { workplaceType: 'OnSite' }, { workMode: 'onsite' }],
    ['workplaceType Remote', { workplaceType: 'Remote' }, { workMode: 'remote' }],
    ['workplaceType Hybrid over isRemote', { workplaceType: 'Hybrid', isRemote: true }, { workMode: 'hybrid' }],
    ['workplaceType OnSite over isRemote', { workplaceType: 'OnSite', isRemote: true }, { workMode: 'onsite' }],
    [
      'an unknown workplaceType says nothing, whatever isRemote says',
      { workplaceType: 'Flexible', isRemote: true },
      { workMode: null },
    ],
    ['isRemote true without workplaceType', { isRemote: true }, { workMode: 'remote' }],
    ['isRemote false cannot tell on-site from hybrid', { isRemote: false }, { workMode: null }],
    ['FullTime', { employmentType: 'FullTime' }, { employmentType: 'full-time' }],
    ['PartTime', { employmentType: 'PartTime' }, { employmentType: 'part-time' }],
    ['Intern', { employmentType: 'Intern' }, { employmentType: 'internship' }],
    ['Contract', { employmentType: 'Contract' }, { employmentType: 'contract' }],
    ['Temporary', { employmentType: 'Temporary' }, { employmentType: 'temporary' }],
    ['no employmentType', {}, { employmentType: null }],
    [
      'applyUrl without jobUrl',
      { applyUrl: 'https://jobs.ashbyhq.com/acme/j-1/application' },
      { url: 'https://jobs.ashbyhq.com/acme/j-1/application' },
    ],
    [
      'descriptionHtml before descriptionPlain',
      { descriptionHtml: '<p>Go</p>', descriptionPlain: 'Go' },
      { description: '<p>Go</p>' },
    ],
    ['no description', {}, { description: '' }],
    ['a country name', { address: { postalAddress: { addressCountry: 'United Kingdom' } } }, { country: 'GB' }],
    ['a country that is not known', { address: { postalAddress: { addressCountry: 'Atlantis' } } }, { country: null }],
    ['isListed missing counts as listed', { isListed: undefined }, { externalId: 'j-1' }],
    [
      'an id from jobUrl when the field is missing',
      { id: undefined, jobUrl: 'https://jobs.ashbyhq.com/acme/0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9?src=feed' },
      { externalId: '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9' },
    ],
  ])('%s', (_name, fields, expected) => {
    expect(readJob(fields)).toMatchObject(expected);
  });
});

describe('ashbyAdapter.read on a body that is not a board', () => {
  it.each<[string, unknown]>([
    ['an error document', fixture('malformed.json')],
    ['an array of jobs', [{ id: 'j-1', title: 'Backend Engineer' }]],
    ['null', null],
    ['jobs that are not an array', { apiVersion: '1', jobs: null }],
  ])('%s', (_name, body) => {
    expect(() => ashbyAdapter.read(body, request, config, context)).toThrow(SourceFormatError);
    expect(() => ashbyAdapter.read(body, request, config, context)).toThrow(
      /Ashby board "acmepayments": expected an object with a "jobs" array/,
    );
  });
});
