// Annualized salaries of the jobs a view counts, in one currency (amounts
// are never converted: an exchange rate would be a number we made up),
// grouped for spreads. A job's value is the midpoint of its annual range,
// or its one stated bound; each job counts once, by its first posting that
// states a salary in the currency.
import { type RawBuilder, sql } from 'kysely';
import type { PostingFilters } from '../src/filters/filters.js';
import { type Granularity, periodOf } from '../src/stats/periods.js';
import { type Spread, spreadOf } from '../src/stats/quantiles.js';
import { ALL_GROUP, UNKNOWN_GROUP } from '../src/summaries/accumulator.js';
import { memoizeByString } from '../src/text/memo.js';
import type { Db } from './connection.js';
import type { Counting } from './job-counts.js';
import { type DayWindow, firstDayIn, hasDayWindow, jobIds, matchesFilters, narrows, postingDay } from './job-filter.js';
import { annualValue, statesAnnual } from './salary-value.js';
import { keptSalaryCurrencies, keptSalarySpreads, readsSummaries } from './summary-reads.js';

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

export interface SpreadRequest extends SalaryRequest {
  /** 'rows' never reads the summary tables (the benchmark's baseline). */
  counting: Counting;
}

export { ALL_GROUP, UNKNOWN_GROUP };

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
  counting: Counting,
): Promise<Array<{ currency: string; jobs: number }>> {
  if (await readsSummaries(db, counting, narrows(filters))) return keptSalaryCurrencies(db);
  // A job per currency it states, by its first posting stating it, in the window when that posting's day is.
  const jobs = db
    .selectFrom('postings')
    .select('postings.salary_currency as currency')
    .where((eb) => matchesFilters(eb, { ...filters, from: undefined, to: undefined }))
    .where('postings.salary_currency', 'is not', null)
    .where(statesAnnual)
    .groupBy(['postings.duplicate_key', 'postings.salary_currency'])
    .$if(hasDayWindow(filters), (qb) => qb.having(firstDayIn(filters)));
  const rows = await db
    .selectFrom(jobs.as('job'))
    .select(['job.currency', (eb) => eb.fn.countAll<number>().as('jobs')])
    .groupBy('job.currency')
    .orderBy('jobs', 'desc')
    .orderBy('job.currency')
    .execute();
  return rows.flatMap((r) => (r.currency ? [{ currency: r.currency, jobs: r.jobs }] : []));
}

export interface SalaryGroup extends Spread {
  key: string;
  currency: string;
}

/** Spreads per group, most jobs first (then by key); groups of any size (pages grey those under 10). */
export async function salarySpreads(db: Db, request: SpreadRequest): Promise<SalaryGroup[]> {
  const groups = (await keptSpreads(db, request)) ?? (await countedSpreads(db, request));
  return groups.sort((a, b) => b.n - a.n || a.key.localeCompare(b.key));
}

async function countedSpreads(db: Db, request: SalaryRequest): Promise<SalaryGroup[]> {
  const groups: SalaryGroup[] = [];
  for (const [key, values] of await salaryValues(db, request)) {
    const spread = spreadOf(values);
    if (spread) groups.push({ key, currency: request.currency, ...spread });
  }
  return groups;
}

/** The spreads from the summary tables, when they can answer (null otherwise). */
async function keptSpreads(db: Db, request: SpreadRequest): Promise<SalaryGroup[] | null> {
  if (request.skills?.length || request.granularity) return null;
  if (!(await readsSummaries(db, request.counting, narrows(request.filters)))) return null;
  const allowed = request.groupBy === 'skill' && request.groupSkills ? new Set(request.groupSkills) : null;
  const rows = await keptSalarySpreads(db, request.groupBy, request.currency);
  return rows
    .filter((r) => !allowed || allowed.has(r.key))
    .map((r) => ({
      key: r.key,
      currency: request.currency,
      n: r.n,
      p10: r.p10,
      p25: r.p25,
      median: r.median,
      p75: r.p75,
      p90: r.p90,
    }));
}
