import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/connection.js';
import { closeUnseen } from '../../db/postings-store.js';
import { coOccurring, newlyVsActive, salaryBySeniority, topCompanies } from '../../db/skill-detail.js';
import { refreshSummaries } from '../../db/summaries.js';
import { readsSummaries } from '../../db/summary-reads.js';
import type { StatedSalary } from '../../src/salary/types.js';
import { type CountWindow, countWindow } from '../../src/trends/window.js';
import { migratedDbWithBoards } from '../helpers/db.js';
import { eur, posting as normalized, storeEnriched } from '../helpers/store.js';

const NOW = new Date('2026-06-01T03:00:00Z');

const posting = (
  id: string,
  title: string,
  company: string,
  description: string,
  postedAt: string,
  salary: StatedSalary | null = null,
) => normalized(id, { title, company, description, postedAt, salary });

/**
 * Seven jobs (every posting in Berlin; the title sets the seniority), counted by hand:
 *
 *   job  company   seniority  skills                   EUR a year
 *   g1   Acme      senior     kafka rust               70,000 (also on lever as L1: one job)
 *   g2   Globex    –          kafka redis              60,000
 *   g3   Initech   senior     kafka rust redis        100,000
 *   g4   Umbrella  –          kafka kubernetes         (USD)
 *   g5   Hooli     –          rust terraform           –
 *   g6   Stark     junior     redis terraform          48,000 (4,000 a month)
 *   g7   Acme      staff      kafka terraform         110,000 (April)
 *
 * 7 jobs; kafka 5, rust 3, redis 3, terraform 3, kubernetes 1. With kafka:
 * rust 2 (g1 g3), redis 2 (g2 g3), kubernetes 1 (g4), terraform 1 (g7).
 */
async function fixture() {
  const { db, gh, lever } = await migratedDbWithBoards(NOW);
  await storeEnriched(
    db,
    gh,
    [
      posting(
        'g1',
        'Senior Backend Engineer',
        'Acme',
        '<p>Kafka and Rust.</p>',
        '2026-03-02T10:00:00Z',
        eur(60_000, 80_000),
      ),
      posting(
        'g2',
        'Backend Engineer',
        'Globex',
        '<p>Kafka and Redis.</p>',
        '2026-03-05T10:00:00Z',
        eur(50_000, 70_000),
      ),
      posting(
        'g3',
        'Senior Backend Engineer',
        'Initech',
        '<p>Kafka, Rust and Redis.</p>',
        '2026-03-10T10:00:00Z',
        eur(90_000, 110_000),
      ),
      posting('g4', 'Platform Engineer', 'Umbrella', '<p>Kafka on Kubernetes.</p>', '2026-03-12T10:00:00Z', {
        min: 120_000,
        max: null,
        currency: 'USD',
        period: 'year',
      }),
      posting('g5', 'Backend Engineer', 'Hooli', '<p>Rust and Terraform.</p>', '2026-03-15T10:00:00Z'),
      posting(
        'g6',
        'Junior Backend Engineer',
        'Stark',
        '<p>Redis and Terraform.</p>',
        '2026-03-20T10:00:00Z',
        eur(4_000, 4_000, 'month'),
      ),
      posting(
        'g7',
        'Staff Backend Engineer',
        'Acme',
        '<p>Kafka and Terraform.</p>',
        '2026-04-02T10:00:00Z',
        eur(100_000, 120_000),
      ),
    ],
    NOW,
  );
  await storeEnriched(
    db,
    lever,
    [
      posting(
        'L1',
        'Senior Backend Engineer',
        'Acme',
        '<p>Kafka and Rust.</p>',
        '2026-03-03T08:00:00Z',
        eur(60_000, 80_000),
      ),
    ],
    NOW,
  );
  return db;
}

const day = (d: string) => new Date(`${d}T12:00:00Z`);
const window = (from: string, to: string, granularity: 'month' | 'week') =>
  countWindow({ from, to }, null, granularity) as CountWindow;

