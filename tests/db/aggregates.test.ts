import { describe, expect, it } from 'vitest';
import { rebuildTrendCounts } from '../../db/aggregates.js';
import type { Db } from '../../db/connection.js';
import { jobCounts, windowJobCounts } from '../../db/job-counts.js';
import { migrateToLatest } from '../../db/migrate.js';
import { ensureSource } from '../../db/sources.js';
import type { NormalizedPosting } from '../../src/posting.js';
import type { Granularity } from '../../src/stats/periods.js';
import { type KeyCounts, type WindowCounts, windowCounts } from '../../src/trends/summary.js';
import { countWindow } from '../../src/trends/window.js';
import { migratedDbWithSkills } from '../helpers/db.js';
import { posting as normalized, storeEnriched } from '../helpers/store.js';

const NOW = new Date('2026-05-01T03:00:00Z');

const posting = (externalId: string, overrides: Partial<NormalizedPosting>) =>
  normalized(externalId, {
    title: 'Senior Backend Engineer',
    company: 'Acme Payments',
    description: '<p>Rust and Kafka.</p>',
    postedAt: '2026-03-10T09:00:00.000Z',
    ...overrides,
  });

/** One scrape at NOW. */
const store = (db: Db, sourceId: number, postings: NormalizedPosting[]) => storeEnriched(db, sourceId, postings, NOW);

/** Jobs per month and skill ('' = all backend jobs); `keyed` adds the group and AI-class keys. */
async function months(db: Db, keyed = false): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('skill_period_jobs')
    .select(['period', 'skill_id', 'jobs'])
    .where('granularity', '=', 'month')
    .where('skill_id', keyed ? 'like' : 'not like', '%:%')
    .execute();
  return Object.fromEntries(rows.map((r) => [`${r.period} ${r.skill_id || '*'}`, Number(r.jobs)]));
}

async function table(db: Db) {
  return db.selectFrom('skill_period_jobs').selectAll().orderBy(['granularity', 'skill_id', 'period']).execute();
}

async function setup() {
  const { db } = await migratedDbWithSkills();
  const a = await ensureSource(db, { name: 'acme-gh', type: 'greenhouse', settings: {} }, NOW);
  const b = await ensureSource(db, { name: 'acme-lever', type: 'lever', settings: {} }, NOW);
  return { db, a, b };
}

describe('trend counts kept on ingest', () => {
  it('are recounted once when opened by a build whose counting rules are newer', async () => {
    const { db, a } = await setup();
    await store(db, a, [posting('a1', { description: '<p>Kafka and RabbitMQ.</p>' })]);
    const current = await table(db);
    // As an older build left them: no group keys, an older version.
    await db.deleteFrom('skill_period_jobs').where('skill_id', 'like', 'group:%').execute();
    await db.updateTable('derived_state').set({ version: 1 }).execute();
    await migrateToLatest(db);
    expect(await table(db)).toEqual(current);
    // Current: a second open recounts nothing (a count removed by hand stays removed).
    await db.deleteFrom('skill_period_jobs').where('skill_id', 'like', 'group:%').execute();
    await migrateToLatest(db);
    expect(await months(db, true)).toEqual({});
  });

  it('counts a job once in each concept group it touches, and in its AI class', async () => {
    const { db, a } = await setup();
    await store(db, a, [
      // Kafka and RabbitMQ are both event-driven: the group counts the job once.
      posting('a1', { description: '<p>Kafka and RabbitMQ.</p>' }),
      posting('a2', {
        title: 'Backend Engineer, LLM platform',
        company: 'Globex',
        description: '<p>You will build LLM-powered services with RAG pipelines and vector databases.</p>',
      }),
    ]);
    const keyed = await months(db, true);
    expect(keyed['2026-03 group:event-driven']).toBe(1);
    const aiClass = await db
      .selectFrom('postings')
      .select('ai_class')
      .where('external_id', '=', 'a2')
      .executeTakeFirst();
    expect(aiClass?.ai_class).toBe('building');
    expect(keyed['2026-03 ai:building']).toBe(1);
    expect(keyed['2026-03 group:ai']).toBe(1);
    const before = await table(db);
    await rebuildTrendCounts(db);
    expect(await table(db)).toEqual(before);
  });

  it('counts each job once, in its month and ISO week, with its skills', async () => {
    const { db, a, b } = await setup();
    await store(db, a, [
      posting('a1', {}),
      posting('a2', {
        title: 'Platform Engineer',
        company: 'Globex',
        description: '<p>Kubernetes and Terraform.</p>',
        postedAt: '2026-03-20T00:00:00Z',
      }),
      posting('a3', { title: 'Backend Engineer', company: 'Initech', postedAt: '2026-04-02T00:00:00Z' }),
    ]);
    // The same Acme job on a second board, a day later: one job still.
    await store(db, b, [posting('b1', { postedAt: '2026-03-11T00:00:00Z' })]);
    expect(await months(db)).toEqual({
      '2026-03 *': 2,
      '2026-03 rust': 1,
      '2026-03 kafka': 1,
      '2026-03 kubernetes': 1,
      '2026-03 terraform': 1,
      '2026-04 *': 1,
      '2026-04 rust': 1,
      '2026-04 kafka': 1,
    });
    const weeks = await db
      .selectFrom('skill_period_jobs')
      .select(['period', 'jobs'])
      .where('granularity', '=', 'week')
      .where('skill_id', '=', '')
      .orderBy('period')
      .execute();
    // 10 March 2026 is in ISO week 11, 20 March in week 12, 2 April in week 14.
    expect(weeks.map((w) => [w.period, w.jobs])).toEqual([
      ['2026-W11', 1],
      ['2026-W12', 1],
      ['2026-W14', 1],
    ]);
    // Counted from the new postings in hand, as a recount from the rows counts them.
    const kept = await table(db);
    await rebuildTrendCounts(db);
    expect(await table(db)).toEqual(kept);
  });

  it('counts a job posted twice in one batch once, and a posting that is not backend not at all', async () => {
    const { db, a } = await setup();
    const repost = posting('a2', { postedAt: '2026-03-12T00:00:00Z', description: '<p>Rust, Kafka and Redis.</p>' });
    const notBackend = posting('a3', { title: 'Account Executive', company: 'Initech', description: '<p>Sales.</p>' });
    await store(db, a, [posting('a1', {}), repost, notBackend]);
    expect(await months(db)).toEqual({ '2026-03 *': 1, '2026-03 rust': 1, '2026-03 kafka': 1 });
    const kept = await table(db);
    await rebuildTrendCounts(db);
    expect(await table(db)).toEqual(kept);
  });

  it('moves counts when a posting is edited, and agrees with a full recount', async () => {
    const { db, a, b } = await setup();
    await store(db, a, [
      posting('a1', {}),
      posting('a3', { title: 'Backend Engineer', company: 'Initech', postedAt: '2026-04-02T00:00:00Z' }),
    ]);
    await store(db, b, [posting('b1', { postedAt: '2026-03-11T00:00:00Z' })]);
    // Initech's posting now asks for Redis instead of Kafka, and moved to May.
    await store(db, a, [
      posting('a3', {
        title: 'Backend Engineer',
        company: 'Initech',
        description: '<p>Rust and Redis.</p>',
        postedAt: '2026-05-04T00:00:00Z',
      }),
    ]);
    // The Acme posting on the first board is renamed: it leaves the group, the second board's copy is the job.
    await store(db, a, [posting('a1', { title: 'Staff Data Engineer', description: '<p>Rust and Spark.</p>' })]);
    expect(await months(db)).toEqual({
      '2026-03 *': 2,
      '2026-03 rust': 2,
      '2026-03 kafka': 1,
      '2026-03 spark': 1,
      '2026-05 *': 1,
      '2026-05 rust': 1,
      '2026-05 redis': 1,
    });
    const kept = await table(db);
    await rebuildTrendCounts(db, 1);
    expect(await table(db)).toEqual(kept);
  });
});

