// Postings search on a real migrated database, postings stored through the
// real store and enricher: filters, skills, categories, full-text queries
// (title, company, description, diacritics, prefixes), paging, and the FTS
// index following edits and deletes.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/connection.js';
import { down, up } from '../../db/migrations/20261121_0005_postings_fts.js';
import { ftsQuery, type PostingSearch, postingEvidence, searchPostings } from '../../db/postings-search.js';
import { retagAll } from '../../jobs/retag.js';
import { migratedDbWithBoards } from '../helpers/db.js';
import {
  BOARD_POSTINGS,
  boardPosting,
  G1,
  G1_LISTED,
  G2,
  G3_SALARY_LISTED,
  STORED_AT,
} from '../helpers/search-postings.js';
import { enricher, storeEnriched } from '../helpers/store.js';

/** The board's g6 here names "platform" in its description: the rank test reads it. */
const G6 = boardPosting(
  'g6',
  'Staff Software Engineer',
  'Umbrella',
  null,
  '<p>Java, Spring Boot, observability with Prometheus for our platform.</p>',
  null,
);

/**
 * The fixture, by hand (ids in store order; day = posted, else first seen):
 *   1 gh g1  Senior Backend Engineer, Acme, DE, senior, 2026-03-02; kafka, rust, postgresql; salary structured
 *   2 gh g2  Platform Engineer, Globex, CH, remote, 2026-03-10; kubernetes, terraform
 *   3 gh g3  Backend Developer, Café Müller, FR, 2026-04-05; python, django; salary from the text
 *   4 gh g4  Junior Backend Engineer, Initech, US, junior, remote, 2026-05-01; go, redis
 *   5 gh g5  Marketing Manager, Hooli, DE, 2026-03-20; kafka — not backend: never listed
 *   6 gh g6  Staff Software Engineer, Umbrella, staff, no date (first seen 2026-06-01); java, spring, … ("platform")
 *   7 lever L1  g1 cross-posted (same job, its own posting), 2026-03-03
 * Newest first: 6, 4, 3, 2, 7, 1.
 */
async function fixture() {
  const opened = await migratedDbWithBoards(STORED_AT);
  const { db, gh, lever } = opened;
  await storeEnriched(db, gh, [...BOARD_POSTINGS, G6], STORED_AT);
  await storeEnriched(
    db,
    lever,
    [{ ...G1, externalId: 'L1', postedAt: '2026-03-03T08:00:00.000Z', salary: null }],
    STORED_AT,
  );
  return opened;
}

async function ids(db: Db, search: Partial<PostingSearch>) {
  const result = await searchPostings(db, { filters: {}, limit: 100, offset: 0, ...search });
  return { total: result.total, ids: result.postings.map((p) => p.id) };
}

describe('ftsQuery', () => {
  it.each([
    ['kafka', '"kafka"'],
    ['  Kafka   Rust ', '"Kafka" AND "Rust"'],
    ['kube*', '"kube"*'],
    ['kube**', '"kube"*'],
    ['k8*', '"k8"*'],
    ['node.js*', '"node.js"*'],
    // A one-letter prefix is searched as a word: it would read nearly every indexed word.
    ['a*', '"a"'],
    ['kafka-*', '"kafka-"'],
    ['ab* cd* ef* gh* ij*', '"ab"* AND "cd"* AND "ef"* AND "gh"* AND "ij"'],
    ['say "hi"', '"say" AND """hi"""'],
    ['NEAR(a b)', '"NEAR(a" AND "b)"'],
    ['title:kafka', '"title:kafka"'],
    ['-kafka', '"-kafka"'],
    ['kafka OR rust', '"kafka" AND "OR" AND "rust"'],
    ['Zürich', '"Zürich"'],
    ['ka\u0000fka', '"ka" AND "fka"'],
    ['- * "" () ^ :', null],
    ['', null],
    ['🙂', null],
  ])('%j → %j', (text, query) => {
    expect(ftsQuery(text)).toBe(query);
  });

  it('uses at most 16 words', () => {
    expect(ftsQuery('a '.repeat(500))?.split(' AND ')).toHaveLength(16);
  });
});

