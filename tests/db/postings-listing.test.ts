// The unfiltered postings listing reads indexes and kept counts (migration
// 0007) instead of every matching row: checked here against the listing's
// definition counted from the rows, on a generated market with ties on day
// and on rank, rare and common skills and postings that are not backend; and
// the kept counts followed through every kind of write.
import { type RawBuilder, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/connection.js';
import { down, up } from '../../db/migrations/20261121_0007_postings_listing.js';
import { ftsQuery, searchPostings } from '../../db/postings-search.js';
import { syncTaxonomy } from '../../db/skills.js';
import { retagAll } from '../../jobs/retag.js';
import { pick, seededRandom } from '../../sample/random.js';
import type { NormalizedPosting } from '../../src/posting.js';
import { migratedDbWithBoards } from '../helpers/db.js';
import { enricher, posting, storeEnriched } from '../helpers/store.js';

const TITLES = ['Backend Engineer', 'Senior Backend Engineer', 'Platform Engineer', 'Marketing Manager'];
const COMPANIES = ['Acme', 'Globex', 'Initech'];
/** Each skill's chance to be in a description: common ones, and rare ones (a few postings in all). */
const WORDS: ReadonlyArray<[string, number]> = [
  ['Kafka', 0.6],
  ['Python', 0.4],
  ['Rust', 0.15],
  ['Terraform', 0.08],
  ['Redis', 0.02],
];
/** Two times on one day (listed by day, then id, not by time), and no date (the day first seen). */
const POSTED = ['2026-03-01T08:00:00.000Z', '2026-03-01T20:00:00.000Z', '2026-03-02T10:00:00.000Z', null];

/** Few titles, companies and descriptions: many postings share a text, so they tie on rank too. */
function market(seed: number, prefix: string, count: number): NormalizedPosting[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const words = WORDS.filter(([, chance]) => random() < chance).map(([word]) => word);
    return posting(`${prefix}${i}`, {
      title: pick(random, TITLES),
      company: pick(random, COMPANIES),
      description: `<p>We build with ${words.length > 0 ? words.join(' and ') : 'Java'}.</p>`,
      postedAt: pick(random, POSTED),
    });
  });
}

/** Three scrapes on two boards, a day apart: undated postings count on three different days. */
async function fixture() {
  const opened = await migratedDbWithBoards(new Date('2026-06-01T03:00:00Z'));
  const { db, gh, lever } = opened;
  await storeEnriched(db, gh, market(1, 'g', 70), new Date('2026-06-01T03:00:00Z'));
  await storeEnriched(db, lever, market(2, 'l', 70), new Date('2026-06-02T03:00:00Z'));
  await storeEnriched(db, gh, market(3, 'h', 40), new Date('2026-06-03T03:00:00Z'));
  return opened;
}

interface Search {
  q?: string;
  skill?: string;
  limit: number;
  offset: number;
}

/** The listing as defined, every matching row read: backend postings, [best match,] newest day, highest id. */
async function counted(db: Db, search: Search) {
  const match = search.q === undefined ? null : ftsQuery(search.q);
  const conditions: RawBuilder<unknown>[] = [sql`postings.is_backend = 1`];
  if (search.skill !== undefined) {
    conditions.push(sql`postings.id in (select posting_id from posting_skills where skill_id = ${search.skill})`);
  }
  if (match !== null) conditions.push(sql`postings_fts match ${match}`);
  const from = match === null ? sql`postings` : sql`postings join postings_fts on postings_fts.rowid = postings.id`;
  const where = sql.join(conditions, sql` and `);
  const rank = match === null ? sql`` : sql`bm25(postings_fts, 10.0, 5.0, 1.0),`;
  const [count] = (await sql<{ total: number }>`select count(*) as total from ${from} where ${where}`.execute(db)).rows;
  const { rows } = await sql<{ id: number }>`select postings.id from ${from} where ${where}
    order by ${rank} substr(coalesce(postings.posted_at, postings.first_seen_at), 1, 10) desc, postings.id desc
    limit ${search.limit} offset ${search.offset}`.execute(db);
  return { total: count?.total, ids: rows.map((r) => r.id) };
}

async function listed(db: Db, search: Search) {
  const result = await searchPostings(db, { ...search, filters: {} });
  return { total: result.total, ids: result.postings.map((p) => p.id) };
}

