// The Skill-gap page: given the skills a reader has, the skills most asked
// next to them that they lack, with how salaries differ with and without
// each. Jobs are the filters' representatives (job-filter.ts); salaries are
// one value per job as db/salaries.ts defines them.
import { sql } from 'kysely';
import type { PostingFilters } from '../src/filters/filters.js';
import { type Spread, spreadOf } from '../src/stats/quantiles.js';
import type { Db } from './connection.js';
import { type DayWindow, jobIds } from './job-filter.js';
import { ALL_GROUP, salaryValues } from './salaries.js';

export interface GapItem {
  skill: string;
  name: string;
  category: string;
  /** Jobs asking for the skill, and that over every job. */
  demand: number;
  share: number;
  /** Jobs asking for the skill and at least one of the skills had, and that over withHave (null when withHave is 0). */
  coOccurrence: number;
  coShare: number | null;
  /** Annual salaries (in the asked currency) of jobs asking for the skill, and of the other salaried jobs. */
  salaryWith: Spread | null;
  salaryWithout: Spread | null;
  /** salaryWith's median minus salaryWithout's; null when either is unknown. */
  medianDifference: number | null;
}

export interface SkillGap {
  /** Every job under the filters. */
  jobs: number;
  /** Jobs asking for at least one of the skills had. */
  withHave: number;
  items: GapItem[];
}

/**
 * The `limit` skills not in `have` asked most often together with one of
 * them (ties: most asked overall, then id). With `have` empty that is simply
 * the most asked skills. Four queries whatever the number of skills: the
 * totals, the counts by skill, then two salary reads (by candidate skill, and all).
 */
export async function skillGap(
  db: Db,
  have: readonly string[],
  filters: PostingFilters & DayWindow,
  currency: string,
  limit = 20,
): Promise<SkillGap> {
  const jobs = jobIds(db, filters);
  const haveList = [...new Set(have)];
  // Each job asking for one of the skills had, once.
  const haveJobs = db
    .selectFrom('posting_skills')
    .select('posting_skills.posting_id')
    .distinct()
    .where('posting_skills.skill_id', 'in', haveList);

  // `id in (haveJobs)`: SQLite builds the set once and probes it per row. A left join on the
  // same subquery rescanned it per row: 11 s for one skill had on 13,000 jobs, 33 s for two.
  const totals = await db
    .selectFrom('postings')
    .select((eb) => [
      eb.fn.countAll<number>().as('jobs'),
      eb.fn.count<number>(sql`case when postings.id in (${haveJobs}) then 1 end`).as('withHave'),
    ])
    .where('postings.id', 'in', jobs)
    .executeTakeFirstOrThrow();

  const rows = await db
    .selectFrom('posting_skills')
    .innerJoin('skills', 'skills.id', 'posting_skills.skill_id')
    .select((eb) => [
      'posting_skills.skill_id as skill',
      'skills.name',
      'skills.category',
      eb.fn.countAll<number>().as('demand'),
      eb.fn.count<number>(sql`case when posting_skills.posting_id in (${haveJobs}) then 1 end`).as('coOccurrence'),
    ])
    .where('posting_skills.posting_id', 'in', jobs)
    .where('posting_skills.skill_id', 'not in', haveList)
    .groupBy(['posting_skills.skill_id', 'skills.name', 'skills.category'])
    .orderBy('coOccurrence', 'desc')
    .orderBy('demand', 'desc')
    .orderBy('skill')
    .limit(limit)
    .execute();
  if (rows.length === 0) return { jobs: totals.jobs, withHave: totals.withHave, items: [] };

  const salaried = { filters, currency };
  const withSkill = await salaryValues(db, {
    ...salaried,
    groupBy: 'skill',
    groupSkills: rows.map((r) => r.skill),
  });
  const all = ascending((await salaryValues(db, { ...salaried, groupBy: 'all' })).get(ALL_GROUP) ?? []);

  const items = rows.map((row): GapItem => {
    const values = ascending(withSkill.get(row.skill) ?? []);
    const salaryWith = spreadOf(values);
    const salaryWithout = spreadOf(withoutValues(all, values));
    return {
      ...row,
      share: row.demand / totals.jobs,
      coShare: totals.withHave > 0 ? row.coOccurrence / totals.withHave : null,
      salaryWith,
      salaryWithout,
      medianDifference: salaryWith && salaryWithout ? salaryWith.median - salaryWithout.median : null,
    };
  });
  return { jobs: totals.jobs, withHave: totals.withHave, items };
}

function ascending(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/**
 * The salaried jobs' values minus those of the jobs asking for a skill (both
 * sorted): a multiset difference is exact here, as each job gives one value
 * to `all` and at most one to a skill, computed by the same expression over
 * the same rows, so what is left are the values of the jobs not asking for it.
 */
function withoutValues(all: readonly number[], taken: readonly number[]): number[] {
  const left: number[] = [];
  let j = 0;
  for (const value of all) {
    if (j < taken.length && taken[j] === value) j++;
    else left.push(value);
  }
  return left;
}
