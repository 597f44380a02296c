// The Skill page's numbers for one skill, over the jobs the filters keep
// (one representative posting per job, see job-filter.ts): the skills asked
// with it, the companies asking for it, jobs new and open per period, and
// its salaries by seniority.
import { type SqlBool, sql } from 'kysely';
import { SENIORITIES, type Seniority } from '../src/domain.js';
import { hasPostingFilters, type PostingFilters } from '../src/filters/filters.js';
import { rankByLift } from '../src/stats/lift.js';
import { type Spread, spreadOf } from '../src/stats/quantiles.js';
import { activePerPeriod, newlyPerPeriod } from '../src/trends/active.js';
import { ALL_JOBS } from '../src/trends/contributions.js';
import type { CountWindow } from '../src/trends/window.js';
import type { Db } from './connection.js';
import type { Counting } from './job-counts.js';
import { type DayWindow, jobIds, narrows, postingDay } from './job-filter.js';
import { salaryValues, UNKNOWN_GROUP } from './salaries.js';
import {
  companiesKeptFor,
  keptActivity,
  keptCompanies,
  keptPairs,
  keptSalarySpreads,
  readsSummaries,
} from './summary-reads.js';

export interface CoOccurringSkill {
  skill: string;
  name: string;
  category: string;
  /** Jobs asking for both skills. */
  both: number;
  /** Jobs asking for the page's skill, for this one, and all jobs. */
  withSkill: number;
  withOther: number;
  total: number;
  /** (both/total) / ((withSkill/total) · (withOther/total)). */
  lift: number;
}

/** Skills asked together with skillId, highest lift first, pairs with fewer than minBoth jobs left out. */
export async function coOccurring(
  db: Db,
  skillId: string,
  filters: PostingFilters & DayWindow,
  { minBoth = 5, limit = 15, counting }: { minBoth?: number; limit?: number; counting: Counting },
): Promise<CoOccurringSkill[]> {
  const counted = (await readsSummaries(db, counting, narrows(filters)))
    ? await keptPairs(db, skillId, minBoth)
    : await countedPairs(db, skillId, filters, minBoth);
  const { pairs, withSkill, total } = counted;
  if (pairs.length === 0) return [];
  const ranked = rankByLift(
    pairs.map((pair) => {
      const { skill, name, category, both, withOther } = pair;
      const row = { skill, name, category, both, withSkill, withOther, total };
      return { key: row, both, first: withSkill, second: withOther, total };
    }),
    minBoth,
  );
  return ranked.slice(0, limit).map(({ key, lift }) => ({ ...key, lift }));
}

/** The pairs of coOccurring counted from the rows. */
async function countedPairs(db: Db, skillId: string, filters: PostingFilters & DayWindow, minBoth: number) {
  const jobs = jobIds(db, filters);
  const pairs = await db
    .selectFrom('posting_skills as me')
    .innerJoin('posting_skills as other', (join) =>
      join.onRef('other.posting_id', '=', 'me.posting_id').onRef('other.skill_id', '!=', 'me.skill_id'),
    )
    .innerJoin('skills', 'skills.id', 'other.skill_id')
    .select(['other.skill_id as skill', 'skills.name', 'skills.category', (eb) => eb.fn.countAll<number>().as('both')])
    .where('me.skill_id', '=', skillId)
    .where('me.posting_id', 'in', jobs)
    .groupBy(['other.skill_id', 'skills.name', 'skills.category'])
    .having((eb) => eb.fn.countAll(), '>=', minBoth)
    .orderBy('other.skill_id')
    .execute();
  if (pairs.length === 0) return { pairs: [], withSkill: 0, total: 0 };

  const counts = await db
    .selectFrom('posting_skills')
    .select(['posting_skills.skill_id', (eb) => eb.fn.countAll<number>().as('jobs')])
    .where('posting_skills.posting_id', 'in', jobs)
    // Unary plus: read the jobs' skills in one pass rather than seeking each listed skill per job.
    .where(sql<string>`+posting_skills.skill_id`, 'in', [skillId, ...pairs.map((p) => p.skill)])
    .groupBy('posting_skills.skill_id')
    .execute();
  const jobsAsking = new Map(counts.map((c) => [c.skill_id, c.jobs]));
  return {
    pairs: pairs.map((p) => ({ ...p, withOther: jobsAsking.get(p.skill) ?? 0 })),
    withSkill: jobsAsking.get(skillId) ?? 0,
    total: await countJobs(db, filters),
  };
}

/** Jobs the filters keep. */
async function countJobs(db: Db, filters: PostingFilters & DayWindow): Promise<number> {
  const row = await db
    .selectFrom(jobIds(db, filters).as('jobs'))
    .select((eb) => eb.fn.countAll<number>().as('jobs'))
    .executeTakeFirstOrThrow();
  return row.jobs;
}

