// Whether scraping is healthy, per source, for GET /healthz: the last
// successful run, and whether the source is failing. A source is failing
// when its last three runs failed (or were interrupted), or when it has not
// succeeded for 48 hours although it has been configured that long. A source
// switched off in the config is not expected to run, so it never fails.
import { sql } from 'kysely';
import type { Db } from './connection.js';
import { lastSuccessOf } from './run-health.js';

export const FAILED_RUNS_IN_A_ROW = 3;
export const STALE_AFTER_MS = 48 * 3_600_000;

export interface SourceStatus {
  source: string;
  enabled: boolean;
  /** End of the last succeeded or partial run; null before one. */
  lastSuccessAt: string | null;
  /** Why it counts as failing; null when it does not. */
  failing: string | null;
}

export async function sourceStatuses(db: Db, now: Date): Promise<SourceStatus[]> {
  const rows = await db
    .selectFrom('sources')
    .select((eb) => [
      'sources.id',
      'sources.name as source',
      'sources.created_at as createdAt',
      sql<number>`coalesce(json_extract(sources.settings, '$.enabled'), 1)`.as('enabled'),
      lastSuccessOf(eb).as('lastSuccessAt'),
    ])
    .orderBy('sources.name')
    .execute();
  const statuses: SourceStatus[] = [];
  for (const row of rows) {
    const enabled = row.enabled !== 0;
    const recent = await db
      .selectFrom('scrape_runs')
      .select('status')
      .where('source_id', '=', row.id)
      .where('status', '!=', 'running')
      .orderBy('started_at', 'desc')
      .orderBy('id', 'desc')
      .limit(FAILED_RUNS_IN_A_ROW)
      .execute();
    const since = now.getTime() - STALE_AFTER_MS;
    let failing: string | null = null;
    if (
      enabled &&
      recent.length === FAILED_RUNS_IN_A_ROW &&
      recent.every((r) => r.status === 'failed' || r.status === 'interrupted')
    ) {
      failing = `its last ${FAILED_RUNS_IN_A_ROW} runs failed`;
    } else if (
      enabled &&
      Date.parse(row.createdAt) < since &&
      (row.lastSuccessAt === null || Date.parse(row.lastSuccessAt) < since)
    ) {
      failing =
        row.lastSuccessAt === null ? 'no successful run in 48 hours (none yet)' : 'no successful run in 48 hours';
    }
    statuses.push({ source: row.source, enabled, lastSuccessAt: row.lastSuccessAt ?? null, failing });
  }
  return statuses;
}
