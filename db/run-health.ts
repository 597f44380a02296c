// The Runs page: each configured source's health, the run history, and the
// days a source's scrapes all failed (the trend charts mark them, as a dip
// there may be an outage rather than the market). Days are UTC dates of a
// run's start.
import { type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Db } from './connection.js';
import type { Counting } from './job-counts.js';
import { countsOf, type RunCounts } from './runs.js';
import type { Database, RunStatus, RunTrigger } from './schema.js';
import { keptSourcePostings, readsSummaries } from './summary-reads.js';

const DAY_MS = 86_400_000;
/** Runs that fetched something: what ends an outage. */
const SUCCEEDED: readonly RunStatus[] = ['succeeded', 'partial'];
/** Runs that ended without finishing ('interrupted': the process died or was stopped). */
const FAILED: readonly RunStatus[] = ['failed', 'interrupted'];
// As literals: the partial indexes of migration 0008 are used only when a query spells their condition.
const SUCCEEDED_LIST = sql.join(SUCCEEDED.map((s) => sql.lit(s)));
const FAILED_LIST = sql.join(FAILED.map((s) => sql.lit(s)));

export interface SourceHealth {
  source: string;
  type: string;
  /** Start of the source's latest run, and how it ended ('running' while it runs); null before any run. */
  lastRunAt: string | null;
  lastStatus: RunStatus | null;
  /** End of the latest succeeded or partial run. */
  lastSuccessAt: string | null;
  /** Runs started in the 30 days up to now, and those of them that failed or were interrupted. */
  runs30d: number;
  failed30d: number;
  /** Stored postings of the source still open, and all of them. */
  openPostings: number;
  postings: number;
}

/** End of a source's last succeeded or partial run (sources in scope), through migration 0008's index. */
export function lastSuccessOf(eb: ExpressionBuilder<Database, 'sources'>) {
  return eb
    .selectFrom('scrape_runs as run')
    .whereRef('run.source_id', '=', 'sources.id')
    .where(sql<SqlBool>`run.status in (${SUCCEEDED_LIST})`)
    .select(sql<string | null>`max(coalesce(run.finished_at, run.started_at))`.as('at'));
}

/** Every configured source, by name. */
export async function sourceHealth(db: Db, now: Date, counting: Counting): Promise<SourceHealth[]> {
  const since = new Date(now.getTime() - 30 * DAY_MS).toISOString();
  const until = now.toISOString();
  // One lookup per source through its indexes, never a pass over every run.
  const rows = await db
    .selectFrom('sources')
    .select((eb) => {
      const runs = () => eb.selectFrom('scrape_runs as run').whereRef('run.source_id', '=', 'sources.id');
      const recent = () => runs().where('run.started_at', '>=', since).where('run.started_at', '<=', until);
      const latest = () => runs().orderBy('run.started_at', 'desc').orderBy('run.id', 'desc').limit(1);
      return [
        'sources.id',
        'sources.name as source',
        'sources.type',
        latest().select('run.started_at').as('lastRunAt'),
        latest().select('run.status').as('lastStatus'),
        lastSuccessOf(eb).as('lastSuccessAt'),
        recent()
          .select((e) => e.fn.countAll<number>().as('n'))
          .as('runs30d'),
        recent()
          .select((e) => e.fn.countAll<number>().as('n'))
          .where(sql<SqlBool>`run.status in (${FAILED_LIST})`)
          .as('failed30d'),
      ];
    })
    .orderBy('sources.name')
    .execute();
  const posts = await postingsPerSource(db, counting);
  return rows.map((r) => ({
    source: r.source,
    type: r.type,
    lastRunAt: r.lastRunAt ?? null,
    lastStatus: r.lastStatus ?? null,
    lastSuccessAt: r.lastSuccessAt ?? null,
    runs30d: r.runs30d ?? 0,
    failed30d: r.failed30d ?? 0,
    openPostings: posts.get(r.id)?.openPostings ?? 0,
    postings: posts.get(r.id)?.postings ?? 0,
  }));
}