describe('searchPostings', () => {
  it('lists every backend posting, newest first, a cross-posted job once per posting', async () => {
    const { db } = await fixture();
    expect(await ids(db, {})).toEqual({ total: 6, ids: [6, 4, 3, 2, 7, 1] });
  });

  it('gives each posting in the API shape, with its source, company, salary and sorted skills', async () => {
    const { db } = await fixture();
    const { postings } = await searchPostings(db, { filters: { source: ['gh'] }, limit: 100, offset: 0 });
    const byId = new Map(postings.map((p) => [p.id, p]));
    expect(byId.get(1)).toEqual(G1_LISTED);
    expect(byId.get(3)?.salary).toEqual(G3_SALARY_LISTED);
    expect(byId.get(2)).toMatchObject({
      salary: null,
      remote: 'remote',
      country: 'CH',
      skills: ['kubernetes', 'terraform'],
    });
    expect(byId.get(6)).toMatchObject({ postedAt: null, location: null, seniority: 'staff' });
  });

  it.each<[string, Partial<PostingSearch>, number[]]>([
    ['source', { filters: { source: ['lever'] } }, [7]],
    ['sources', { filters: { source: ['gh', 'lever'] } }, [6, 4, 3, 2, 7, 1]],
    ['seniority', { filters: { seniority: ['senior'] } }, [7, 1]],
    ['seniorities', { filters: { seniority: ['junior', 'staff'] } }, [6, 4]],
    ['work mode', { filters: { workMode: ['remote'] } }, [4, 2]],
    ['countries', { filters: { country: ['FR', 'CH'] } }, [3, 2]],
    // The window takes the cross-post on 3 March, not the original on 2 March.
    ['from/to', { filters: { from: '2026-03-03', to: '2026-04-30' } }, [3, 2, 7]],
    ['to only', { filters: { to: '2026-03-02' } }, [1]],
    ['from only: an undated posting counts on the day first seen', { filters: { from: '2026-05-02' } }, [6]],
    ['category', { filters: { category: ['messaging'] } }, [7, 1]],
    ['categories', { filters: { category: ['framework', 'infrastructure'] } }, [6, 3, 2]],
    ['skill', { skill: 'kafka' }, [7, 1]],
    ['skill and filter', { skill: 'kafka', filters: { source: ['gh'] } }, [1]],
    ['skill of a non-backend posting only', { skill: 'redis', filters: { country: ['DE'] } }, []],
    [
      'every filter at once',
      { q: 'engineer', skill: 'rust', filters: { seniority: ['senior'], country: ['DE'] } },
      [7, 1],
    ],
  ])('%s', async (_, search, expected) => {
    const { db } = await fixture();
    expect(await ids(db, search)).toEqual({ total: expected.length, ids: expected });
  });

  it.each<[string, number[]]>([
    ['kafka', [7, 1]],
    ['KAFKA', [7, 1]],
    ['kafka rust', [7, 1]],
    ['kafka python', []],
    ['acme', [7, 1]],
    ['globex', [2]],
    ['junior', [4]],
    ['django', [3]],
    // Diacritics fold both ways: the company is "Café Müller".
    ['muller', [3]],
    ['cafe', [3]],
    ['Müller', [3]],
    ['MÜLLER CAFÉ', [3]],
    ['kube*', [2]],
    ['kube', []],
    ['postgre*', [7, 1]],
    ['mül*', [3]],
    // Not indexed: the location.
    ['berlin', []],
    // Not listed: the matching posting is not backend.
    ['campaigns', []],
  ])('q=%j', async (q, expected) => {
    const { db } = await fixture();
    expect(await ids(db, { q })).toEqual({ total: expected.length, ids: expected });
  });

  it('ranks a title match above a description match, however new', async () => {
    const { db } = await fixture();
    // "platform": the title of 2 (10 March); the description of 6 (1 June).
    expect(await ids(db, { q: 'platform' })).toEqual({ total: 2, ids: [2, 6] });
    expect(await ids(db, { q: 'platform', limit: 1, offset: 1 })).toEqual({ total: 2, ids: [6] });
  });

  it('finds every engineer title, whatever the rank order', async () => {
    const { db } = await fixture();
    const result = await ids(db, { q: 'engineer' });
    expect(result.total).toBe(5);
    expect(result.ids.sort()).toEqual([1, 2, 4, 6, 7]);
  });

  it('pages with limit and offset; total counts every match', async () => {
    const { db } = await fixture();
    expect(await ids(db, { limit: 2 })).toEqual({ total: 6, ids: [6, 4] });
    expect(await ids(db, { limit: 2, offset: 2 })).toEqual({ total: 6, ids: [3, 2] });
    expect(await ids(db, { limit: 2, offset: 4 })).toEqual({ total: 6, ids: [7, 1] });
    expect(await ids(db, { limit: 2, offset: 6 })).toEqual({ total: 6, ids: [] });
    expect(await ids(db, { q: 'kafka', limit: 1, offset: 1 })).toEqual({ total: 2, ids: [1] });
    expect(await ids(db, { q: 'kafka', offset: 2 })).toEqual({ total: 2, ids: [] });
    expect(await ids(db, { skill: 'kafka', limit: 1, offset: 1 })).toEqual({ total: 2, ids: [1] });
    expect(await ids(db, { skill: 'kafka', offset: 2 })).toEqual({ total: 2, ids: [] });
  });

  // Without filters the listing reads kept counts and indexes (migration 0007); a window that keeps
  // every posting sends the same search down the path that counts and sorts every matching row.
  it.each<Partial<PostingSearch>>([
    {},
    { limit: 2, offset: 3 },
    { skill: 'kafka' },
    { skill: 'kafka', limit: 1, offset: 1 },
    { skill: 'redis' },
    { skill: 'unknown' },
    { q: 'engineer' },
    { q: 'engineer', limit: 2, offset: 1 },
    { q: 'engineer', skill: 'rust' },
    { q: 'platform', skill: 'terraform' },
    { q: 'campaigns', skill: 'kafka' },
    { q: 'engineer', offset: 10 },
  ])('without filters, lists what counting every row lists: %j', async (search) => {
    const { db } = await fixture();
    const everyDay = { ...search, filters: { from: '2000-01-01' } };
    expect(await searchPostings(db, { filters: {}, limit: 100, offset: 0, ...search })).toEqual(
      await searchPostings(db, { limit: 100, offset: 0, ...everyDay }),
    );
  });

  it.each([
    '"',
    '"kafka',
    'kafka"',
    '(kafka',
    'kafka)',
    'NEAR(kafka rust)',
    'NEAR("kafka" "rust", 2)',
    'title:kafka',
    '{title company}:kafka',
    '-kafka',
    '^kafka',
    'kafka AND',
    'OR',
    'NOT kafka',
    '*',
    '**kafka',
    'kafka*rust',
    '"" AND ""',
    "'; drop table postings; --",
    '\\',
    '%_',
    '\u0000kafka',
    'ka\u0000fka',
    '\ud800',
    'a\ud800b',
    '🙂 kafka',
    'Ω≈ç√∫˜µ≤≥÷',
    'ثم نفس سقطت وبالتحديد',
    'é'.repeat(1000),
    'a '.repeat(500),
    's* e* a* '.repeat(100),
    `${'kafka '.repeat(200)}`,
    'x'.repeat(1000),
  ])('never fails on hostile q %j', async (q) => {
    const { db } = await fixture();
    const result = await searchPostings(db, { q, filters: {}, limit: 20, offset: 0 });
    expect(result.total).toBe(result.postings.length);
  });

  it.each<[string, number[]]>([
    ['-kafka', [7, 1]],
    ['(kafka)', [7, 1]],
    ['"kafka"', [7, 1]],
    ['title:kafka', []],
    ['NEAR(kafka rust)', []],
    ['kafka AND rust', [7, 1]],
    ['"" -', [6, 4, 3, 2, 7, 1]],
  ])('reads FTS5 syntax in q as plain words: %j', async (q, expected) => {
    const { db } = await fixture();
    expect(await ids(db, { q })).toEqual({ total: expected.length, ids: expected });
  });
});

