// Reads of the trend counts (skill_period_jobs) for the trend views, and
// which asked keys the taxonomy knows.
import type { Granularity } from '../src/stats/periods.js';
import { AI_CLASS_OF_KEY, ALL_JOBS, GROUP_MEMBERS } from '../src/trends/contributions.js';
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
