// Reads of the trend counts (skill_period_jobs) for the trend views.
import type { Granularity } from '../src/stats/periods.js';
import { ALL_JOBS } from '../src/trends/contributions.js';
import { countKey } from '../src/trends/series.js';
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

export async function knownSkillIds(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('skills').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}
