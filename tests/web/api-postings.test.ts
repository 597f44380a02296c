import { describe, expect, it } from 'vitest';
import { createApp } from '../../web/app.js';
import { type App, getJson } from '../helpers/app.js';
import { migratedDbWithBoards } from '../helpers/db.js';
import {
  ACME_DESCRIPTION,
  BOARD_POSTINGS,
  boardPosting,
  G1_LISTED,
  G3_SALARY_LISTED,
  STORED_AT,
} from '../helpers/search-postings.js';
import { storeEnriched } from '../helpers/store.js';

// The board's g6 and the lever cross-post are this test's own: its L1 has a page of its own.
const G6 = boardPosting(
  'g6',
  'Staff Software Engineer',
  'Umbrella',
  null,
  '<p>Java, Spring Boot, observability.</p>',
  null,
);
const L1 = boardPosting(
  'L1',
  'Senior Backend Engineer',
  'Acme',
  'Berlin, Germany',
  ACME_DESCRIPTION,
  '2026-03-03T08:00:00.000Z',
);

/**
 * The fixture, by hand (ids in store order; day = posted, else first seen):
 *   1 gh g1  Senior Backend Engineer, Acme, DE, senior, 2026-03-02; kafka, rust, postgresql; salary structured
 *   2 gh g2  Platform Engineer, Globex, CH, remote, 2026-03-10; kubernetes, terraform
 *   3 gh g3  Backend Developer, Café Müller, FR, 2026-04-05; python, django; salary from the text
 *   4 gh g4  Junior Backend Engineer, Initech, US, junior, remote, 2026-05-01; go, redis
 *   5 gh g5  Marketing Manager, Hooli, DE, 2026-03-20; kafka — not backend: never listed
 *   6 gh g6  Staff Software Engineer, Umbrella, staff, no date (first seen 2026-06-01); java, spring, …
 *   7 lever L1  g1 cross-posted (same job, its own posting), 2026-03-03
 * Newest first: 6, 4, 3, 2, 7, 1.
 */
async function fixture() {
  const { db, gh, lever } = await migratedDbWithBoards(STORED_AT);
  await storeEnriched(db, gh, [...BOARD_POSTINGS, G6], STORED_AT);
  await storeEnriched(db, lever, [L1], STORED_AT);
  return createApp({ db });
}

interface Page {
  total: number;
  limit: number;
  offset: number;
  postings: Array<Record<string, unknown> & { id: number }>;
}

async function page(app: App, query: string) {
  const { status, body } = await getJson(app, `/api/postings${query}`);
  expect(status).toBe(200);
  const { total, limit, offset, postings } = body as unknown as Page;
  return { total, limit, offset, ids: postings.map((p) => p.id) };
}

