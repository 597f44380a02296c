import { describe, expect, it } from 'vitest';
import { ensureSource } from '../../db/sources.js';
import type { NormalizedPosting } from '../../src/posting.js';
import type { StatedSalary } from '../../src/salary/types.js';
import { wilson } from '../../src/stats/wilson.js';
import { createApp } from '../../web/app.js';
import { getJson } from '../helpers/app.js';
import { migratedDbWithSkills } from '../helpers/db.js';
import { posting as normalized, storeEnriched, usd } from '../helpers/store.js';

const NOW = new Date('2026-06-01T03:00:00Z');

const posting = (
  id: string,
  title: string,
  description: string,
  postedAt: string,
  salary: StatedSalary | null = null,
  workMode: NormalizedPosting['workMode'] = null,
) => normalized(id, { title, company: `Company ${id}`, description, postedAt, salary, workMode });

/**
 * Counted by hand. April: 2 jobs (1 Kafka); May: 4 jobs (3 Kafka, 1 Go).
 * USD salaries (annual midpoints): Kafka jobs 100k (senior), 120k, 150k (senior, remote), 90k; the Go job 80k;
 * one EUR salary (never converted, never mixed into USD).
 */
async function fixture(counting: 'aggregates' | 'rows' = 'aggregates') {
  const { db } = await migratedDbWithSkills();
  const gh = await ensureSource(db, { name: 'gh', type: 'greenhouse', settings: {} }, NOW);
  await storeEnriched(
    db,
    gh,
    [
      posting('1', 'Senior Backend Engineer', '<p>Kafka.</p>', '2026-04-02T10:00:00Z', usd(90_000, 110_000)),
      posting('2', 'Backend Engineer', '<p>Terraform.</p>', '2026-04-20T10:00:00Z', {
        min: 70_000,
        max: 70_000,
        currency: 'EUR',
        period: 'year',
      }),
      posting('3', 'Backend Engineer', '<p>Kafka.</p>', '2026-05-04T10:00:00Z', usd(120_000)),
      posting('4', 'Senior Backend Engineer', '<p>Kafka.</p>', '2026-05-11T10:00:00Z', usd(140_000, 160_000), 'remote'),
      posting('5', 'Backend Engineer', '<p>Kafka.</p>', '2026-05-18T10:00:00Z', usd(90_000)),
      posting('6', 'Backend Engineer', '<p>Go services.</p>', '2026-05-25T10:00:00Z', usd(80_000)),
    ],
    NOW,
  );
  return createApp({ db, counting });
}

type SkillRow = { id: string; postings: number; share: number; change: number | null; withinNoise: boolean };

describe('GET /api/skills', () => {
  it('lists skills by jobs over the window, with shares, intervals and the change between the last two periods', async () => {
    const { status, body } = await getJson(await fixture(), '/api/skills');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      interval: 'month',
      from: '2026-04-01',
      to: '2026-05-31',
      total: 6,
      lastPeriod: '2026-05',
      previousPeriod: '2026-04',
    });
    const skills = body.skills as SkillRow[];
    const kafka = skills.find((s) => s.id === 'kafka');
    const interval = wilson(4, 6);
    expect(kafka).toMatchObject({
      name: 'Apache Kafka',
      postings: 4,
      share: 4 / 6,
      ciLow: interval?.low,
      ciHigh: interval?.high,
      last: { period: '2026-05', postings: 3, total: 4, share: 0.75 },
      previous: { period: '2026-04', postings: 1, total: 2, share: 0.5 },
      change: 0.25,
      // 3 of 4 against 1 of 2: far too few jobs to call it a trend.
      withinNoise: true,
    });
    expect(skills[0]?.id).toBe('kafka');
    expect(skills.find((s) => s.id === 'rust')).toMatchObject({ postings: 0, share: 0, change: 0 });
    expect(skills.length).toBeGreaterThan(400);
  });

  it('category narrows the list; filters narrow the jobs; rows and kept counts agree', async () => {
    const app = await fixture();
    const { body } = await getJson(app, '/api/skills?category=messaging');
    const skills = body.skills as Array<SkillRow & { category: string }>;
    expect(skills.every((s) => s.category === 'messaging')).toBe(true);
    expect(skills.some((s) => s.id === 'kafka')).toBe(true);
    const senior = await getJson(app, '/api/skills?seniority=senior');
    expect(senior.body.total).toBe(2);
    expect((senior.body.skills as SkillRow[]).find((s) => s.id === 'kafka')?.postings).toBe(2);
    const rows = await fixture('rows');
    for (const path of [
      '/api/skills',
      '/api/skills?interval=week',
      '/api/skills?interval=week&from=2026-04-10&to=2026-05-20',
      '/api/skills?category=messaging&from=2026-05-01&to=2026-05-31',
      '/api/skills?from=2026-04-01&to=2026-07-31',
    ]) {
      expect((await getJson(rows, path)).body).toEqual((await getJson(app, path)).body);
    }
  });
});