/** The kept counts that are not 0, and the same counted from the rows. */
async function keptAndCounted(db: Db) {
  const kept = await db
    .selectFrom('skill_postings')
    .select(['skill_id', 'postings'])
    .where('postings', '>', 0)
    .orderBy('skill_id')
    .execute();
  const { rows } = await sql<{ skill_id: string; postings: number }>`
    select '' as skill_id, count(*) as postings from postings where is_backend = 1
    union all
    select skill_id, count(*) from posting_skills join postings on postings.id = posting_skills.posting_id
      where postings.is_backend = 1 group by skill_id
    order by skill_id`.execute(db);
  return { kept, counted: rows.filter((r) => r.postings > 0) };
}

describe('the unfiltered listing', () => {
  it('lists the postings, their order and the total that counting every row gives', async () => {
    const { db } = await fixture();
    const { kept } = await keptAndCounted(db);
    const count = (id: string) => kept.find((k) => k.skill_id === id)?.postings ?? 0;
    // Both ways to find a skill's postings are taken: redis is on few postings, kafka on most.
    expect(count('redis')).toBeGreaterThan(0);
    expect(count('redis')).toBeLessThan(count('') / 20);
    expect(count('kafka')).toBeGreaterThan(count('') / 2);
    expect(count('')).toBeLessThan(180);
    for (const skill of [undefined, 'kafka', 'python', 'rust', 'terraform', 'redis', 'haskell']) {
      for (const q of [undefined, 'engineer', 'kafka', 'acme', 'backend engineer', 'marketing', 'nothing']) {
        for (const [limit, offset] of [
          [1, 0],
          [3, 0],
          [3, 2],
          [20, 0],
          [7, 13],
          [20, 40],
          [20, 500],
        ] as const) {
          const search = { ...(skill && { skill }), ...(q && { q }), limit, offset };
          expect({ search, ...(await listed(db, search)) }).toEqual({ search, ...(await counted(db, search)) });
        }
      }
    }
  });
});

describe('the kept counts of backend postings per skill', () => {
  it('are counted when migrated up and follow every write to postings and their skills', async () => {
    const { db, handle, gh, lever } = await fixture();
    const same = async () => {
      const { kept, counted } = await keptAndCounted(db);
      expect(kept).toEqual(counted);
    };
    await same();

    // Edited: skills replaced, backend postings becoming not backend and back.
    const edited = market(1, 'g', 30).map((p, i) => ({
      ...p,
      title: i % 2 === 0 ? 'Marketing Manager' : 'Backend Engineer',
      description: `<p>Now ${i % 3 === 0 ? 'Go and Redis' : 'Kafka'}.</p>`,
    }));
    await storeEnriched(db, gh, edited, new Date('2026-06-04T03:00:00Z'));
    await same();

    await db.updateTable('postings').set({ is_backend: 0 }).where(sql<boolean>`id % 5 = 0`).execute();
    await db.updateTable('postings').set({ is_backend: 1 }).where(sql<boolean>`id % 7 = 0`).execute();
    await same();

    const unused = await db
      .selectFrom('skills')
      .select('id')
      .where('id', 'not in', db.selectFrom('posting_skills').select('skill_id'))
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await db.updateTable('posting_skills').set({ skill_id: unused.id }).where('skill_id', '=', 'terraform').execute();
    await db.updateTable('posting_skills').set({ posting_id: 2 }).where('posting_id', '=', 1).execute();
    await db.deleteFrom('posting_skills').where('skill_id', '=', 'rust').execute();
    await same();

    // Cascades: a board's postings, a skill dropped from the taxonomy.
    await db.deleteFrom('postings').where('id', 'in', [3, 4]).execute();
    await db.deleteFrom('sources').where('id', '=', lever).execute();
    await db.deleteFrom('skills').where('id', '=', 'python').execute();
    await same();

    await syncTaxonomy(db);
    await retagAll({ db, enricher });
    await same();

    // A bulk load with foreign keys off may write a posting's links before the posting.
    handle.pragma('foreign_keys = OFF');
    await db
      .insertInto('posting_skills')
      .values({ posting_id: 1000, skill_id: 'kafka', requirement: 'required', matched_text: 'Kafka' })
      .execute();
    await same();
    await sql`insert into postings (id, source_id, external_id, title, description_text, first_seen_at, last_seen_at,
      content_hash, duplicate_key, taxonomy_version)
      values (1000, ${gh}, 'bulk', 'Backend Engineer', 'Kafka', '2026-06-05', '2026-06-05', 'h', 'bulk', 'v')`.execute(
      db,
    );
    await same();
    handle.pragma('foreign_keys = ON');

    const before = await keptAndCounted(db);
    await down(db);
    await up(db);
    expect(await keptAndCounted(db)).toEqual(before);
  });
});
