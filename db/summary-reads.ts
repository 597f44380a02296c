// The unfiltered views' numbers read from the summary tables (see
// db/summaries.ts): the same numbers db/salaries.ts and db/skill-detail.ts
// count from the rows, for when no filter narrows the postings and the
// summaries are current. Tests hold the two ways equal.
import { sql } from 'kysely';
import { COMPANIES_KEPT, type SalaryDimension } from '../src/summaries/accumulator.js';
import { ALL_JOBS } from '../src/trends/contributions.js';
import type { CountWindow } from '../src/trends/window.js';
import type { Db } from './connection.js';
import type { Counting } from './job-counts.js';
import { summariesCurrent } from './summaries.js';

/** Whether a view may read the summaries: counting allows it, nothing narrows the postings, they are current. */
export async function readsSummaries(db: Db, counting: Counting, narrowed: boolean): Promise<boolean> {
  return counting === 'aggregates' && !narrowed && (await summariesCurrent(db));
}

/** Spreads of one salary dimension in one currency, optionally of one key only. */
export function keptSalarySpreads(db: Db, dimension: SalaryDimension, currency: string, key?: string) {
  return db
    .selectFrom('salary_spreads')
    .select(['key', 'sub_key as subKey', 'n', 'p10', 'p25', 'median', 'p75', 'p90'])
    .where('dimension', '=', dimension)
    .where('currency', '=', currency)
    .$if(key !== undefined, (qb) => qb.where('key', '=', key as string))
    .execute();
}

/** Salaried jobs per currency (the 'all' groups), most first. */
export function keptSalaryCurrencies(db: Db): Promise<Array<{ currency: string; jobs: number }>> {
  return db
    .selectFrom('salary_spreads')
    .select(['currency', 'n as jobs'])
    .where('dimension', '=', 'all')
    .orderBy('n', 'desc')
    .orderBy('currency')
    .execute();
}

/** Pairs with skillId asked by at least minBoth jobs, with each other skill's own jobs; by other skill id. */
export async function keptPairs(db: Db, skillId: string, minBoth: number) {
  const pairs = await db
    .selectFrom('skill_pair_jobs as pair')
    .innerJoin('skills', 'skills.id', 'pair.other_id')
    .innerJoin('skill_pair_jobs as own', (join) =>
      join.onRef('own.skill_id', '=', 'pair.other_id').onRef('own.other_id', '=', 'pair.other_id'),
    )
    .select(['pair.other_id as skill', 'skills.name', 'skills.category', 'pair.jobs as both', 'own.jobs as withOther'])
    .where('pair.skill_id', '=', skillId)
    .where('pair.other_id', '!=', skillId)
    .where('pair.jobs', '>=', minBoth)
    .orderBy('pair.other_id')
    .execute();
  const own = await db
    .selectFrom('skill_pair_jobs')
    .select(['skill_id', 'jobs'])
    .where((eb) =>
      eb.or([
        eb.and([eb('skill_id', '=', skillId), eb('other_id', '=', skillId)]),
        eb.and([eb('skill_id', '=', ALL_JOBS), eb('other_id', '=', ALL_JOBS)]),
      ]),
    )
    .execute();
  const jobsOf = new Map(own.map((r) => [r.skill_id, r.jobs]));
  return { pairs, withSkill: jobsOf.get(skillId) ?? 0, total: jobsOf.get(ALL_JOBS) ?? 0 };
}

/** Whether keptCompanies can answer a top list this long (the table keeps COMPANIES_KEPT per skill). */
export const companiesKeptFor = (limit: number): boolean => limit <= COMPANIES_KEPT;

/** Companies with the most jobs asking for skillId, ties by name, as the row query orders them. */
export function keptCompanies(db: Db, skillId: string, limit: number) {
  return db
    .selectFrom('skill_company_jobs')
    .select(['company', 'jobs'])
    .where('skill_id', '=', skillId)
    .orderBy('jobs', 'desc')
    .orderBy('company')
    .limit(limit)
    .execute();
}

/** Jobs new and open per period of the window, for skillId and for every job. */
export async function keptActivity(db: Db, skillId: string | null, window: CountWindow) {
  const rows = await db
    .selectFrom('job_activity')
    .select(['skill_id', 'period', 'newly', 'active'])
    .where('granularity', '=', window.granularity)
    .where('skill_id', 'in', skillId === null ? [ALL_JOBS] : [ALL_JOBS, skillId])
    .where('period', '>=', window.first)
    .where('period', '<=', window.last)
    .execute();
  const cells = new Map(rows.map((r) => [`${r.skill_id} ${r.period}`, r]));
  return (skill: string, period: string) => cells.get(`${skill} ${period}`) ?? { newly: 0, active: 0 };
}

/** Postings and open postings per source id. */
export async function keptSourcePostings(db: Db): Promise<Map<number, { postings: number; openPostings: number }>> {
  const rows = await db.selectFrom('source_postings').selectAll().execute();
  return new Map(rows.map((r) => [r.source_id, { postings: r.postings, openPostings: r.open_postings }]));
}

/** Salary median and n per skill and period (skills.csv), looked up by skill and period; read one row per skill. */
export async function keptSalaryMedians(
  db: Db,
  currency: string,
  granularity: CountWindow['granularity'],
): Promise<(skill: string, period: string) => { median: number; n: number } | undefined> {
  const rows = await db
    .selectFrom('salary_spreads')
    .select(['key', sql<string>`json_group_object(sub_key, json_array(median, n))`.as('periods')])
    .where('dimension', '=', granularity === 'month' ? 'skill-month' : 'skill-week')
    .where('currency', '=', currency)
    .groupBy('key')
    .execute();
  const bySkill = new Map(rows.map((r) => [r.key, JSON.parse(r.periods) as Record<string, [number, number]>]));
  return (skill, period) => {
    const cell = bySkill.get(skill)?.[period];
    return cell ? { median: cell[0], n: cell[1] } : undefined;
  };
}