/** Postings and open postings per source id: kept by the summaries, else counted (a pass over every posting). */
async function postingsPerSource(db: Db, counting: Counting) {
  if (await readsSummaries(db, counting, false)) return keptSourcePostings(db);
  const rows = await db
    .selectFrom('postings')
    .select([
      'postings.source_id',
      (eb) => eb.fn.countAll<number>().as('postings'),
      (eb) => eb.fn.count<number>(sql`case when postings.closed_at is null then 1 end`).as('openPostings'),
    ])
    .groupBy('postings.source_id')
    .execute();
  return new Map(rows.map((r) => [r.source_id, { postings: r.postings, openPostings: r.openPostings }]));
}

/** A run as the Runs page lists it: its counts, and when, why and how it ran. */
export interface RunRecord extends RunCounts {
  id: number;
  source: string;
  trigger: RunTrigger;
  status: RunStatus;
  startedAt: string;
  /** null while running. */
  finishedAt: string | null;
  durationMs: number | null;
  error: string | null;
}

/** Runs newest first (of one source when given), a page at a time, with how many there are in all. */
export async function runHistory(
  db: Db,
  { source, limit = 50, offset = 0 }: { source?: string | undefined; limit?: number; offset?: number } = {},
): Promise<{ total: number; runs: RunRecord[] }> {
  const base = db
    .selectFrom('scrape_runs')
    .innerJoin('sources', 'sources.id', 'scrape_runs.source_id')
    .$if(source !== undefined, (qb) => qb.where('sources.name', '=', source as string));
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await base
    .selectAll('scrape_runs')
    .select('sources.name as source')
    .orderBy('scrape_runs.started_at', 'desc')
    .orderBy('scrape_runs.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  return {
    total,
    runs: rows.map((r) => ({
      id: r.id,
      source: r.source,
      trigger: r.trigger,
      status: r.status,
      startedAt: r.started_at,
      finishedAt: r.finished_at,
      durationMs: r.finished_at === null ? null : Date.parse(r.finished_at) - Date.parse(r.started_at),
      ...countsOf(r),
      error: r.error,
    })),
  };
}

/**
 * Days in [from, to] (YYYY-MM-DD, inclusive) on which a source had a run
 * that failed or was interrupted and none that succeeded or partly did, with
 * those sources by name. A day with only a run still going is not one.
 */
export async function failedDays(db: Db, from: string, to: string): Promise<Array<{ day: string; sources: string[] }>> {
  const day = sql<string>`substr(failed.started_at, 1, 10)`;
  // The failed runs in the window (an index range), then for each whether its source succeeded that day.
  const rows = await db
    .selectFrom('scrape_runs as failed')
    .innerJoin('sources', 'sources.id', 'failed.source_id')
    .select([day.as('day'), 'sources.name as source'])
    .distinct()
    .where(sql<SqlBool>`failed.status in (${FAILED_LIST})`)
    .where('failed.started_at', '>=', from)
    .where(sql<SqlBool>`${day} <= ${to}`)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('scrape_runs as ok')
            .select('ok.id')
            .whereRef('ok.source_id', '=', 'failed.source_id')
            .where(sql<SqlBool>`ok.status in (${SUCCEEDED_LIST})`)
            // Both bounds, so the lookup is a range of that day's runs only.
            .where(sql<SqlBool>`ok.started_at >= ${day}`)
            .where(sql<SqlBool>`ok.started_at < date(${day}, '+1 day')`),
        ),
      ),
    )
    .orderBy('day')
    .orderBy('source')
    .execute();
  const days: Array<{ day: string; sources: string[] }> = [];
  for (const row of rows) {
    const last = days.at(-1);
    if (last?.day === row.day) last.sources.push(row.source);
    else days.push({ day: row.day, sources: [row.source] });
  }
  return days;
}
