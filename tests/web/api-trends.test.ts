import { describe, expect, it } from 'vitest';
import { wilson } from '../../src/stats/wilson.js';
import { createApp } from '../../web/app.js';
import { type App, getJson } from '../helpers/app.js';
import { migratedDbWithBoards } from '../helpers/db.js';
import { posting as normalized, storeEnriched } from '../helpers/store.js';

const NOW = new Date('2026-06-01T03:00:00Z');

const posting = (id: string, title: string, company: string, description: string, postedAt: string) =>
  normalized(id, { title, company, description, postedAt });

/**
 * The fixture, counted by hand (every posting in Berlin; only Hooli's is senior): March 2026 has 4 jobs (Acme's is on two boards, one job), 3 ask for Kafka,
 * 1 for Rust; April has none; May has 2 jobs, 1 asks for Kafka.
 */
async function fixture(counting: 'aggregates' | 'rows' = 'aggregates') {
  const { db, gh, lever } = await migratedDbWithBoards(NOW);
  await storeEnriched(
    db,
    gh,
    [
      posting('1', 'Backend Engineer', 'Acme', '<p>Kafka and Rust.</p>', '2026-03-02T10:00:00Z'),
      posting('2', 'Platform Engineer', 'Globex', '<p>Kafka on Kubernetes.</p>', '2026-03-09T10:00:00Z'),
      posting('3', 'Site Reliability Engineer', 'Initech', '<p>Terraform.</p>', '2026-03-16T10:00:00Z'),
      posting('4', 'Data Engineer', 'Umbrella', '<p>Kafka and Spark.</p>', '2026-03-30T10:00:00Z'),
      posting('5', 'Senior Backend Engineer', 'Hooli', '<p>Kafka and Redis.</p>', '2026-05-04T10:00:00Z'),
      posting('6', 'Backend Engineer', 'Stark', '<p>Redis and Terraform.</p>', '2026-05-20T10:00:00Z'),
    ],
    NOW,
  );
  await storeEnriched(
    db,
    lever,
    [posting('L1', 'Backend Engineer', 'Acme', '<p>Kafka and Rust.</p>', '2026-03-03T08:00:00Z')],
    NOW,
  );
  return createApp({ db, counting });
}

describe('GET /api/trends', () => {
  it('gives every month of the data, each job once, with counts, totals and Wilson intervals', async () => {
    const app = await fixture();
    const { status, body } = await getJson(app, '/api/trends?skills=kafka,rust');
    expect(status).toBe(200);
    const kafkaMarch = wilson(3, 4);
    const kafkaMay = wilson(1, 2);
    expect(body).toEqual({
      interval: 'month',
      from: '2026-03-01',
      to: '2026-05-31',
      series: [
        {
          skill: 'kafka',
          points: [
            { period: '2026-03', postings: 3, total: 4, share: 0.75, ciLow: kafkaMarch?.low, ciHigh: kafkaMarch?.high },
            { period: '2026-04', postings: 0, total: 0, share: 0, ciLow: 0, ciHigh: 0 },
            { period: '2026-05', postings: 1, total: 2, share: 0.5, ciLow: kafkaMay?.low, ciHigh: kafkaMay?.high },
          ],
        },
        {
          skill: 'rust',
          points: [
            expect.objectContaining({ period: '2026-03', postings: 1, total: 4, share: 0.25 }),
            expect.objectContaining({ period: '2026-04', postings: 0, total: 0 }),
            expect.objectContaining({ period: '2026-05', postings: 0, total: 2, share: 0, ciLow: 0 }),
          ],
        },
      ],
    });
  });

  it('counts ISO weeks, and counts whole periods, saying which days they cover', async () => {
    const app = await fixture();
    const { body } = await getJson(app, '/api/trends?skills=kafka&interval=week&from=2026-03-04&to=2026-03-17');
    // 4 March is in week 10 (2–8 March), 17 March in week 12 (16–22 March).
    expect(body.from).toBe('2026-03-02');
    expect(body.to).toBe('2026-03-22');
    const [kafka] = body.series as Array<{ points: Array<{ period: string; postings: number; total: number }> }>;
    expect(kafka?.points.map((p) => [p.period, p.postings, p.total])).toEqual([
      ['2026-W10', 1, 1],
      ['2026-W11', 1, 1],
      ['2026-W12', 0, 1],
    ]);
  });

  it.each([
    ['/api/trends', 'skills'],
    ['/api/trends?skills=kafka&interval=year', 'interval'],
    ['/api/trends?skills=kafka&from=2026-3-1', 'from'],
    ['/api/trends?skills=kafka&from=2026-02-30', 'from'],
    ['/api/trends?skills=no-such-skill', 'skills'],
    ['/api/trends?skills=Kafka;drop', 'skills'],
    ['/api/trends?skills=kafka&from=2026-05-01&to=2026-03-01', 'from'],
    ['/api/trends?skills=kafka&country=de', 'country'],
    ['/api/trends?skills=kafka&seniority=wizard', 'seniority'],
    ['/api/trends?skills=kafka&workMode=moon', 'workMode'],
    ['/api/trends?skills=kafka&category=cloud', 'skills'],
    ['/api/trends?skills=group:no-such-group', 'skills'],
  ])('%s → 400 naming %s, in the error envelope', async (path, parameter) => {
    const app = await fixture();
    const { status, body } = await getJson(app, path);
    expect(status).toBe(400);
    const error = (body as { error: { code: string; message: string } }).error;
    expect(Object.keys(body)).toEqual(['error']);
    expect(error.message.startsWith(`${parameter}:`)).toBe(true);
  });
});

