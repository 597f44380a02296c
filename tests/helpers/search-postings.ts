// The greenhouse board both postings searches are tested on: the query
// (tests/db/postings-search.test.ts) and GET /api/postings
// (tests/web/api-postings.test.ts). Each test adds its own g6 and its lever
// cross-post of g1 after these, and counts the whole set by hand; both list
// g1 and g3's salary the same way.
import type { NormalizedPosting } from '../../src/posting.js';
import { posting } from './store.js';

/** When both suites store the board: every posting's first and last seen. */
export const STORED_AT = new Date('2026-06-01T03:00:00Z');

/** A posting with a page of its own on jobs.example. */
export function boardPosting(
  externalId: string,
  title: string,
  company: string,
  location: string | null,
  description: string,
  postedAt: string | null,
  overrides: Partial<NormalizedPosting> = {},
): NormalizedPosting {
  return posting(externalId, {
    url: `https://jobs.example/${externalId}`,
    title,
    company,
    location,
    description,
    postedAt,
    ...overrides,
  });
}

export const ACME_DESCRIPTION = '<p>We run Kafka and Rust services on Postgres.</p>';

/** Senior, Germany, 2026-03-02; kafka, rust, postgresql; salary structured. */
export const G1 = boardPosting(
  'g1',
  'Senior Backend Engineer',
  'Acme',
  'Berlin, Germany',
  ACME_DESCRIPTION,
  '2026-03-02T10:00:00.000Z',
  { salary: { min: 80_000, max: 100_000, currency: 'EUR', period: 'year' } },
);

/** Switzerland, remote, 2026-03-10; kubernetes, terraform. */
export const G2 = boardPosting(
  'g2',
  'Platform Engineer',
  'Globex',
  'Zürich, Switzerland',
  '<p>Kubernetes and Terraform, fully remote.</p>',
  '2026-03-10T10:00:00.000Z',
);

/** g1 to g5 in store order: g3 France, salary from the text; g4 junior, remote US; g5 not backend. */
export const BOARD_POSTINGS: readonly NormalizedPosting[] = [
  G1,
  G2,
  boardPosting(
    'g3',
    'Backend Developer',
    'Café Müller',
    'Paris, France',
    '<p>Python and Django. Salary €60,000 – €70,000 per year.</p>',
    '2026-04-05T10:00:00.000Z',
  ),
  boardPosting(
    'g4',
    'Junior Backend Engineer',
    'Initech',
    'Remote - US',
    '<p>Go services and Redis.</p>',
    '2026-05-01T10:00:00.000Z',
  ),
  boardPosting(
    'g5',
    'Marketing Manager',
    'Hooli',
    'Berlin, Germany',
    '<p>Run campaigns about Kafka.</p>',
    '2026-03-20',
  ),
];

/** G1 as both searches list it: stored first (id 1) on the gh board at STORED_AT. */
export const G1_LISTED = {
  id: 1,
  source: 'gh',
  externalId: 'g1',
  url: 'https://jobs.example/g1',
  title: 'Senior Backend Engineer',
  company: 'Acme',
  location: 'Berlin, Germany',
  country: 'DE',
  remote: null,
  seniority: 'senior',
  postedAt: '2026-03-02T10:00:00.000Z',
  firstSeenAt: '2026-06-01T03:00:00.000Z',
  lastSeenAt: '2026-06-01T03:00:00.000Z',
  closedAt: null,
  salary: {
    min: 80_000,
    max: 100_000,
    currency: 'EUR',
    period: 'year',
    annualMin: 80_000,
    annualMax: 100_000,
    source: 'structured',
  },
  skills: ['kafka', 'postgresql', 'rust'],
};

/** g3's salary as both searches list it: read from its text. */
export const G3_SALARY_LISTED = {
  min: 60_000,
  max: 70_000,
  currency: 'EUR',
  period: 'year',
  annualMin: 60_000,
  annualMax: 70_000,
  source: 'text',
};