/** Companies with the most jobs asking for skillId (ties by name); jobs without a company are left out. */
export async function topCompanies(
  db: Db,
  skillId: string,
  filters: PostingFilters & DayWindow,
  limit: number,
  counting: Counting,
): Promise<Array<{ company: string; jobs: number }>> {
  if (companiesKeptFor(limit) && (await readsSummaries(db, counting, narrows(filters)))) {
    return keptCompanies(db, skillId, limit);
  }
  return db
    .selectFrom('postings')
    .innerJoin('companies', 'companies.id', 'postings.company_id')
    .innerJoin('posting_skills', 'posting_skills.posting_id', 'postings.id')
    .select(['companies.name as company', (eb) => eb.fn.countAll<number>().as('jobs')])
    .where('postings.id', 'in', jobIds(db, filters))
    .where('posting_skills.skill_id', '=', skillId)
    .groupBy('companies.name')
    .orderBy('jobs', 'desc')
    .orderBy('company')
    .limit(limit)
    .execute();
}

export interface Activity {
  period: string;
  /** Jobs asking for the skill whose day (posted, else first seen) is in the period. */
  newly: number;
  /** Jobs asking for the skill open on some day of the period. */
  active: number;
  /** The same for every job under the filters: the denominators. */
  totalNewly: number;
  totalActive: number;
}

/**
 * Jobs new and jobs open per period of the window, asking for skillId (null:
 * every job, so the counts equal the totals). A job starts on its
 * representative's day, as the trend counts place it, and ends on the last
 * day any of its postings was open: closed, else last seen by a scrape. A
 * job is picked by the posting filters only, never by its day: one posted
 * before the window and still open in it is active there. The window's days
 * bound the query, any from/to in filters is ignored.
 */
export async function newlyVsActive(
  db: Db,
  skillId: string | null,
  window: CountWindow,
  filters: PostingFilters,
  counting: Counting,
): Promise<Activity[]> {
  if (await readsSummaries(db, counting, hasPostingFilters(filters))) {
    const cell = await keptActivity(db, skillId, window);
    return window.periods.map((period) => {
      const all = cell(ALL_JOBS, period);
      const skill = skillId === null ? all : cell(skillId, period);
      return { period, newly: skill.newly, active: skill.active, totalNewly: all.newly, totalActive: all.active };
    });
  }
  const scope: PostingFilters & DayWindow = { ...filters, from: undefined, to: undefined };
  const groups = jobIds(db, scope).select(
    sql<string>`max(substr(coalesce(postings.closed_at, postings.last_seen_at), 1, 10))`.as('open_until'),
  );
  const rows = await db
    .selectFrom('postings')
    .innerJoin(groups.as('job'), 'job.id', 'postings.id')
    .select((eb) => [
      postingDay.as('start'),
      'job.open_until',
      skillId === null
        ? sql<number>`0`.as('asks')
        : eb
            .exists(
              eb
                .selectFrom('posting_skills')
                .select('posting_skills.posting_id')
                .whereRef('posting_skills.posting_id', '=', 'postings.id')
                .where('posting_skills.skill_id', '=', skillId),
            )
            .$castTo<number>()
            .as('asks'),
    ])
    .where(sql<SqlBool>`${postingDay} <= ${window.to}`)
    .where(sql<SqlBool>`max(${postingDay}, job.open_until) >= ${window.from}`)
    .execute();

  const asking = rows.filter((r) => r.asks);
  const count = (list: typeof rows) => ({
    newly: newlyPerPeriod(
      list.map((r) => r.start),
      window.periods,
    ),
    active: activePerPeriod(
      list.map((r) => [r.start, r.open_until] as const),
      window.periods,
    ),
  });
  const all = count(rows);
  const skill = skillId === null ? all : count(asking);
  return window.periods.map((period, i) => ({
    period,
    newly: skill.newly[i] ?? 0,
    active: skill.active[i] ?? 0,
    totalNewly: all.newly[i] ?? 0,
    totalActive: all.active[i] ?? 0,
  }));
}

export interface SenioritySpread {
  seniority: Seniority | typeof UNKNOWN_GROUP;
  spread: Spread | null;
}

/**
 * Salary spreads of the jobs asking for skillId, in one currency, per
 * seniority (in the domain's order, then 'unknown'). Every seniority the
 * filters allow is listed, null where no job states a salary; 'unknown' is
 * listed only without a seniority filter (it cannot match one).
 */
export async function salaryBySeniority(
  db: Db,
  skillId: string,
  filters: PostingFilters & DayWindow,
  currency: string,
  counting: Counting,
): Promise<SenioritySpread[]> {
  const spreads = await senioritySpreads(db, skillId, filters, currency, counting);
  const allowed = filters.seniority?.length ? filters.seniority : null;
  const levels: SenioritySpread['seniority'][] = allowed
    ? SENIORITIES.filter((s) => allowed.includes(s))
    : [...SENIORITIES, UNKNOWN_GROUP];
  return levels.map((seniority) => ({ seniority, spread: spreads.get(seniority) ?? null }));
}

async function senioritySpreads(
  db: Db,
  skillId: string,
  filters: PostingFilters & DayWindow,
  currency: string,
  counting: Counting,
): Promise<Map<string, Spread>> {
  if (await readsSummaries(db, counting, narrows(filters))) {
    const rows = await keptSalarySpreads(db, 'skill-seniority', currency, skillId);
    return new Map(rows.map(({ subKey, key: _key, ...spread }) => [subKey, spread]));
  }
  const values = await salaryValues(db, { groupBy: 'seniority', skills: [skillId], currency, filters });
  const spreads = new Map<string, Spread>();
  for (const [key, list] of values) {
    const spread = spreadOf(list);
    if (spread) spreads.set(key, spread);
  }
  return spreads;
}
