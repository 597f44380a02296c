// The summary tables against the rows they stand in for, on a generated
// market (reposts, cross-posted duplicates, several currencies, closed and
// re-seen postings): every unfiltered view must give the same numbers read
// from the summaries as counted from the rows, and a write must send the
// views back to the rows until the next refresh.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateMarket } from '../../sample/market/bulk/write.js';
import { type OpenedDatabase, openDatabase } from '../../db/connection.js';
import { jobCounts } from '../../db/job-counts.js';
import { migrateToLatest } from '../../db/migrate.js';
import { sourceHealth } from '../../db/run-health.js';
import { type SalaryGroupBy, salaryCurrencies, salarySpreads } from '../../db/salaries.js';
import { coOccurring, newlyVsActive, salaryBySeniority, topCompanies } from '../../db/skill-detail.js';
import { skillExportRows } from '../../db/skill-export.js';
import { filtersWindow } from '../../db/skill-summary.js';
import { refreshSummaries, summariesCurrent } from '../../db/summaries.js';
import { readsSummaries } from '../../db/summary-reads.js';
import type { Filters } from '../../src/filters/filters.js';
import { migratedDbWithBoards } from '../helpers/db.js';
import { posting, storeEnriched } from '../helpers/store.js';

const POSTINGS = 3_000;
const NOW = new Date('2026-11-01T00:00:00Z');
let dir: string;
let opened: OpenedDatabase;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'skillpulse-summaries-'));
  const path = join(dir, 'market.db');
  await generateMarket(path, { postings: POSTINGS, seed: 11 });
  opened = openDatabase(path);
  await migrateToLatest(opened.db);
});