describe('GET /api/salaries', () => {
  it('gives type-7 quantiles of annual midpoints in the one currency asked, each with n', async () => {
    const { status, body } = await getJson(await fixture(), '/api/salaries?currency=USD');
    expect(status).toBe(200);
    // 80k, 90k, 100k, 120k, 150k: median 100k; p25 at rank 1 → 90k; p10 at rank 0.4 → 84k.
    expect(body).toEqual({
      groupBy: 'all',
      currency: 'USD',
      groups: [
        { key: 'all', currency: 'USD', n: 5, p10: 84_000, p25: 90_000, median: 100_000, p75: 120_000, p90: 138_000 },
      ],
    });
    const eur = await getJson(await fixture(), '/api/salaries?currency=EUR');
    expect(eur.body.groups).toEqual([expect.objectContaining({ key: 'all', n: 1, median: 70_000 })]);
  });

  it('groups by skill, seniority, work mode and country', async () => {
    const app = await fixture();
    const bySkill = await getJson(app, '/api/salaries?currency=USD&groupBy=skill');
    expect(bySkill.body.groups).toEqual([
      // 90k, 100k, 120k, 150k
      expect.objectContaining({ key: 'kafka', n: 4, median: 110_000, p10: 93_000 }),
      expect.objectContaining({ key: 'go', n: 1, median: 80_000 }),
    ]);
    const bySeniority = await getJson(app, '/api/salaries?currency=USD&groupBy=seniority');
    expect(bySeniority.body.groups).toEqual([
      expect.objectContaining({ key: 'unknown', n: 3, median: 90_000 }),
      expect.objectContaining({ key: 'senior', n: 2, median: 125_000 }),
    ]);
    const byMode = await getJson(app, '/api/salaries?currency=USD&groupBy=remote');
    expect(byMode.body.groups).toEqual([
      expect.objectContaining({ key: 'unknown', n: 4 }),
      expect.objectContaining({ key: 'remote', n: 1, median: 150_000 }),
    ]);
    const byCountry = await getJson(app, '/api/salaries?currency=USD&groupBy=country&from=2026-05-01');
    expect(byCountry.body.groups).toEqual([expect.objectContaining({ key: 'DE', n: 4, median: 105_000 })]);
  });

  it.each([
    ['/api/salaries', 'currency'],
    ['/api/salaries?currency=usd', 'currency'],
    ['/api/salaries?currency=USD&groupBy=planet', 'groupBy'],
    ['/api/skills?interval=year', 'interval'],
    ['/api/skills?from=2026-06-01&to=2026-01-01', 'from'],
  ])('%s → 400 naming %s', async (path, parameter) => {
    const { status, body } = await getJson(await fixture(), path);
    expect(status).toBe(400);
    expect((body as { error: { message: string } }).error.message.startsWith(`${parameter}:`)).toBe(true);
  });
});