/** [period, postings, total] of each series. */
async function counts(app: App, path: string) {
  const { status, body } = await getJson(app, path);
  expect(status).toBe(200);
  const series = body.series as Array<{
    skill: string;
    points: Array<{ period: string; postings: number; total: number }>;
  }>;
  return Object.fromEntries(series.map((s) => [s.skill, s.points.map((p) => [p.period, p.postings, p.total])]));
}

describe('GET /api/trends with filters (counted from the rows)', () => {
  it('source: a cross-posted job counts on either board; the denominator is the filtered jobs', async () => {
    const app = await fixture();
    expect(await counts(app, '/api/trends?skills=kafka&source=lever')).toEqual({
      kafka: [
        ['2026-03', 1, 1],
        ['2026-04', 0, 0],
        ['2026-05', 0, 0],
      ],
    });
    expect(await counts(app, '/api/trends?skills=kafka&source=gh')).toEqual({
      kafka: [
        ['2026-03', 3, 4],
        ['2026-04', 0, 0],
        ['2026-05', 1, 2],
      ],
    });
    // Both boards: the unfiltered counts, Acme's job still once.
    expect(await counts(app, '/api/trends?skills=kafka&source=gh,lever')).toEqual(
      await counts(app, '/api/trends?skills=kafka'),
    );
  });

  it('seniority, country and work mode narrow the jobs counted', async () => {
    const app = await fixture();
    expect(await counts(app, '/api/trends?skills=kafka,redis&seniority=senior')).toEqual({
      kafka: [
        ['2026-03', 0, 0],
        ['2026-04', 0, 0],
        ['2026-05', 1, 1],
      ],
      redis: [
        ['2026-03', 0, 0],
        ['2026-04', 0, 0],
        ['2026-05', 1, 1],
      ],
    });
    expect(await counts(app, '/api/trends?skills=kafka&country=DE')).toEqual(
      await counts(app, '/api/trends?skills=kafka'),
    );
    const none = [
      ['2026-03', 0, 0],
      ['2026-04', 0, 0],
      ['2026-05', 0, 0],
    ];
    expect(await counts(app, '/api/trends?skills=kafka&country=US,GB')).toEqual({ kafka: none });
    expect(await counts(app, '/api/trends?skills=kafka&workMode=remote')).toEqual({ kafka: none });
  });

  it('a concept group counts a job once however many members it names', async () => {
    const app = await fixture();
    // Event-driven: Kafka in March (3 jobs) and May (1).
    expect(await counts(app, '/api/trends?skills=group:event-driven')).toEqual({
      'group:event-driven': [
        ['2026-03', 3, 4],
        ['2026-04', 0, 0],
        ['2026-05', 1, 2],
      ],
    });
  });

  it.each([
    '/api/trends?skills=kafka,rust,redis,group:event-driven,group:cloud,ai:building',
    '/api/trends?skills=kafka,terraform,group:infrastructure-as-code&interval=week',
    '/api/trends?skills=kafka&from=2026-03-10&to=2026-05-05',
  ])('counting from the rows gives what the kept counts give: %s', async (path) => {
    const [kept, rows] = await Promise.all([fixture(), fixture('rows')]);
    expect((await getJson(rows, path)).body).toEqual((await getJson(kept, path)).body);
  });
});

describe('the app', () => {
  it('answers a JSON 404 for an unknown path, and an OpenAPI 3.1 document of its routes', async () => {
    const app = await fixture();
    expect(await getJson(app, '/nope')).toEqual({
      status: 404,
      body: { error: { code: 'not_found', message: 'no route for GET /nope' } },
    });
    const { body } = await getJson(app, '/api/openapi.json');
    expect(body.openapi).toBe('3.1.0');
    const trends = (body.paths as Record<string, { get: { parameters: Array<{ name: string }> } }>)['/api/trends'];
    expect(trends?.get.parameters.map((p) => p.name).sort()).toEqual(
      ['category', 'country', 'from', 'interval', 'seniority', 'skills', 'source', 'to', 'workMode'].sort(),
    );
  });
});