describe('window counts read from the kept counts', () => {
  const keys = ['rust', 'kafka', 'kubernetes', 'terraform', 'redis', 'go'];

  /** Every key's counts, a key the read left out as zeros. */
  const dense = (counts: WindowCounts) => ({
    lastPeriod: counts.lastPeriod,
    previousPeriod: counts.previousPeriod,
    keys: Object.fromEntries(
      ['', ...keys].map((k): [string, KeyCounts] => [k, counts.keys.get(k) ?? { window: 0, last: 0, previous: 0 }]),
    ),
  });

  async function counted() {
    const { db, a, b } = await setup();
    await store(db, a, [
      posting('a1', {}),
      posting('a2', {
        title: 'Platform Engineer',
        company: 'Globex',
        description: '<p>Kubernetes and Terraform.</p>',
        postedAt: '2026-03-30T00:00:00Z',
      }),
      posting('a3', { company: 'Initech', description: '<p>Rust.</p>', postedAt: '2026-04-02T00:00:00Z' }),
      posting('a4', { company: 'Hooli', description: '<p>Kafka and Redis.</p>', postedAt: '2026-05-04T00:00:00Z' }),
      posting('a5', { title: 'Account Executive', company: 'Initech', description: '<p>Sales.</p>' }),
    ]);
    // The same Acme job on a second board: one job still.
    await store(db, b, [posting('b1', { postedAt: '2026-03-11T00:00:00Z' })]);
    return db;
  }

  it('sums the window and reads its last two periods, as summed from the rows', async () => {
    const db = await counted();
    const whole = await windowJobCounts(db, { ...window('month', '2026-03-01', '2026-05-31'), keys });
    expect(dense(whole)).toMatchObject({
      lastPeriod: '2026-05',
      previousPeriod: '2026-04',
      keys: {
        '': { window: 4, last: 1, previous: 1 },
        rust: { window: 2, last: 0, previous: 1 },
        kafka: { window: 2, last: 1, previous: 0 },
        kubernetes: { window: 1, last: 0, previous: 0 },
        go: { window: 0, last: 0, previous: 0 },
      },
    });
  });

  it.each([
    ['every month', 'month', '2026-03-01', '2026-05-31'],
    ['one month', 'month', '2026-04-10', '2026-04-20'],
    ['months past the data', 'month', '2026-04-01', '2026-07-31'],
    ['months before the data', 'month', '2025-01-01', '2025-02-28'],
    ['every week', 'week', '2026-03-01', '2026-05-31'],
    ['weeks cut mid-data', 'week', '2026-03-11', '2026-04-05'],
    ['one week', 'week', '2026-03-30', '2026-03-30'],
  ] as const)('agree with counting rows and with jobCounts: %s', async (_, granularity, from, to) => {
    const db = await counted();
    const asked = window(granularity, from, to);
    const kept = dense(await windowJobCounts(db, { ...asked, keys }));
    expect(dense(await windowJobCounts(db, { ...asked, keys, counting: 'rows' }))).toEqual(kept);
    expect(dense(windowCounts(keys, asked.periods, await jobCounts(db, { ...asked, keys })))).toEqual(kept);
  });
});

/** A count request for whole periods covering from..to, unfiltered, from the kept counts. */
function window(granularity: Granularity, from: string, to: string) {
  const counted = countWindow({ from, to }, null, granularity);
  if (!counted) throw new Error('no window');
  return { ...counted, filters: {}, counting: 'aggregates' as const };
}
