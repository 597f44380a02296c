// Jobs per period and key (a skill id, a concept group's key, an AI class's
// key, '' for every backend job), counted one of two ways that give the
// same numbers: from the kept trend counts (fast, unfiltered only), or from
// the posting rows (any filter; also the benchmark's baseline).
import { sql } from 'kysely';
import type { PostingFilters } from '../src/filters/filters.js';
import { hasPostingFilters } from '../src/filters/filters.js';
import { type Granularity, lastDayOf, periodBounds, periodOf } from '../src/stats/periods.js';
import { AI_CLASS_OF_KEY, ALL_JOBS, aiClassKey, GROUP_MEMBERS } from '../src/trends/contributions.js';
import { countKey } from '../src/trends/series.js';
import { type WindowCounts, windowCounts } from '../src/trends/summary.js';
import type { Db } from './connection.js';
import { jobIds, postingDay } from './job-filter.js';
import { trendCounts, trendGrid, trendWindowCounts } from './trends.js';

/** Where counts come from: 'rows' forces counting the postings, as the benchmark's baseline does. */
export type Counting = 'aggregates' | 'rows';

export interface CountRequest {
  granularity: Granularity;
  /** Count keys: skill ids, groupKey(id), aiClassKey(class). Every backend job ('') is always counted. */
  keys: readonly string[];
  /** First and last period, counted whole. */
  first: string;
  last: string;
  filters: PostingFilters;
  counting: Counting;
}

/** Jobs per countKey(key, period); a missing entry is 0. */
export async function jobCounts(db: Db, request: CountRequest): Promise<Map<string, number>> {
  if (request.counting === 'aggregates' && !hasPostingFilters(request.filters)) {
    return trendCounts(db, request.granularity, request.keys, request.first, request.last);
  }
  return countRows(db, request);
}

/**
 * Each key's jobs over the window and in its last two periods (and every
 * backend job's): what jobCounts gives, summed. From the kept counts SQL does
 * the sums; from the rows they are summed here.
 */
export async function windowJobCounts(
  db: Db,
  request: CountRequest & { periods: readonly string[] },
): Promise<WindowCounts> {
  if (request.counting === 'aggregates' && !hasPostingFilters(request.filters)) {
    return trendWindowCounts(db, request.granularity, request.keys, request.periods);
  }
  return windowCounts(request.keys, request.periods, await countRows(db, request));
}

/** The same counts as jobCounts, as a lookup by key and period (0 when none): for a whole grid of them. */
export async function jobCountOf(db: Db, request: CountRequest): Promise<(key: string, period: string) => number> {
  if (request.counting === 'aggregates' && !hasPostingFilters(request.filters)) {
    return trendGrid(db, request.granularity, request.keys, request.first, request.last);
  }
  const counts = await countRows(db, request);
  return (key, period) => counts.get(countKey(key, period)) ?? 0;
}

async function countRows(db: Db, request: CountRequest): Promise<Map<string, number>> {
  const jobs = jobIds(db, {
    ...request.filters,
    from: periodBounds(request.first).start,
    to: lastDayOf(request.last),
  });
  const counts = new Map<string, number>();
  const add = (day: string, key: string, n: number) => {
    const k = countKey(key, periodOf(day, request.granularity));
    counts.set(k, (counts.get(k) ?? 0) + n);
  };
  const day = postingDay.as('day');
  const totals = await db
    .selectFrom('postings')
    .select([day, (eb) => eb.fn.countAll<number>().as('jobs')])
    .where('postings.id', 'in', jobs)
    .groupBy('day')
    .execute();
  for (const row of totals) add(row.day, ALL_JOBS, row.jobs);

  const skills = request.keys.filter((k) => k !== ALL_JOBS && !GROUP_MEMBERS.has(k) && !AI_CLASS_OF_KEY.has(k));
  if (skills.length > 0) {
    const rows = await db
      .selectFrom('postings')
      .innerJoin('posting_skills', 'posting_skills.posting_id', 'postings.id')
      .select([day, 'posting_skills.skill_id', (eb) => eb.fn.countAll<number>().as('jobs')])
      .where('postings.id', 'in', jobs)
      // Unary plus: SQLite would otherwise seek the skill index once per listed skill and posting (10× slower).
      .where(sql<string>`+posting_skills.skill_id`, 'in', skills)
      .groupBy(['day', 'posting_skills.skill_id'])
      .execute();
    for (const row of rows) add(row.day, row.skill_id, row.jobs);
  }
  for (const key of request.keys) {
    const members = GROUP_MEMBERS.get(key);
    if (!members) continue;
    // A job naming two members of a group counts once in it.
    const rows = await db
      .selectFrom('postings')
      .innerJoin('posting_skills', 'posting_skills.posting_id', 'postings.id')
      .select([day, sql<number>`count(distinct postings.id)`.as('jobs')])
      .where('postings.id', 'in', jobs)
      .where('posting_skills.skill_id', 'in', members)
      .groupBy('day')
      .execute();
    for (const row of rows) add(row.day, key, row.jobs);
  }
  const aiClasses = request.keys.flatMap((k) => AI_CLASS_OF_KEY.get(k) ?? []);
  if (aiClasses.length > 0) {
    const rows = await db
      .selectFrom('postings')
      .select([day, 'postings.ai_class', (eb) => eb.fn.countAll<number>().as('jobs')])
      .where('postings.id', 'in', jobs)
      .where('postings.ai_class', 'in', aiClasses)
      .groupBy(['day', 'postings.ai_class'])
      .execute();
    for (const row of rows) if (row.ai_class) add(row.day, aiClassKey(row.ai_class), row.jobs);
  }
  return counts;
}

/** The first and last day any backend job counts on, or null when none is stored. */
export async function dataSpan(db: Db, counting: Counting): Promise<{ first: string; last: string } | null> {
  if (counting === 'aggregates') {
    const row = await db
      .selectFrom('skill_period_jobs')
      .select((eb) => [eb.fn.min<string>('period').as('first'), eb.fn.max<string>('period').as('last')])
      .where('granularity', '=', 'month')
      .where('skill_id', '=', ALL_JOBS)
      .executeTakeFirst();
    return row?.first && row.last ? { first: periodBounds(row.first).start, last: lastDayOf(row.last) } : null;
  }
  const row = await db
    .selectFrom('postings')
    .select([sql<string | null>`min(${postingDay})`.as('first'), sql<string | null>`max(${postingDay})`.as('last')])
    .where('is_backend', '=', 1)
    .executeTakeFirst();
  return row?.first && row.last
    ? { first: periodBounds(periodOf(row.first, 'month')).start, last: lastDayOf(periodOf(row.last, 'month')) }
    : null;
}
