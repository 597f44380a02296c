import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import {
  acquireLease,
  dropDeadLeases,
  interruptLeftoverRuns,
  LEASE_MS,
  leaseHolder,
  markAbandonedRuns,
  releaseLease,
  renewLease,
} from '../../db/leases.js';
import { closeAfterEach, migratedDbWithBoards } from '../helpers/db.js';
import { recordRun } from '../helpers/runs.js';

const T0 = new Date('2026-11-21T03:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const closeLater = closeAfterEach();

describe('run leases', () => {
  it('let one holder at a time run a source, and another take over once the lease lapses', async () => {
    const { db, gh, lever } = closeLater(await migratedDbWithBoards(T0));
    const [a, b] = [leaseHolder(), leaseHolder()];
    expect(a).not.toBe(b);
    expect(await acquireLease(db, gh, a, T0)).toBe(true);
    expect(await acquireLease(db, gh, b, at(1_000))).toBe(false);
    // Another source is free.
    expect(await acquireLease(db, lever, b, at(1_000))).toBe(true);
    // Renewed, a's lease outlives its first term.
    expect(await renewLease(db, gh, a, at(LEASE_MS - 1_000))).toBe(true);
    expect(await acquireLease(db, gh, b, at(LEASE_MS + 1_000))).toBe(false);
    // Not renewed (a was killed), it lapses and b takes it; a's late renewal fails.
    expect(await acquireLease(db, gh, b, at(2 * LEASE_MS))).toBe(true);
    expect(await renewLease(db, gh, a, at(2 * LEASE_MS + 1))).toBe(false);
    // Releasing someone else's lease does nothing; b's own release frees it.
    await releaseLease(db, gh, a);
    expect(await acquireLease(db, gh, a, at(2 * LEASE_MS + 2))).toBe(false);
    await releaseLease(db, gh, b);
    expect(await acquireLease(db, gh, a, at(2 * LEASE_MS + 3))).toBe(true);
  });

  it('mark runs left running by a dead process interrupted, and leave a live one alone', async () => {
    const { db, gh, lever } = closeLater(await migratedDbWithBoards(T0));
    const dead = await recordRun(db, gh, '2026-11-21T02:00:00Z', 'running', null);
    const live = await recordRun(db, lever, '2026-11-21T02:59:00Z', 'running', null);
    const done = await recordRun(db, gh, '2026-11-20T02:00:00Z', 'succeeded', 5);
    // The live run's process holds its source's lease; the dead one's lapsed long ago.
    await acquireLease(db, lever, leaseHolder(), T0);
    await acquireLease(db, gh, leaseHolder(), at(-10 * LEASE_MS));
    expect(await markAbandonedRuns(db, T0)).toEqual([dead]);
    const runs = await db.selectFrom('scrape_runs').select(['id', 'status', 'error']).orderBy('id').execute();
    expect(runs.find((r) => r.id === dead)).toMatchObject({
      status: 'interrupted',
      error: 'the process running it stopped',
    });
    expect(runs.find((r) => r.id === live)?.status).toBe('running');
    expect(runs.find((r) => r.id === done)?.status).toBe('succeeded');
    // Nothing left to mark.
    expect(await markAbandonedRuns(db, T0)).toEqual([]);
  });

  it('let the new lease holder mark the source’s leftover running runs interrupted, and only that source’s', async () => {
    const { db, gh, lever } = closeLater(await migratedDbWithBoards(T0));
    const left = await recordRun(db, gh, '2026-11-21T02:00:00Z', 'running', null);
    const other = await recordRun(db, lever, '2026-11-21T02:00:00Z', 'running', null);
    expect(await acquireLease(db, gh, leaseHolder(), T0)).toBe(true);
    expect(await interruptLeftoverRuns(db, gh, T0)).toEqual([left]);
    const statuses = await db.selectFrom('scrape_runs').select(['id', 'status']).orderBy('id').execute();
    expect(statuses).toEqual([
      { id: left, status: 'interrupted' },
      { id: other, status: 'running' },
    ]);
  });

  it('count a lease held by a process of this host that is gone as lapsed at once (kill -9), and no other', async () => {
    const { db, gh, lever } = closeLater(await migratedDbWithBoards(T0));
    // A process that has exited: its id names no process now.
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    const dead = `${hostname()}:${gone}:deadbeef`;
    const live = `${hostname()}:${process.pid}:livelive`;
    const remote = `another-host:${gone}:far0far0`;
    expect(await acquireLease(db, gh, dead, T0)).toBe(true);
    expect(await acquireLease(db, lever, live, T0)).toBe(true);
    const killed = await recordRun(db, gh, '2026-11-21T03:00:00Z', 'running', null);
    const going = await recordRun(db, lever, '2026-11-21T03:00:00Z', 'running', null);
    // Within the dead holder's term: its runs are interrupted, the live one's are not.
    expect(await markAbandonedRuns(db, at(1_000))).toEqual([killed]);
    expect(await acquireLease(db, gh, leaseHolder(), at(2_000))).toBe(true);
    expect(await acquireLease(db, lever, leaseHolder(), at(2_000))).toBe(false);
    const status = await db.selectFrom('scrape_runs').select(['id', 'status']).orderBy('id').execute();
    expect(status).toEqual([
      { id: killed, status: 'interrupted' },
      { id: going, status: 'running' },
    ]);
    // Another host's process cannot be looked up: its lease lapses by time only.
    await releaseLease(db, lever, live);
    expect(await acquireLease(db, lever, remote, at(3_000))).toBe(true);
    expect(await dropDeadLeases(db)).toEqual([]);
    expect(await acquireLease(db, lever, leaseHolder(), at(4_000))).toBe(false);
  });
});
