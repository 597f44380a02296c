// Annualized salaries of the jobs a view counts, in one currency (amounts
// are never converted: an exchange rate would be a number we made up),
// grouped for spreads. A job's value is the midpoint of its annual range,
// or its one stated bound; each job counts once, by its first posting that
// states a salary in the currency.
import { type Expression, type ExpressionBuilder, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { PostingFilters } from '../src/filters/filters.js';
import { type Granularity, periodOf } from '../src/stats/periods.js';
import { type Spread, spreadOf } from '../src/stats/quantiles.js';
import { memoizeByString } from '../src/text/memo.js';
import type { Db } from './connection.js';
import { type DayWindow, jobIds, matchesFilters, postingDay } from './job-filter.js';
import type { Database } from './schema.js';

export type SalaryGroupBy = 'all' | 'skill' | 'seniority' | 'remote' | 'country';

export interface SalaryRequest {
  filters: PostingFilters & DayWindow;
  currency: string;
  groupBy: SalaryGroupBy;
  /** Only jobs asking for one of these skills (the skill page; a category's skills). */
  skills?: readonly string[] | undefined;
  /** When grouping by skill, only these skills are groups (a category filter). */
  groupSkills?: readonly string[] | undefined;
  /** Also split each group by period: keys become `${key} ${period}`. */
  granularity?: Granularity | undefined;
}

/** The key of the one group when nothing is grouped, and of a job without the grouped fact. */
export const ALL_GROUP = 'all';
export const UNKNOWN_GROUP = 'unknown';

const annualValue = sql<number>`case
  when postings.salary_annual_min is not null and postings.salary_annual_max is not null
    then (postings.salary_annual_min + postings.salary_annual_max) / 2.0
  else coalesce(postings.salary_annual_min, postings.salary_annual_max) end`;

/** A posting states an annual amount: at least one bound. */
function statesAnnual(eb: ExpressionBuilder<Database, 'postings'>): Expression<SqlBool> {
  return eb.or([eb('postings.salary_annual_min', 'is not', null), eb('postings.salary_annual_max', 'is not', null)]);
}

/** The jobs' annual values per group key (unsorted). */
export async function salaryValues(db: Db, request: SalaryRequest): Promise<Map<string, number[]>> {
  const jobs = jobIds(db, request.filters)
    .where('postings.salary_currency', '=', request.currency)
    .where(statesAnnual)
    .$if(Boolean(request.skills?.length), (qb) =>
      qb.where('postings.id', 'in', (eb) =>
        eb
          .selectFrom('posting_skills')
          .select('posting_skills.posting_id')
          .where('posting_skills.skill_id', 'in', [...(request.skills ?? [])]),
      ),
    );

  const values = new Map<string, number[]>();
  const push = (key: string, value: number) => {
    const list = values.get(key);
    if (list) list.push(value);
    else values.set(key, [value]);
  };
  const granularity = request.granularity;
  // A row per job (and skill) but few distinct days: each day's period is worked out once.
  const periodOfDay = granularity ? memoizeByString((day) => periodOf(day, granularity)) : null;
  const keyOf = (key: string | null, day: string) =>
    periodOfDay ? `${key ?? UNKNOWN_GROUP} ${periodOfDay(day)}` : (key ?? UNKNOWN_GROUP);

  const base = db
    .selectFrom('postings')
    .select([annualValue.as('value'), postingDay.as('day')])
    .where('postings.id', 'in', jobs);
  if (request.groupBy === 'skill') {
    let query = base
      .innerJoin('posting_skills', 'posting_skills.posting_id', 'postings.id')
      .select('posting_skills.skill_id as key');
    if (request.groupSkills) query = query.where('posting_skills.skill_id', 'in', [...request.groupSkills, '']);
    for (const row of await query.execute()) push(keyOf(row.key, row.day), row.value);
    return values;
  }
  const column: RawBuilder<string | null> = {
    all: sql<string>`${ALL_GROUP}`,
    seniority: sql<string | null>`postings.seniority`,
    remote: sql<string | null>`postings.work_mode`,
    country: sql<string | null>`postings.country`,
  }[request.groupBy];
  for (const row of await base.select(column.as('key')).execute()) push(keyOf(row.key, row.day), row.value);
  return values;
}

/** Currencies of the salaried jobs under the filters, most jobs first (to pick a page's default). */
export async function salaryCurrencies(
  db: Db,
  filters: PostingFilters & DayWindow,
): Promise<Array<{ currency: string; jobs: number }>> {
  const rows = await db
    .selectFrom('postings')
    .select(['postings.salary_currency as currency', sql<number>`count(distinct postings.duplicate_key)`.as('jobs')])
    .where((eb) => matchesFilters(eb, filters))
    .where('postings.salary_currency', 'is not', null)
    .where(statesAnnual)
    .groupBy('postings.salary_currency')
    .orderBy('jobs', 'desc')
    .orderBy('currency')
    .execute();
  return rows.flatMap((r) => (r.currency ? [{ currency: r.currency, jobs: r.jobs }] : []));
}

export interface SalaryGroup extends Spread {
  key: string;
  currency: string;
}

/** Spreads per group, most jobs first (then by key); groups of any size (pages grey those under 10). */
export async function salarySpreads(db: Db, request: SalaryRequest): Promise<SalaryGroup[]> {
  const groups: SalaryGroup[] = [];
  for (const [key, values] of await salaryValues(db, request)) {
    const spread = spreadOf(values);
    if (spread) groups.push({ key, currency: request.currency, ...spread });
  }
  return groups.sort((a, b) => b.n - a.n || a.key.localeCompare(b.key));
}
