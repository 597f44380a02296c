// Which postings a filtered view counts, in SQL: backend postings matching
// the posting filters and the date window, one per job. A job is a
// duplicate group; its representative is its lowest-id posting among those
// that match, so a job cross-posted on two boards counts once, and a source
// filter still finds it on either board. Without filters this is the same
// job and posting the kept trend counts use (db/aggregates.ts).
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import { type Filters, hasPostingFilters, type PostingFilters } from '../src/filters/filters.js';
import type { Db } from './connection.js';
import type { Database } from './schema.js';

/** The day a posting counts on: posted, else first seen, as YYYY-MM-DD. */
export const postingDay = sql<string>`substr(coalesce(postings.posted_at, postings.first_seen_at), 1, 10)`;

export interface DayWindow {
  from?: string | undefined;
  to?: string | undefined;
}

/** Filters that narrow the postings or their days: the kept counts and summaries hold neither. */
export const narrows = (filters: PostingFilters & DayWindow): boolean =>
  hasPostingFilters(filters) || hasDayWindow(filters);

/** The condition a counted posting meets: backend, the posting filters, the day window. */
export function matchesFilters(
  eb: ExpressionBuilder<Database, 'postings'>,
  filters: PostingFilters & DayWindow,
): Expression<SqlBool> {
  const conditions: Expression<SqlBool>[] = [eb('postings.is_backend', '=', 1)];
  if (filters.seniority?.length) conditions.push(eb('postings.seniority', 'in', [...filters.seniority]));
  if (filters.workMode?.length) conditions.push(eb('postings.work_mode', 'in', [...filters.workMode]));
  if (filters.country?.length) conditions.push(eb('postings.country', 'in', [...filters.country]));
  if (filters.source?.length) {
    const names = [...filters.source];
    conditions.push(
      eb('postings.source_id', 'in', eb.selectFrom('sources').select('sources.id').where('sources.name', 'in', names)),
    );
  }
  if (filters.from) conditions.push(sql<SqlBool>`${postingDay} >= ${filters.from}`);
  if (filters.to) conditions.push(sql<SqlBool>`${postingDay} <= ${filters.to}`);
  return eb.and(conditions);
}

/** Postings tagged with a skill of one of these categories: the postings views' category filter. */
export function inCategories(
  eb: ExpressionBuilder<Database, 'postings'>,
  categories: readonly string[],
): Expression<SqlBool> {
  return eb(
    'postings.id',
    'in',
    eb
      .selectFrom('posting_skills')
      .innerJoin('skills', 'skills.id', 'posting_skills.skill_id')
      .select('posting_skills.posting_id')
      .where('skills.category', 'in', [...categories]),
  );
}

/**
 * The day of a group's first posting (lowest id), the day its job counts on: the lowest id wins the
 * min() of ids written zero-padded to one width, and its day follows it in the same string.
 */
const firstPostingDay = sql<string>`substr(min(printf('%012d', postings.id) || ${postingDay}), 13)`;

/**
 * For a query grouped by job: the groups whose first posting's day is in the
 * window. Apply only when a window is set (the day costs a printf per row).
 */
export const firstDayIn = ({ from, to }: DayWindow) =>
  sql<SqlBool>`${firstPostingDay} between ${from ?? ''} and ${to ?? '9999-12-31'}`;

/** A window is set: group by job, then keep those with firstDayIn. */
export const hasDayWindow = ({ from, to }: DayWindow): boolean => Boolean(from || to);

/**
 * The representative posting id of every job the filters keep: use as
 * `postings.id in (…)`. A job is represented by its first posting among
 * those the posting filters keep, and is in the day window when that
 * posting's day is, as the kept counts place it: a job first posted before
 * the window and reposted inside it is not counted there again. Further
 * conditions chained on it narrow the postings a job is represented by (say,
 * those stating a salary).
 */
export function jobIds(db: Db, filters: PostingFilters & DayWindow) {
  return db
    .selectFrom('postings')
    .select((eb) => eb.fn.min<number>('postings.id').as('id'))
    .where((eb) => matchesFilters(eb, { ...filters, from: undefined, to: undefined }))
    .groupBy('postings.duplicate_key')
    .$if(hasDayWindow(filters), (qb) => qb.having(firstDayIn(filters)));
}

/** Filters' posting part and day window, as matchesFilters takes them. */
export function postingScope(filters: Filters): PostingFilters & DayWindow {
  return {
    seniority: filters.seniority,
    workMode: filters.workMode,
    country: filters.country,
    source: filters.source,
    from: filters.from,
    to: filters.to,
  };
}