describe('the full-text index', () => {
  it('follows an edit: a posting is found by its new title, not its old one', async () => {
    const { db, gh } = await fixture();
    await storeEnriched(db, gh, [{ ...G2, title: 'Cloud Engineer' }], new Date('2026-06-02T03:00:00Z'));
    expect(await ids(db, { q: 'cloud' })).toEqual({ total: 1, ids: [2] });
    expect(await ids(db, { q: 'platform' })).toEqual({ total: 1, ids: [6] });
  });

  it('follows a company rename and a company removed', async () => {
    const { db } = await fixture();
    await db.updateTable('companies').set({ name: 'Globex Corporation' }).where('name', '=', 'Globex').execute();
    expect(await ids(db, { q: 'corporation' })).toEqual({ total: 1, ids: [2] });
    await db.deleteFrom('companies').where('name', '=', 'Globex Corporation').execute();
    expect(await ids(db, { q: 'globex' })).toEqual({ total: 0, ids: [] });
    expect(await ids(db, { q: 'platform' })).toEqual({ total: 2, ids: [2, 6] });
  });

  it('drops the rows of deleted postings (a source deleted cascades to its postings)', async () => {
    const { db } = await fixture();
    await db.deleteFrom('sources').where('name', '=', 'lever').execute();
    expect(await ids(db, { q: 'kafka' })).toEqual({ total: 1, ids: [1] });
    expect(await indexedRowids(db)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('holds one row per posting; a re-seen posting or a retag of the same text writes nothing to it', async () => {
    const { db, gh } = await fixture();
    const before = await indexPages(db);
    await storeEnriched(db, gh, [G1, G2], new Date('2026-06-02T03:00:00Z'));
    await retagAll({ db, enricher });
    expect(await indexPages(db)).toEqual(before);
    expect(await indexedRowids(db)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('migrating up indexes the postings already stored; down drops the table and its triggers', async () => {
    const { db, handle } = await fixture();
    await down(db);
    expect(
      handle
        .prepare("select name from sqlite_master where name like 'postings_fts%' or tbl_name = 'postings_fts'")
        .all(),
    ).toEqual([]);
    await up(db);
    expect(await ids(db, { q: 'kafka' })).toEqual({ total: 2, ids: [7, 1] });
    expect(await indexedRowids(db)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('postingEvidence', () => {
  it('gives the text that matched the skill and where, for the postings asked about that have it', async () => {
    const { db } = await fixture();
    const evidence = await postingEvidence(db, [1, 2, 7], 'kafka');
    expect([...evidence.entries()].sort(([a], [b]) => a - b)).toEqual([
      [1, { matchedText: 'Kafka', matchStart: 7, matchEnd: 12 }],
      [7, { matchedText: 'Kafka', matchStart: 7, matchEnd: 12 }],
    ]);
    expect((await postingEvidence(db, [], 'kafka')).size).toBe(0);
  });
});

async function indexedRowids(db: Db): Promise<number[]> {
  const rows = await db.selectFrom('postings_fts').select('rowid').orderBy('rowid').execute();
  return rows.map((r) => r.rowid);
}

/** The index's own pages (its structure record changes on every write). */
async function indexPages(db: Db) {
  const { rows } = await sql<{
    id: number;
    block: Uint8Array;
  }>`select id, block from postings_fts_data order by id`.execute(db);
  return rows;
}
