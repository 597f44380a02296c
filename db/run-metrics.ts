// What /metrics reports of the scrapes, read from the run records, so runs
// of every process count (`skillpulse scrape` from cron, `schedule`, `serve
// --schedule`), and a restart loses nothing. Runs still going are left out
// until they end.
import { sql } from 'kysely';
import type { Db } from './connection.js';
import type { RunStatus } from './schema.js';

export interface RunTotals {
  source: string;
  status: Exclude<RunStatus, 'running'>;
  runs: number;
  postingsNew: number;
  postingsUpdated: number;
  postingsClosed: number;
  /** Pages and postings that failed inside the runs. */
  failed: number;
}

/** Ended runs and what they stored, per source and final status. */
export async function runTotals(db: Db): Promise<RunTotals[]> {
  const rows = await db
    .selectFrom('scrape_runs as run')
    .innerJoin('sources', 'sources.id', 'run.source_id')
    .where('run.status', '!=', 'running')
    .groupBy(['sources.name', 'run.status'])
    .select((eb) => [
      'sources.name as source',
      'run.status',
      eb.fn.countAll<number>().as('runs'),
      eb.fn.sum<number>('run.postings_new').as('postingsNew'),
      eb.fn.sum<number>('run.postings_updated').as('postingsUpdated'),
      eb.fn.sum<number>('run.postings_closed').as('postingsClosed'),
      eb.fn.sum<number>('run.postings_failed').as('failed'),
    ])
    .orderBy('sources.name')
    .orderBy('run.status')
    .execute();
  return rows.map((r) => ({ ...r, status: r.status as RunTotals['status'] }));
}

/** Each ended run's wall time in seconds, by source (a run that never recorded its end is left out). */
export async function runDurations(db: Db): Promise<Array<{ source: string; seconds: number }>> {
  return db
    .selectFrom('scrape_runs as run')
    .innerJoin('sources', 'sources.id', 'run.source_id')
    .where('run.status', '!=', 'running')
    .where('run.finished_at', 'is not', null)
    .select([
      'sources.name as source',
      // To the millisecond the times are written in: julianday's fraction of a day would add float noise.
      sql<number>`max(0, round(unixepoch(run.finished_at, 'subsec') - unixepoch(run.started_at, 'subsec'), 3))`.as(
        'seconds',
      ),
    ])
    .execute();
}