/**
 * Jobs open over time (posted date = first stored; a job ends when closed, else when last seen):
 *
 *   job  source  skill      open                       months active
 *   A    lever   kafka      10 Jan – 15 Feb (open)     Jan Feb
 *   B    gh      kafka      5 Feb – 15 Apr (open)      Feb Mar Apr
 *   C    gh      terraform  1 Mar – 20 Mar (closed)    Mar
 *   D    gh      kafka      1 Dec 2025 – 20 Jan        Dec Jan
 *   E    gh      kafka      15 Apr – 16 Apr            Apr (also on lever from 16 Apr: one job)
 *   F    gh      kafka      2 May                      May
 */
async function timeline() {
  const { db, gh, lever } = await migratedDbWithBoards(NOW);
  const job = (id: string, company: string, skills: string, posted: string) =>
    posting(id, 'Backend Engineer', company, `<p>${skills}.</p>`, `${posted}T09:00:00Z`);
  const A = job('A', 'Acme', 'Kafka', '2026-01-10');
  const B = job('B', 'Globex', 'Kafka', '2026-02-05');
  const C = job('C', 'Initech', 'Terraform', '2026-03-01');
  const D = job('D', 'Umbrella', 'Kafka', '2025-12-01');
  const E = job('E', 'Hooli', 'Kafka', '2026-04-15');
  const E2 = job('E2', 'Hooli', 'Kafka', '2026-04-16');
  const F = job('F', 'Stark', 'Kafka', '2026-05-02');

  await storeEnriched(db, gh, [D], day('2025-12-01'));
  await closeUnseen(db, gh, day('2026-01-20'), day('2026-01-20'));
  await storeEnriched(db, lever, [A], day('2026-01-10'));
  await storeEnriched(db, lever, [A], day('2026-02-15'));
  await storeEnriched(db, gh, [B], day('2026-02-05'));
  await storeEnriched(db, gh, [B, C], day('2026-03-01'));
  await storeEnriched(db, gh, [B], day('2026-03-20'));
  await closeUnseen(db, gh, day('2026-03-20'), day('2026-03-20'));
  await storeEnriched(db, gh, [B, E], day('2026-04-15'));
  await storeEnriched(db, lever, [E2], day('2026-04-16'));
  await storeEnriched(db, gh, [F], day('2026-05-02'));
  return db;
}

/** [period, newly, active, totalNewly, totalActive] per period. */
const rowsOf = (points: Awaited<ReturnType<typeof newlyVsActive>>) =>
  points.map((p) => [p.period, p.newly, p.active, p.totalNewly, p.totalActive]);

/** Every expectation holds both ways: counted from the rows, and read from the summary tables when nothing narrows the jobs. */
const MODES = [
  { name: 'counted from the rows', counting: 'rows' as const },
  { name: 'from the summaries', counting: 'aggregates' as const },
];

