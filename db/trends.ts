// Reads of the trend counts (skill_period_jobs) for the trend views, and
// which asked keys the taxonomy knows.
import { sql } from 'kysely';
import type { Granularity } from '../src/stats/periods.js';
import { AI_CLASS_OF_KEY, ALL_JOBS, GROUP_MEMBERS } from '../src/trends/contributions.js';
import { countKey } from '../src/trends/series.js';
import { type KeyCounts, lastTwoPeriods, type WindowCounts } from '../src/trends/summary.js';
import type { Db } from './connection.js';

/** Jobs per countKey(skill, period) ('' = all backend jobs) for these skills, periods first..last. */
export async function trendCounts(
  db: Db,
  granularity: Granularity,
  skills: readonly string[],
  first: string,
  last: string,
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('skill_period_jobs')
    .select(['skill_id', 'period', 'jobs'])
    .where('granularity', '=', granularity)
    .where('skill_id', 'in', [ALL_JOBS, ...skills])
    .where('period', '>=', first)
    .where('period', '<=', last)
    .execute();
  return new Map(rows.map((r) => [countKey(r.skill_id, r.period), r.jobs]));
}

/**
 * The same counts as trendCounts, read one row per key (its periods as one
 * JSON object) and looked up by key and period: for a whole skills × periods
 * grid (the skills export), building a row object and a string key per cell
 * cost more than SQLite's work.
 */
export async function trendGrid(
  db: Db,
  granularity: Granularity,
  skills: readonly string[],
  first: string,
  last: string,
): Promise<(key: string, period: string) => number> {
  const rows = await db
    .selectFrom('skill_period_jobs')
    .select(['skill_id', sql<string>`json_group_object(period, jobs)`.as('jobs')])
    .where('granularity', '=', granularity)
    .where('skill_id', 'in', [ALL_JOBS, ...skills])
    .where('period', '>=', first)
    .where('period', '<=', last)
    .groupBy('skill_id')
    .execute();
  const grid = new Map(rows.map((r) => [r.skill_id, JSON.parse(r.jobs) as Record<string, number>]));
  return (key, period) => grid.get(key)?.[period] ?? 0;
}

/**
 * These skills' (and every backend job's) window counts over the periods, in
 * one grouped read: SQL sums the window and picks out the last two periods,
 * so one row per skill comes back instead of one per skill and period.
 */
export async function trendWindowCounts(
  db: Db,
  granularity: Granularity,
  skills: readonly string[],
  periods: readonly string[],
): Promise<WindowCounts> {
  const { lastPeriod, previousPeriod } = lastTwoPeriods(periods);
  const keys = new Map<string, KeyCounts>();
  const first = periods[0];
  if (first === undefined || lastPeriod === null) return { lastPeriod, previousPeriod, keys };
  const rows = await db
    .selectFrom('skill_period_jobs')
    .select((eb) => [
      'skill_id',
      eb.fn.sum<number>('jobs').as('window'),
      eb.fn.sum<number | null>('jobs').filterWhere('period', '=', lastPeriod).as('last'),
      // '' is no period: a one-period window has no previous one.
      eb.fn
        .sum<number | null>('jobs')
        .filterWhere('period', '=', previousPeriod ?? '')
        .as('previous'),
    ])
    .where('granularity', '=', granularity)
    .where('skill_id', 'in', [ALL_JOBS, ...skills])
    .where('period', '>=', first)
    .where('period', '<=', lastPeriod)
    .groupBy('skill_id')
    .execute();
  for (const row of rows) {
    keys.set(row.skill_id, { window: row.window, last: row.last ?? 0, previous: row.previous ?? 0 });
  }
  return { lastPeriod, previousPeriod, keys };
}

/** The ids among these that are stored skills (of these categories, when given). */
export async function knownSkillIds(
  db: Db,
  ids: readonly string[],
  categories?: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  let query = db.selectFrom('skills').select('id').where('id', 'in', ids);
  if (categories?.length) query = query.where('category', 'in', [...categories]);
  return new Set((await query.execute()).map((r) => r.id));
}

/**
 * The asked count keys the taxonomy does not know: skill ids not stored (in
 * the categories, when given). Concept-group and AI-class keys are known from
 * the code, whatever the categories.
 */
export async function unknownKeys(db: Db, keys: readonly string[], categories?: readonly string[]): Promise<string[]> {
  const skills = keys.filter((k) => !GROUP_MEMBERS.has(k) && !AI_CLASS_OF_KEY.has(k));
  const known = await knownSkillIds(db, skills, categories);
  return skills.filter((s) => !known.has(s));
}
