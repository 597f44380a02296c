// The Runs page: each configured source's health, the run history, and the
// days a source's scrapes all failed (the trend charts mark them, as a dip
// there may be an outage rather than the market). Days are UTC dates of a
// run's start.
import { type SqlBool, sql } from 'kysely';
import type { Db } from './connection.js';
import { countsOf, type RunCounts } from './runs.js';
import type { RunStatus, RunTrigger } from './schema.js';

const DAY_MS = 86_400_000;
/** Runs that fetched something: what ends an outage. */
const SUCCEEDED: readonly RunStatus[] = ['succeeded', 'partial'];
/** Runs that ended without finishing ('interrupted': the process died or was stopped). */
const FAILED: readonly RunStatus[] = ['failed', 'interrupted'];

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

/** Every configured source, by name. */
export async function sourceHealth(db: Db, now: Date): Promise<SourceHealth[]> {
  const since = new Date(now.getTime() - 30 * DAY_MS).toISOString();
  const until = now.toISOString();
  const recent = sql<SqlBool>`scrape_runs.started_at >= ${since} and scrape_runs.started_at <= ${until}`;
  const runs = db
    .selectFrom('scrape_runs')
    .select([
      'scrape_runs.source_id',
      sql<number>`sum(${recent})`.as('runs30d'),
      sql<number>`sum(${recent} and scrape_runs.status in (${sql.join(FAILED)}))`.as('failed30d'),
      sql<string | null>`max(case when scrape_runs.status in (${sql.join(SUCCEEDED)})
        then coalesce(scrape_runs.finished_at, scrape_runs.started_at) end)`.as('lastSuccessAt'),
    ])
    .groupBy('scrape_runs.source_id');
  const postings = db
    .selectFrom('postings')
    .select([
      'postings.source_id',
      (eb) => eb.fn.countAll<number>().as('postings'),
      (eb) => eb.fn.count<number>(sql`case when postings.closed_at is null then 1 end`).as('openPostings'),
    ])
    .groupBy('postings.source_id');

  const rows = await db
    .selectFrom('sources')
    .leftJoin(runs.as('runs'), 'runs.source_id', 'sources.id')
    .leftJoin(postings.as('posts'), 'posts.source_id', 'sources.id')
    .select((eb) => {
      const latest = () =>
        eb
          .selectFrom('scrape_runs as latest')
          .whereRef('latest.source_id', '=', 'sources.id')
          .orderBy('latest.started_at', 'desc')
          .orderBy('latest.id', 'desc')
          .limit(1);
      return [
        'sources.name as source',
        'sources.type',
        latest().select('latest.started_at').as('lastRunAt'),
        latest().select('latest.status').as('lastStatus'),
        'runs.lastSuccessAt',
        'runs.runs30d',
        'runs.failed30d',
        'posts.openPostings',
        'posts.postings',
      ];
    })
    .orderBy('sources.name')
    .execute();
  return rows.map((r) => ({
    source: r.source,
    type: r.type,
    lastRunAt: r.lastRunAt ?? null,
    lastStatus: r.lastStatus ?? null,
    lastSuccessAt: r.lastSuccessAt ?? null,
    runs30d: r.runs30d ?? 0,
    failed30d: r.failed30d ?? 0,
    openPostings: r.openPostings ?? 0,
    postings: r.postings ?? 0,
  }));
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
  const day = sql<string>`substr(scrape_runs.started_at, 1, 10)`;
  const rows = await db
    .selectFrom('scrape_runs')
    .innerJoin('sources', 'sources.id', 'scrape_runs.source_id')
    .select([day.as('day'), 'sources.name as source'])
    .where(sql<SqlBool>`${day} >= ${from}`)
    .where(sql<SqlBool>`${day} <= ${to}`)
    .groupBy(['day', 'sources.id', 'sources.name'])
    .having(sql<SqlBool>`sum(scrape_runs.status in (${sql.join(FAILED)})) > 0`)
    .having(sql<SqlBool>`sum(scrape_runs.status in (${sql.join(SUCCEEDED)})) = 0`)
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
