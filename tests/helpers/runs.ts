// Scrape runs recorded through db/runs.ts, as a scheduled scrape records them.
import type { Db } from '../../db/connection.js';
import { type RunCounts, emptyCounts, finishRun, startRun } from '../../db/runs.js';
import type { RunStatus } from '../../db/schema.js';

/** A run started at `start`, ended `minutes` later with `status` (still running when minutes is null). */
export async function recordRun(
  db: Db,
  sourceId: number,
  start: string,
  status: RunStatus,
  minutes: number | null,
  extra: { counts?: Partial<RunCounts>; error?: string | null } = {},
): Promise<number> {
  const started = new Date(start);
  const id = await startRun(db, sourceId, 'scheduled', started);
  if (minutes === null) return id;
  const counts = { ...emptyCounts(), ...extra.counts };
  await finishRun(
    db,
    id,
    { status, counts, error: extra.error ?? null },
    new Date(started.getTime() + minutes * 60_000),
  );
  return id;
}
