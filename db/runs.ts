// Scrape runs: one row per run of one source, with what it found.
import type { Db } from './connection.js';
import type { RunStatus, RunTrigger, ScrapeRun } from './schema.js';

export interface RunCounts {
  pagesFetched: number;
  new: number;
  updated: number;
  unchanged: number;
  closed: number;
  skipped: number;
  failed: number;
  /** Skipped postings by reason ("not-backend", "unlisted" …). */
  skipReasons: Record<string, number>;
  /** Failed pages and postings by reason ("http-500", "malformed-json" …). */
  failureReasons: Record<string, number>;
}

export function emptyCounts(): RunCounts {
  return {
    pagesFetched: 0,
    new: 0,
    updated: 0,
    unchanged: 0,
    closed: 0,
    skipped: 0,
    failed: 0,
    skipReasons: {},
    failureReasons: {},
  };
}

export async function startRun(db: Db, sourceId: number, trigger: RunTrigger, now: Date): Promise<number> {
  const row = await db
    .insertInto('scrape_runs')
    .values({ source_id: sourceId, trigger, status: 'running', started_at: now.toISOString() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

function countColumns(counts: RunCounts) {
  return {
    pages_fetched: counts.pagesFetched,
    postings_new: counts.new,
    postings_updated: counts.updated,
    postings_unchanged: counts.unchanged,
    postings_closed: counts.closed,
    postings_skipped: counts.skipped,
    postings_failed: counts.failed,
    skip_reasons: JSON.stringify(counts.skipReasons),
    failure_reasons: JSON.stringify(counts.failureReasons),
  };
}

/** The counts a row holds: countColumns read back. */
export function countsOf(row: ScrapeRun): RunCounts {
  return {
    pagesFetched: row.pages_fetched,
    new: row.postings_new,
    updated: row.postings_updated,
    unchanged: row.postings_unchanged,
    closed: row.postings_closed,
    skipped: row.postings_skipped,
    failed: row.postings_failed,
    skipReasons: reasons(row.skip_reasons),
    failureReasons: reasons(row.failure_reasons),
  };
}

/** A stored `{ reason: count }` document; anything else reads as no reasons rather than failing the page. */
function reasons(text: string): Record<string, number> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
  return Object.fromEntries(
    Object.entries(parsed).filter((entry): entry is [string, number] => typeof entry[1] === 'number'),
  );
}

/** Saves the counts so far (after each stored batch), so a run that dies still shows what it did. */
export async function saveRunProgress(db: Db, runId: number, counts: RunCounts): Promise<void> {
  await db.updateTable('scrape_runs').set(countColumns(counts)).where('id', '=', runId).execute();
}

export async function finishRun(
  db: Db,
  runId: number,
  outcome: { status: RunStatus; counts: RunCounts; error?: string | null },
  now: Date,
): Promise<void> {
  await db
    .updateTable('scrape_runs')
    .set({
      ...countColumns(outcome.counts),
      status: outcome.status,
      finished_at: now.toISOString(),
      error: outcome.error ?? null,
    })
    .where('id', '=', runId)
    .execute();
}
