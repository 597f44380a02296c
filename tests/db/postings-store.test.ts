// The store on a real migrated database: duplicate keys across sources and
// reposts, content hashes, closing and reopening.
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/connection.js';
import { closeUnseen, REPOST_WINDOW_DAYS } from '../../db/postings-store.js';
import { ensureSource } from '../../db/sources.js';
import type { NormalizedPosting } from '../../src/posting.js';
import { migratedDbWithSkills } from '../helpers/db.js';
import { posting as normalized, storeEnriched } from '../helpers/store.js';

const NOW = new Date('2026-11-21T03:00:00Z');

const posting = (externalId: string, overrides: Partial<NormalizedPosting> = {}) =>
  normalized(externalId, {
    title: 'Senior Backend Engineer',
    company: 'Acme Payments, Inc.',
    description: '<p>Go, PostgreSQL and Kafka on Kubernetes.</p>',
    postedAt: '2026-10-01T00:00:00.000Z',
    ...overrides,
  });

const store = (db: Db, sourceId: number, postings: NormalizedPosting[], now = NOW) =>
  storeEnriched(db, sourceId, postings, now);

async function setup() {
  const { db } = await migratedDbWithSkills();
  const greenhouse = await ensureSource(db, { name: 'acme-gh', type: 'greenhouse', settings: {} }, NOW);
  const lever = await ensureSource(db, { name: 'acme-lever', type: 'lever', settings: {} }, NOW);
  const keys = async () =>
    Object.fromEntries(
      (await db.selectFrom('postings').select(['external_id', 'duplicate_key']).execute()).map((r) => [
        r.external_id,
        r.duplicate_key,
      ]),
    );
  return { db, greenhouse, lever, keys };
}

describe('storePostings', () => {
  it('gives one duplicate key to the same job on two sources, however each writes the company', async () => {
    const { db, greenhouse, lever, keys } = await setup();
    await store(db, greenhouse, [posting('gh-1')]);
    await store(db, lever, [
      posting('lv-1', { company: 'ACME PAYMENTS', location: 'Berlin, DE', postedAt: '2026-10-03T00:00:00.000Z' }),
    ]);
    await store(db, lever, [posting('lv-2', { title: 'Staff Backend Engineer' })]);
    const k = await keys();
    expect(k['lv-1']).toBe(k['gh-1']);
    expect(k['lv-2']).not.toBe(k['gh-1']);
  });

  it(`merges a repost under a new id within ${REPOST_WINDOW_DAYS} days, not one posted later`, async () => {
    const { db, greenhouse, keys } = await setup();
    await store(db, greenhouse, [posting('old')]);
    await store(db, greenhouse, [posting('repost', { postedAt: '2026-11-20T00:00:00.000Z' })]); // 50 days on
    await store(db, greenhouse, [posting('next-year', { postedAt: '2027-06-01T00:00:00.000Z' })]);
    const k = await keys();
    expect(k.repost).toBe(k.old);
    expect(k['next-year']).not.toBe(k.old);
  });

  it('never overwrites a stored description with an empty one', async () => {
    const { db, greenhouse } = await setup();
    await store(db, greenhouse, [posting('1')]);
    const later = new Date(NOW.getTime() + 86_400_000);
    expect(await store(db, greenhouse, [posting('1', { description: ' <p> </p> ' })], later)).toEqual({
      new: 0,
      updated: 0,
      unchanged: 1,
    });
    const row = await db.selectFrom('postings').select(['description_text', 'last_seen_at']).executeTakeFirstOrThrow();
    expect(row).toEqual({
      description_text: 'Go, PostgreSQL and Kafka on Kubernetes.',
      last_seen_at: later.toISOString(),
    });
  });

  it('never merges postings without a company', async () => {
    const { db, greenhouse, keys } = await setup();
    await store(db, greenhouse, [posting('a', { company: null }), posting('b', { company: null })]);
    const k = await keys();
    expect(k.a).not.toBe(k.b);
  });

  it('counts new, unchanged and updated by content; closes what a listing lost and reopens it', async () => {
    const { db, greenhouse } = await setup();
    expect(await store(db, greenhouse, [posting('1'), posting('2', { title: 'Platform Engineer' })])).toEqual({
      new: 2,
      updated: 0,
      unchanged: 0,
    });
    const later = new Date(NOW.getTime() + 86_400_000);
    expect(await store(db, greenhouse, [posting('1')], later)).toEqual({ new: 0, updated: 0, unchanged: 1 });
    expect(await closeUnseen(db, greenhouse, later, later)).toBe(1);
    const closed = await db
      .selectFrom('postings')
      .select(['external_id', 'closed_at'])
      .orderBy('external_id')
      .execute();
    expect(closed).toEqual([
      { external_id: '1', closed_at: null },
      { external_id: '2', closed_at: later.toISOString() },
    ]);
    const again = new Date(later.getTime() + 86_400_000);
    expect(await store(db, greenhouse, [posting('2', { title: 'Platform Engineer' })], again)).toEqual({
      new: 0,
      updated: 1,
      unchanged: 0,
    });
    const reopened = await db
      .selectFrom('postings')
      .select(['closed_at', 'first_seen_at', 'last_seen_at'])
      .where('external_id', '=', '2')
      .executeTakeFirstOrThrow();
    expect(reopened).toEqual({ closed_at: null, first_seen_at: NOW.toISOString(), last_seen_at: again.toISOString() });
    expect(await store(db, greenhouse, [posting('1', { description: '<p>Now Rust too.</p>' })], again)).toEqual({
      new: 0,
      updated: 1,
      unchanged: 0,
    });
    const skills = await db
      .selectFrom('posting_skills')
      .innerJoin('postings', 'postings.id', 'posting_skills.posting_id')
      .select('skill_id')
      .where('external_id', '=', '1')
      .execute();
    expect(skills.map((s) => s.skill_id)).toEqual(['rust']);
  });

  it('stores a batch of any size whole, each posting with its own skills (inserts split into chunks)', async () => {
    const { db, greenhouse } = await setup();
    // 301 postings give a remainder of 45 postings and an uneven number of skill rows.
    const stack = ['Rust', 'Kafka', 'PostgreSQL', 'Redis', 'Terraform', 'Kubernetes', 'Elasticsearch'];
    const postings = Array.from({ length: 301 }, (_, i) =>
      posting(`p${i}`, {
        title: `Backend Engineer ${i}`,
        description: `<p>${stack.slice(0, 1 + (i % stack.length)).join(', ')}.</p>`,
      }),
    );
    expect(await store(db, greenhouse, postings)).toEqual({ new: 301, updated: 0, unchanged: 0 });
    const rows = await db
      .selectFrom('posting_skills')
      .innerJoin('postings', 'postings.id', 'posting_skills.posting_id')
      .select(['external_id', 'title'])
      .select((eb) => eb.fn.countAll<number>().as('skills'))
      .groupBy(['external_id', 'title'])
      .execute();
    expect(rows).toHaveLength(301);
    for (const row of rows) {
      const i = Number(row.external_id.slice(1));
      expect(row.title).toBe(`Backend Engineer ${i}`);
      expect(row.skills).toBe(1 + (i % stack.length));
    }
  });

  it('tells a field that is null from one that says "null" (the content hash)', async () => {
    const { db, greenhouse } = await setup();
    await store(db, greenhouse, [posting('1', { location: null })]);
    expect(await store(db, greenhouse, [posting('1', { location: 'null' })])).toEqual({
      new: 0,
      updated: 1,
      unchanged: 0,
    });
  });
});