describe('GET /api/postings', () => {
  it('lists every backend posting newest first, 20 a page, a cross-posted job once per posting', async () => {
    const app = await fixture();
    expect(await page(app, '')).toEqual({ total: 6, limit: 20, offset: 0, ids: [6, 4, 3, 2, 7, 1] });
  });

  it('gives each posting with its source, company, place, dates, salary and skills', async () => {
    const app = await fixture();
    const { body } = await getJson(app, '/api/postings?q=acme');
    const [lever, gh] = (body as unknown as Page).postings;
    expect(gh).toEqual(G1_LISTED);
    expect(lever).toMatchObject({ id: 7, source: 'lever', externalId: 'L1', salary: null });
    const { body: french } = await getJson(app, '/api/postings?country=FR');
    expect((french as unknown as Page).postings[0]?.salary).toEqual(G3_SALARY_LISTED);
  });

  it.each<[string, number[]]>([
    // q: title, company, description; diacritics folded; prefixes; every word required.
    ['?q=junior', [4]],
    ['?q=globex', [2]],
    ['?q=kafka', [7, 1]],
    ['?q=kafka%20rust', [7, 1]],
    ['?q=kafka%20python', []],
    ['?q=muller', [3]],
    ['?q=M%C3%BCller%20caf%C3%A9', [3]],
    ['?q=kube*', [2]],
    ['?q=kube', []],
    ['?q=campaigns', []],
    ['?q=', [6, 4, 3, 2, 7, 1]],
    ['?skill=kafka', [7, 1]],
    ['?skill=terraform', [2]],
    ['?source=lever', [7]],
    ['?source=gh,lever', [6, 4, 3, 2, 7, 1]],
    ['?seniority=junior,staff', [6, 4]],
    ['?workMode=remote', [4, 2]],
    ['?country=FR,CH', [3, 2]],
    ['?from=2026-03-03&to=2026-04-30', [3, 2, 7]],
    ['?category=messaging', [7, 1]],
    ['?category=framework,infrastructure', [6, 3, 2]],
    ['?q=engineer&seniority=senior&skill=rust', [7, 1]],
    ['?q=backend&source=gh&workMode=remote', [4]],
    ['?interval=week', [6, 4, 3, 2, 7, 1]],
  ])('%s', async (query, expected) => {
    const app = await fixture();
    expect(await page(app, query)).toEqual({ total: expected.length, limit: 20, offset: 0, ids: expected });
  });

  it('pages with limit and offset, total counting every match', async () => {
    const app = await fixture();
    expect(await page(app, '?limit=2')).toEqual({ total: 6, limit: 2, offset: 0, ids: [6, 4] });
    expect(await page(app, '?limit=2&offset=2')).toEqual({ total: 6, limit: 2, offset: 2, ids: [3, 2] });
    expect(await page(app, '?limit=4&offset=4')).toEqual({ total: 6, limit: 4, offset: 4, ids: [7, 1] });
    expect(await page(app, '?limit=100&offset=10000')).toEqual({ total: 6, limit: 100, offset: 10_000, ids: [] });
    expect(await page(app, '?q=kafka&limit=1&offset=1')).toEqual({ total: 2, limit: 1, offset: 1, ids: [1] });
    // Past the last page, the total still counts every match.
    expect(await page(app, '?q=kafka&offset=2')).toEqual({ total: 2, limit: 20, offset: 2, ids: [] });
    expect(await page(app, '?skill=kafka&limit=1&offset=1')).toEqual({ total: 2, limit: 1, offset: 1, ids: [1] });
    expect(await page(app, '?skill=kafka&offset=2')).toEqual({ total: 2, limit: 20, offset: 2, ids: [] });
    expect(await page(app, '?skill=kafka&q=rust&offset=5')).toEqual({ total: 2, limit: 20, offset: 5, ids: [] });
  });

  it.each([
    '"',
    '"kafka',
    '(kafka',
    'NEAR(kafka rust)',
    'NEAR("kafka" "rust", 2)',
    'title:kafka',
    '{title company}:kafka',
    '-kafka',
    '^kafka',
    'kafka OR',
    'NOT',
    '*',
    '"" AND ""',
    "'; drop table postings; --",
    '\\',
    '%',
    '\u0000',
    '🙂',
    'ثم نفس سقطت',
    'é'.repeat(200),
    'a '.repeat(100),
  ])('answers 200 to the hostile q %j', async (q) => {
    const app = await fixture();
    const { status, body } = await getJson(app, `/api/postings?q=${encodeURIComponent(q)}`);
    expect(status).toBe(200);
    expect((body as unknown as Page).total).toBe((body as unknown as Page).postings.length);
  });

  it.each([
    ['?limit=0', 'limit'],
    ['?limit=101', 'limit'],
    ['?limit=ten', 'limit'],
    ['?limit=1.5', 'limit'],
    ['?offset=-1', 'offset'],
    ['?offset=10001', 'offset'],
    ['?skill=Kafka;drop', 'skill'],
    ['?skill=no-such-skill', 'skill'],
    ['?from=2026-02-30', 'from'],
    ['?to=2026-3-1', 'to'],
    ['?from=2026-05-01&to=2026-03-01', 'from'],
    ['?seniority=boss', 'seniority'],
    ['?workMode=office', 'workMode'],
    ['?country=de', 'country'],
    ['?category=nope', 'category'],
    [`?q=${'x'.repeat(201)}`, 'q'],
    [`?q=${encodeURIComponent('kafka '.repeat(200))}`, 'q'],
  ])('%s → 400 naming %s, in the error envelope', async (query, parameter) => {
    const app = await fixture();
    const { status, body } = await getJson(app, `/api/postings${query}`);
    expect(status).toBe(400);
    expect(Object.keys(body)).toEqual(['error']);
    const error = (body as { error: { code: string; message: string } }).error;
    expect(error.code).toBe('bad_request');
    expect(error.message.startsWith(`${parameter}:`)).toBe(true);
  });

  it('is documented in the OpenAPI document, parameters and response', async () => {
    const app = await fixture();
    const { body } = await getJson(app, '/api/openapi.json');
    type Operation = {
      parameters: Array<{ name: string }>;
      responses: Record<string, { content: Record<string, { schema: { properties: Record<string, unknown> } }> }>;
    };
    const operation = (body.paths as Record<string, { get: Operation }>)['/api/postings']?.get;
    expect(operation?.parameters.map((p) => p.name).sort()).toEqual(
      [
        'category',
        'country',
        'from',
        'interval',
        'limit',
        'offset',
        'q',
        'seniority',
        'skill',
        'source',
        'to',
        'workMode',
      ].sort(),
    );
    const schema = operation?.responses['200']?.content['application/json']?.schema;
    expect(Object.keys(schema?.properties ?? {})).toEqual(['total', 'limit', 'offset', 'postings']);
  });
});