afterAll(async () => {
  await opened?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The most asked skills of the market (the ones with pairs, companies and salaries to compare). */
async function topSkills(n: number): Promise<string[]> {
  const rows = await opened.db
    .selectFrom('skill_pair_jobs')
    .select(['skill_id', 'jobs'])
    .whereRef('skill_id', '=', 'other_id')
    .where('skill_id', '!=', '')
    .orderBy('jobs', 'desc')
    .orderBy('skill_id')
    .limit(n)
    .execute();
  return rows.map((r) => r.skill_id);
}

describe('summary tables', () => {
  it('are current after the generator built them, and read by the unfiltered views', async () => {
    const { db } = opened;
    expect(await summariesCurrent(db)).toBe(true);
    expect(await readsSummaries(db, 'aggregates', false)).toBe(true);
    expect(await readsSummaries(db, 'aggregates', true)).toBe(false);
    expect(await readsSummaries(db, 'rows', false)).toBe(false);
    const pairs = await db
      .selectFrom('skill_pair_jobs')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(pairs.n).toBeGreaterThan(100);
  });

  it('give the salary spreads and currencies the rows give, for every grouping and currency', async () => {
    const { db } = opened;
    const currencies = await salaryCurrencies(db, {}, 'rows');
    expect(currencies.length).toBeGreaterThan(2);
    expect(await salaryCurrencies(db, {}, 'aggregates')).toEqual(currencies);
    for (const { currency } of currencies) {
      for (const groupBy of ['all', 'skill', 'seniority', 'remote', 'country'] as SalaryGroupBy[]) {
        const request = { filters: {}, currency, groupBy };
        const counted = await salarySpreads(db, { ...request, counting: 'rows' });
        expect(counted.length).toBeGreaterThan(0);
        expect(await salarySpreads(db, { ...request, counting: 'aggregates' })).toEqual(counted);
      }
    }
    const skills = (await topSkills(5)).slice(0, 3);
    const groupSkills = { filters: {}, currency: 'USD', groupBy: 'skill' as const, groupSkills: skills };
    const narrowed = await salarySpreads(db, { ...groupSkills, counting: 'aggregates' });
    expect(narrowed.map((g) => g.key).sort()).toEqual([...skills].sort());
    expect(narrowed).toEqual(await salarySpreads(db, { ...groupSkills, counting: 'rows' }));
  });

  it("give a skill's pairs, companies, salaries by seniority and activity as the rows do", async () => {
    const { db } = opened;
    const filters: Filters = { interval: 'month' };
    const months = await filtersWindow(db, filters, 'aggregates');
    const weeks = await filtersWindow(db, { interval: 'week' }, 'aggregates');
    if (!months || !weeks) throw new Error('the market has no window');
    for (const skill of await topSkills(8)) {
      for (const minBoth of [1, 5]) {
        const counted = await coOccurring(db, skill, {}, { minBoth, limit: 50, counting: 'rows' });
        expect(await coOccurring(db, skill, {}, { minBoth, limit: 50, counting: 'aggregates' })).toEqual(counted);
      }
      for (const limit of [10, 25]) {
        const counted = await topCompanies(db, skill, {}, limit, 'rows');
        expect(counted.length).toBeGreaterThan(0);
        expect(await topCompanies(db, skill, {}, limit, 'aggregates')).toEqual(counted);
      }
      for (const currency of ['USD', 'EUR']) {
        const counted = await salaryBySeniority(db, skill, {}, currency, 'rows');
        expect(await salaryBySeniority(db, skill, {}, currency, 'aggregates')).toEqual(counted);
      }
      for (const window of [months, weeks]) {
        const counted = await newlyVsActive(db, skill, window, {}, 'rows');
        expect(counted.some((p) => p.active > p.newly)).toBe(true);
        expect(await newlyVsActive(db, skill, window, {}, 'aggregates')).toEqual(counted);
      }
    }
    for (const window of [months, weeks]) {
      expect(await newlyVsActive(db, null, window, {}, 'aggregates')).toEqual(
        await newlyVsActive(db, null, window, {}, 'rows'),
      );
    }
  });

  it("give the skills export's medians and the sources' posting counts as the rows do", async () => {
    const { db } = opened;
    for (const interval of ['month', 'week'] as const) {
      const filters: Filters = { interval };
      const window = await filtersWindow(db, filters, 'aggregates');
      if (!window) throw new Error('the market has no window');
      const rows = async (counting: 'rows' | 'aggregates') =>
        Array.from(await skillExportRows(db, { window, filters, counting, currency: 'USD' }));
      const counted = await rows('rows');
      expect(counted.some(([, , , , , , , , , , salaryN]) => salaryN > 0)).toBe(true);
      expect(await rows('aggregates')).toEqual(counted);
    }
    expect(await sourceHealth(db, NOW, 'aggregates')).toEqual(await sourceHealth(db, NOW, 'rows'));
  });

  it('are stale after any write, the views counting rows until the next refresh', async () => {
    const { db } = opened;
    const source = await db.selectFrom('sources').select('id').orderBy('id').executeTakeFirstOrThrow();
    const before = await salarySpreads(db, { filters: {}, currency: 'USD', groupBy: 'all', counting: 'aggregates' });
    await storeEnriched(
      db,
      source.id,
      [
        posting('summaries-test-1', {
          title: 'Senior Backend Engineer',
          salary: { min: 1_000_000, max: null, currency: 'USD', period: 'year' },
        }),
      ],
      NOW,
    );
    expect(await summariesCurrent(db)).toBe(false);
    // Read now from the rows: the new job's salary is in it.
    const after = await salarySpreads(db, { filters: {}, currency: 'USD', groupBy: 'all', counting: 'aggregates' });
    expect(after[0]?.n).toBe((before[0]?.n ?? 0) + 1);
    expect(await refreshSummaries(db)).toBe(true);
    expect(await summariesCurrent(db)).toBe(true);
    expect(await salarySpreads(db, { filters: {}, currency: 'USD', groupBy: 'all', counting: 'aggregates' })).toEqual(
      after,
    );
    // Current summaries are not rebuilt again.
    expect(await refreshSummaries(db)).toBe(false);
    // A skill dropped from posting_skills alone (a taxonomy change cascades so) also makes them stale.
    await db.deleteFrom('posting_skills').where('posting_id', '=', 1).execute();
    expect(await summariesCurrent(db)).toBe(false);
    // Opening the database for work (migrate) rebuilds stale summaries, as after a killed run.
    await migrateToLatest(db);
    expect(await summariesCurrent(db)).toBe(true);
  });
});

describe('summary tables on a cross-posted job whose boards differ', () => {
  it("take a skill's salary from the job's first posting asking for it, as the rows do", async () => {
    const board = await migratedDbWithBoards(NOW);
    try {
      const { db, gh, lever } = board;
      const job = (id: string, description: string, min: number) =>
        posting(id, {
          title: 'Senior Backend Engineer',
          company: 'Acme',
          description,
          salary: { min, max: null, currency: 'USD', period: 'year' },
        });
      // One job (same company, title and place) on two boards: gh asks for Kafka, lever for Kafka and Rust.
      await storeEnriched(db, gh, [job('g1', '<p>Kafka.</p>', 100_000)], NOW);
      await storeEnriched(db, lever, [job('l1', '<p>Kafka and Rust.</p>', 120_000)], NOW);
      const counted = {
        rust: await salaryBySeniority(db, 'rust', {}, 'USD', 'rows'),
        bySkill: await salarySpreads(db, { filters: {}, currency: 'USD', groupBy: 'skill', counting: 'rows' }),
      };
      // The job's USD salary is gh's (its first posting); only lever's asks for Rust.
      expect(counted.bySkill.map((g) => [g.key, g.n, g.median])).toEqual([['kafka', 1, 100_000]]);
      expect(counted.rust.find((s) => s.seniority === 'senior')?.spread?.median).toBe(120_000);
      await refreshSummaries(db);
      expect(await readsSummaries(db, 'aggregates', false)).toBe(true);
      expect(await salaryBySeniority(db, 'rust', {}, 'USD', 'aggregates')).toEqual(counted.rust);
      expect(
        await salarySpreads(db, { filters: {}, currency: 'USD', groupBy: 'skill', counting: 'aggregates' }),
      ).toEqual(counted.bySkill);
    } finally {
      await board.close();
    }
  });
});

describe('a job first posted before a window and posted again inside it', () => {
  it('counts on its first posting’s day, from the kept counts and from the rows alike', async () => {
    const board = await migratedDbWithBoards(NOW);
    try {
      const { db, gh, lever } = board;
      const job = (id: string, postedAt: string) =>
        posting(id, {
          title: 'Backend Engineer',
          company: 'Acme',
          description: '<p>Kafka.</p>',
          postedAt,
          salary: { min: 100_000, max: null, currency: 'USD', period: 'year' },
        });
      // One job: on gh in January, cross-posted on lever in February.
      await storeEnriched(db, gh, [job('g1', '2026-01-20T10:00:00Z')], NOW);
      await storeEnriched(db, lever, [job('l1', '2026-02-03T10:00:00Z')], NOW);
      const february = {
        granularity: 'month' as const,
        keys: ['kafka'],
        first: '2026-02',
        last: '2026-02',
        filters: {},
      };
      const kept = await jobCounts(db, { ...february, counting: 'aggregates' });
      expect(await jobCounts(db, { ...february, counting: 'rows' })).toEqual(kept);
      expect(kept.size).toBe(0);
      const window = { from: '2026-02-01', to: '2026-02-28' };
      expect(await salaryCurrencies(db, window, 'rows')).toEqual([]);
      expect(await salarySpreads(db, { filters: window, currency: 'USD', groupBy: 'all', counting: 'rows' })).toEqual(
        [],
      );
      // Over January, it is there once.
      const january = { from: '2026-01-01', to: '2026-01-31' };
      expect(await salaryCurrencies(db, january, 'rows')).toEqual([{ currency: 'USD', jobs: 1 }]);
    } finally {
      await board.close();
    }
  });
});