describe.each(MODES)('$name', ({ counting }) => {
  /** The summaries built over the fixture, and read (counting 'aggregates'); left alone when counting rows. */
  const ready = async (db: Db) => {
    if (counting === 'aggregates') {
      await refreshSummaries(db);
      expect(await readsSummaries(db, counting, false)).toBe(true);
    }
    return db;
  };

  describe('coOccurring', () => {
    it('ranks the skills asked with a skill by lift, counting a cross-posted job once', async () => {
      const db = await ready(await fixture());
      const pairs = await coOccurring(db, 'kafka', {}, { minBoth: 1, counting });
      // lift = both · total / (withSkill · withOther), total 7, kafka 5.
      expect(pairs.map(({ lift, ...rest }) => rest)).toEqual([
        {
          skill: 'kubernetes',
          name: 'Kubernetes',
          category: expect.any(String),
          both: 1,
          withSkill: 5,
          withOther: 1,
          total: 7,
        },
        // redis and rust tie on lift and jobs: by id.
        { skill: 'redis', name: 'Redis', category: expect.any(String), both: 2, withSkill: 5, withOther: 3, total: 7 },
        { skill: 'rust', name: 'Rust', category: expect.any(String), both: 2, withSkill: 5, withOther: 3, total: 7 },
        {
          skill: 'terraform',
          name: 'Terraform',
          category: expect.any(String),
          both: 1,
          withSkill: 5,
          withOther: 3,
          total: 7,
        },
      ]);
      const lifts = [7 / 5, 14 / 15, 14 / 15, 7 / 15];
      for (const [i, pair] of pairs.entries()) expect(pair.lift).toBeCloseTo(lifts[i] as number, 9);
    });

    it('leaves out pairs below minBoth, cuts at limit, and finds nothing for an unasked skill', async () => {
      const db = await ready(await fixture());
      expect((await coOccurring(db, 'kafka', {}, { minBoth: 2, counting })).map((p) => p.skill)).toEqual([
        'redis',
        'rust',
      ]);
      expect((await coOccurring(db, 'kafka', {}, { minBoth: 1, limit: 2, counting })).map((p) => p.skill)).toEqual([
        'kubernetes',
        'redis',
      ]);
      // The default minimum of 5 jobs in common: no pair here reaches it.
      expect(await coOccurring(db, 'kafka', {}, { counting })).toEqual([]);
      expect(await coOccurring(db, 'python', {}, { minBoth: 1, counting })).toEqual([]);
    });

    it('counts over the filtered jobs only', async () => {
      const db = await ready(await fixture());
      // Senior: g1 and g3; kafka 2, rust 2 (both 2), redis 1 (both 1) → lift 2·2/(2·2) = 1 and 1·2/(2·1) = 1.
      const senior = await coOccurring(db, 'kafka', { seniority: ['senior'] }, { minBoth: 1, counting });
      expect(senior.map((p) => [p.skill, p.both, p.withSkill, p.withOther, p.total, p.lift])).toEqual([
        ['rust', 2, 2, 2, 2, 1],
        ['redis', 1, 2, 1, 2, 1],
      ]);
      // On lever the Acme job is there too (as L1): one job with kafka and rust.
      const lever = await coOccurring(db, 'kafka', { source: ['lever'] }, { minBoth: 1, counting });
      expect(lever.map((p) => [p.skill, p.both, p.withSkill, p.withOther, p.total, p.lift])).toEqual([
        ['rust', 1, 1, 1, 1, 1],
      ]);
      // From April: g7 only.
      const april = await coOccurring(db, 'kafka', { from: '2026-04-01' }, { minBoth: 1, counting });
      expect(april.map((p) => [p.skill, p.both, p.total])).toEqual([['terraform', 1, 1]]);
    });
  });

  describe('topCompanies', () => {
    it('counts jobs asking for the skill per company, most first, ties by name', async () => {
      const db = await ready(await fixture());
      // Acme: g1 (and L1, the same job) and g7.
      expect(await topCompanies(db, 'kafka', {}, 10, counting)).toEqual([
        { company: 'Acme', jobs: 2 },
        { company: 'Globex', jobs: 1 },
        { company: 'Initech', jobs: 1 },
        { company: 'Umbrella', jobs: 1 },
      ]);
      expect(await topCompanies(db, 'kafka', {}, 2, counting)).toEqual([
        { company: 'Acme', jobs: 2 },
        { company: 'Globex', jobs: 1 },
      ]);
      expect(await topCompanies(db, 'kafka', { to: '2026-03-31' }, 10, counting)).toEqual([
        { company: 'Acme', jobs: 1 },
        { company: 'Globex', jobs: 1 },
        { company: 'Initech', jobs: 1 },
        { company: 'Umbrella', jobs: 1 },
      ]);
    });
  });

  describe('salaryBySeniority', () => {
    it('gives the spread per seniority of the jobs asking for the skill, in one currency', async () => {
      const db = await ready(await fixture());
      // kafka in EUR: senior g1 70,000 and g3 100,000 (L1 is g1); staff g7 110,000; unknown g2 60,000; g4 is USD.
      const bySeniority = await salaryBySeniority(db, 'kafka', {}, 'EUR', counting);
      expect(bySeniority).toEqual([
        { seniority: 'intern', spread: null },
        { seniority: 'junior', spread: null },
        { seniority: 'mid', spread: null },
        // Type 7 quantiles of [70,000, 100,000]: 70,000 + q · 30,000.
        { seniority: 'senior', spread: { n: 2, p10: 73_000, p25: 77_500, median: 85_000, p75: 92_500, p90: 97_000 } },
        {
          seniority: 'staff',
          spread: { n: 1, p10: 110_000, p25: 110_000, median: 110_000, p75: 110_000, p90: 110_000 },
        },
        { seniority: 'principal', spread: null },
        { seniority: 'manager', spread: null },
        { seniority: 'unknown', spread: { n: 1, p10: 60_000, p25: 60_000, median: 60_000, p75: 60_000, p90: 60_000 } },
      ]);
    });

    it('lists only the seniorities a filter allows', async () => {
      const db = await ready(await fixture());
      // Redis in EUR: junior g6 (4,000 a month = 48,000), senior g3 100,000.
      expect(await salaryBySeniority(db, 'redis', { seniority: ['senior', 'junior'] }, 'EUR', counting)).toEqual([
        { seniority: 'junior', spread: { n: 1, p10: 48_000, p25: 48_000, median: 48_000, p75: 48_000, p90: 48_000 } },
        { seniority: 'senior', spread: expect.objectContaining({ n: 1, median: 100_000 }) },
      ]);
      expect((await salaryBySeniority(db, 'kafka', {}, 'USD', counting)).filter((s) => s.spread)).toEqual([
        { seniority: 'unknown', spread: expect.objectContaining({ n: 1, median: 120_000 }) },
      ]);
    });
  });

  describe('newlyVsActive', () => {
    it('counts jobs new and open per month, one started before the window still open in it', async () => {
      const db = await ready(await timeline());
      const months = window('2026-02-01', '2026-04-30', 'month');
      // Kafka: new B (Feb), E (Apr); open Feb A B, Mar B, Apr B E. All: C is new and open in March too.
      expect(rowsOf(await newlyVsActive(db, 'kafka', months, {}, counting))).toEqual([
        ['2026-02', 1, 2, 1, 2],
        ['2026-03', 0, 1, 1, 2],
        ['2026-04', 1, 2, 1, 2],
      ]);
      expect(rowsOf(await newlyVsActive(db, null, months, {}, counting))).toEqual([
        ['2026-02', 1, 2, 1, 2],
        ['2026-03', 1, 2, 1, 2],
        ['2026-04', 1, 2, 1, 2],
      ]);
      // January: A new and open, D open (posted in December).
      expect(
        rowsOf(await newlyVsActive(db, 'kafka', window('2026-01-01', '2026-01-31', 'month'), {}, counting)),
      ).toEqual([['2026-01', 1, 2, 1, 2]]);
    });

    it('counts ISO weeks; a job posted the Sunday before the window is open in each of its weeks', async () => {
      const db = await ready(await timeline());
      // Weeks 10–12: 2–22 March. C was posted Sunday 1 March (week 9) and closed Friday 20 March (week 12).
      expect(
        rowsOf(await newlyVsActive(db, 'kafka', window('2026-03-02', '2026-03-22', 'week'), {}, counting)),
      ).toEqual([
        ['2026-W10', 0, 1, 0, 2],
        ['2026-W11', 0, 1, 0, 2],
        ['2026-W12', 0, 1, 0, 2],
      ]);
    });

    it('picks jobs by the posting filters, ignoring a day window in them', async () => {
      const db = await ready(await timeline());
      const months = window('2026-02-01', '2026-04-30', 'month');
      // On lever: A (open Jan–Feb) and E (as E2, new 16 April).
      const lever = { source: ['lever'], from: '2026-04-01', to: '2026-04-30' };
      expect(rowsOf(await newlyVsActive(db, 'kafka', months, lever, counting))).toEqual([
        ['2026-02', 0, 1, 0, 1],
        ['2026-03', 0, 0, 0, 0],
        ['2026-04', 1, 1, 1, 1],
      ]);
      expect(rowsOf(await newlyVsActive(db, 'kafka', months, { seniority: ['senior'] }, counting))).toEqual([
        ['2026-02', 0, 0, 0, 0],
        ['2026-03', 0, 0, 0, 0],
        ['2026-04', 0, 0, 0, 0],
      ]);
    });
  });
});
