import { describe, expect, it } from 'vitest';
import { skillGap } from '../../db/skill-gap.js';
import type { StatedSalary } from '../../src/salary/types.js';
import { spreadOf } from '../../src/stats/quantiles.js';
import { migratedDbWithBoards } from '../helpers/db.js';
import { eur, posting as normalized, storeEnriched } from '../helpers/store.js';

const NOW = new Date('2026-06-01T03:00:00Z');

/** Every posting on 10 March 2026. */
const posting = (id: string, title: string, company: string, description: string, salary: StatedSalary | null) =>
  normalized(id, { title, company, description, salary, postedAt: '2026-03-10T10:00:00Z' });

/**
 * Seven jobs, counted by hand (the title sets the seniority):
 *
 *   job  seniority  skills                   EUR a year
 *   g1   senior     kafka rust               70,000 (also on lever as L1: one job)
 *   g2   –          kafka redis              60,000
 *   g3   senior     kafka rust redis        100,000
 *   g4   –          kafka kubernetes         (USD)
 *   g5   –          rust terraform           –
 *   g6   junior     redis terraform          48,000 (4,000 a month)
 *   g7   staff      kafka terraform         110,000
 *
 * Demand: kafka 5, rust 3, redis 3, terraform 3, kubernetes 1. EUR values: 48, 60, 70, 100, 110 thousand.
 */
async function fixture() {
  const { db, gh, lever } = await migratedDbWithBoards(NOW);
  await storeEnriched(
    db,
    gh,
    [
      posting('g1', 'Senior Backend Engineer', 'Acme', '<p>Kafka and Rust.</p>', eur(60_000, 80_000)),
      posting('g2', 'Backend Engineer', 'Globex', '<p>Kafka and Redis.</p>', eur(50_000, 70_000)),
      posting('g3', 'Senior Backend Engineer', 'Initech', '<p>Kafka, Rust and Redis.</p>', eur(90_000, 110_000)),
      posting('g4', 'Platform Engineer', 'Umbrella', '<p>Kafka on Kubernetes.</p>', {
        min: 120_000,
        max: 140_000,
        currency: 'USD',
        period: 'year',
      }),
      posting('g5', 'Backend Engineer', 'Hooli', '<p>Rust and Terraform.</p>', null),
      posting('g6', 'Junior Backend Engineer', 'Stark', '<p>Redis and Terraform.</p>', eur(4_000, 4_000, 'month')),
      posting('g7', 'Staff Backend Engineer', 'Wayne', '<p>Kafka and Terraform.</p>', eur(100_000, 120_000)),
    ],
    NOW,
  );
  await storeEnriched(
    db,
    lever,
    [posting('L1', 'Senior Backend Engineer', 'Acme', '<p>Kafka and Rust.</p>', eur(60_000, 80_000))],
    NOW,
  );
  return db;
}

/** [skill, demand, coOccurrence] of each item. */
const counts = (gap: Awaited<ReturnType<typeof skillGap>>) => gap.items.map((i) => [i.skill, i.demand, i.coOccurrence]);

