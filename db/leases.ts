// Run leases (migration 0009): at most one run per source at a time, across
// every process on the database. Taking a lease is one statement (an upsert
// that replaces only a lapsed lease), so two processes asking at once cannot
// both win. A live run renews its lease well before it lapses; a run killed
// without a word leaves a lease that lapses by itself, and the runs it left
// 'running' are marked interrupted by the next process that starts. A lease
// held by a process of this host that no longer exists (kill -9) counts as
// lapsed at once: the next run need not wait out LEASE_MS.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { type SqlBool, sql } from 'kysely';
import type { Db } from './connection.js';

/** How long a lease lasts without renewal. */
export const LEASE_MS = 60_000;
/** How often a live run renews it: well inside LEASE_MS, so a slow event loop does not lose it. */
export const RENEW_MS = LEASE_MS / 4;

/** Who holds a lease: this host and process, and a random part (two schedulers in one process differ). */
export function leaseHolder(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

const expiry = (now: Date, ms: number) => new Date(now.getTime() + ms).toISOString();

/** The process a holder names, when it is one of this host's; null for any other holder. */
function localPid(holder: string): number | null {
  const parts = holder.split(':');
  if (parts.length < 3) return null;
  const pid = Number(parts.at(-2));
  const host = parts.slice(0, -2).join(':');
  return host === hostname() && Number.isInteger(pid) && pid > 0 ? pid : null;
}

/** False only when this host has no process with that id (a reused id reads as alive: the lease then lapses by time). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/** Drops the leases whose holder was a process of this host that is gone; returns their source ids. */
export async function dropDeadLeases(db: Db): Promise<number[]> {
  const leases = await db.selectFrom('run_leases').select(['source_id', 'holder']).execute();
  const dead = leases.filter((l) => {
    const pid = localPid(l.holder);
    return pid !== null && pid !== process.pid && !isAlive(pid);
  });
  for (const lease of dead) {
    // Only that holder's row: a live run may have taken the lease meanwhile.
    await releaseLease(db, lease.source_id, lease.holder);
  }
  return dead.map((l) => l.source_id);
}

/** Takes the source's lease for holder unless another holder's lease is still current. */
export async function acquireLease(
  db: Db,
  sourceId: number,
  holder: string,
  now: Date,
  ms = LEASE_MS,
): Promise<boolean> {
  await dropDeadLeases(db);
  const result = await db
    .insertInto('run_leases')
    .values({ source_id: sourceId, holder, expires_at: expiry(now, ms) })
    .onConflict((oc) =>
      oc
        .column('source_id')
        .doUpdateSet({ holder, expires_at: expiry(now, ms) })
        .where(sql<SqlBool>`run_leases.expires_at <= ${now.toISOString()} or run_leases.holder = ${holder}`),
    )
    .executeTakeFirst();
  return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
}

/** Extends holder's lease; false when it no longer holds it (it lapsed and another run took it). */
export async function renewLease(db: Db, sourceId: number, holder: string, now: Date, ms = LEASE_MS): Promise<boolean> {
  const result = await db
    .updateTable('run_leases')
    .set({ expires_at: expiry(now, ms) })
    .where('source_id', '=', sourceId)
    .where('holder', '=', holder)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function releaseLease(db: Db, sourceId: number, holder: string): Promise<void> {
  await db.deleteFrom('run_leases').where('source_id', '=', sourceId).where('holder', '=', holder).execute();
}

/** Marks runs still 'running' interrupted (their process stopped without a word); returns their ids. */
function interruptRuns(db: Db, now: Date) {
  return db
    .updateTable('scrape_runs')
    .set({ status: 'interrupted', finished_at: now.toISOString(), error: 'the process running it stopped' })
    .where('status', '=', 'running')
    .returning('id');
}

/**
 * Runs left 'running' by a process that died (no current lease on their
 * source, or one held by a process of this host that is gone) are marked
 * interrupted; returns their ids. A run whose source is
 * leased by a live process is left alone: it is still going.
 */
export async function markAbandonedRuns(db: Db, now: Date): Promise<number[]> {
  await dropDeadLeases(db);
  const rows = await interruptRuns(db, now)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('run_leases')
            .select('run_leases.source_id')
            .whereRef('run_leases.source_id', '=', 'scrape_runs.source_id')
            .where('run_leases.expires_at', '>', now.toISOString()),
        ),
      ),
    )
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Runs of a source left 'running', marked interrupted by the process that
 * has just taken the source's lease: holding it, it knows none of them is
 * still going (their process died, and its lease lapsed). Returns their ids.
 */
export async function interruptLeftoverRuns(db: Db, sourceId: number, now: Date): Promise<number[]> {
  const rows = await interruptRuns(db, now).where('source_id', '=', sourceId).execute();
  return rows.map((r) => r.id);
}