describe('skillGap', () => {
  it('lists the skills asked next to the ones had, with shares and salaries with and without each', async () => {
    const db = await fixture();
    const gap = await skillGap(db, ['kafka'], {}, 'EUR');
    // 7 jobs (the Acme job once), 5 ask for kafka.
    expect(gap.jobs).toBe(7);
    expect(gap.withHave).toBe(5);
    // With kafka: redis 2 (g2 g3), rust 2 (g1 g3), terraform 1 (g7), kubernetes 1 (g4); ties by demand, then id.
    expect(counts(gap)).toEqual([
      ['redis', 3, 2],
      ['rust', 3, 2],
      ['terraform', 3, 1],
      ['kubernetes', 1, 1],
    ]);
    expect(gap.items.map((i) => [i.share, i.coShare])).toEqual([
      [3 / 7, 2 / 5],
      [3 / 7, 2 / 5],
      [3 / 7, 1 / 5],
      [1 / 7, 1 / 5],
    ]);
    const rust = gap.items[1];
    expect(rust).toMatchObject({ name: 'Rust', category: expect.any(String) });
    // Rust: g1 70,000, g3 100,000; without: g2 60,000, g6 48,000, g7 110,000.
    expect(rust?.salaryWith).toEqual({ n: 2, p10: 73_000, p25: 77_500, median: 85_000, p75: 92_500, p90: 97_000 });
    // Type 7 quantiles of [48, 60, 110] thousand: ranks 0.2, 0.5, 1, 1.5, 1.8.
    expect(rust?.salaryWithout).toEqual({ n: 3, p10: 50_400, p25: 54_000, median: 60_000, p75: 85_000, p90: 100_000 });
    expect(rust?.medianDifference).toBe(25_000);
    // Redis: [48, 60, 100] vs [70, 110] → 60,000 − 90,000; terraform: [48, 110] vs [60, 70, 100] → 79,000 − 70,000.
    expect(gap.items.map((i) => [i.skill, i.salaryWith?.median, i.salaryWithout?.median, i.medianDifference])).toEqual([
      ['redis', 60_000, 90_000, -30_000],
      ['rust', 85_000, 60_000, 25_000],
      ['terraform', 79_000, 70_000, 9_000],
      // Kubernetes' one job pays in USD: nothing to compare.
      ['kubernetes', undefined, 70_000, null],
    ]);
    expect(gap.items[3]?.salaryWith).toBeNull();
    expect(gap.items[3]?.salaryWithout).toEqual(spreadOf([48_000, 60_000, 70_000, 100_000, 110_000]));
  });

  it('ranks by jobs in common, then demand, and cuts at the limit', async () => {
    const db = await fixture();
    // Rust: g1 g3 g5. With it: kafka 2 (g1 g3), redis 1 (g3), terraform 1 (g5), kubernetes 0.
    const gap = await skillGap(db, ['rust', 'no-such-skill', 'rust'], {}, 'EUR', 3);
    expect(gap.withHave).toBe(3);
    expect(counts(gap)).toEqual([
      ['kafka', 5, 2],
      ['redis', 3, 1],
      ['terraform', 3, 1],
    ]);
    // Two skills had: a job asking for both counts once (g3 asks rust and redis).
    const two = await skillGap(db, ['rust', 'redis'], {}, 'EUR');
    expect(two.withHave).toBe(5);
    expect(counts(two)).toEqual([
      ['kafka', 5, 3],
      ['terraform', 3, 2],
      ['kubernetes', 1, 0],
    ]);
  });

  it('with nothing had lists the most asked skills', async () => {
    const db = await fixture();
    const gap = await skillGap(db, [], {}, 'EUR');
    expect(gap.withHave).toBe(0);
    expect(counts(gap)).toEqual([
      ['kafka', 5, 0],
      ['redis', 3, 0],
      ['rust', 3, 0],
      ['terraform', 3, 0],
      ['kubernetes', 1, 0],
    ]);
    expect(gap.items.every((i) => i.coShare === null)).toBe(true);
  });

  it('counts over the filtered jobs only', async () => {
    const db = await fixture();
    // Senior: g1, g3 (both kafka and rust; g3 redis).
    const senior = await skillGap(db, ['kafka'], { seniority: ['senior'] }, 'EUR');
    expect([senior.jobs, senior.withHave]).toEqual([2, 2]);
    expect(counts(senior)).toEqual([
      ['rust', 2, 2],
      ['redis', 1, 1],
    ]);
    // Every senior job asks for rust: no salary without it.
    expect(senior.items[0]?.salaryWithout).toBeNull();
    expect(senior.items[1]?.medianDifference).toBe(100_000 - 70_000);
    // On lever the Acme job is L1.
    const lever = await skillGap(db, ['kafka'], { source: ['lever'] }, 'EUR');
    expect(lever).toMatchObject({ jobs: 1, withHave: 1 });
    expect(lever.items.map((i) => [i.skill, i.share, i.coShare, i.salaryWith?.median])).toEqual([
      ['rust', 1, 1, 70_000],
    ]);
    expect(await skillGap(db, ['kafka'], { from: '2026-04-01' }, 'EUR')).toEqual({ jobs: 0, withHave: 0, items: [] });
  });
});
