// Stores scraped postings: insert new ones, move last_seen on unchanged ones,
// rewrite edited ones (content hash), reopen ones that came back, and close
// the ones a complete listing no longer has. Every SQL statement of ingest.
import { createHash } from 'node:crypto';
import { CompiledQuery, sql } from 'kysely';
import type { Enrichment } from '../src/enrich/enrich.js';
import { companyKey, identityOf } from '../src/posting-identity.js';
import type { NormalizedPosting } from '../src/posting.js';
import { looksLikeHtml } from '../src/text/html-to-text.js';
import type { Db } from './connection.js';
import { type SourceFacts, enrichmentColumns, skillRows } from './posting-enrichment.js';
import type { NewPosting, NewPostingSkill } from './schema.js';

export interface PostingToStore {
  posting: NormalizedPosting;
  enrichment: Enrichment;
}

export interface StoreOutcome {
  new: number;
  updated: number;
  unchanged: number;
}

/** Postings of one job posted this close together share a duplicate key (see duplicateKeyFor). */
export const REPOST_WINDOW_DAYS = 60;

/** Rows per multi-row statement: SQLite allows 32,766 parameters, a posting row has about 30. */
const ROWS_PER_INSERT = 256;
/** The same for skill links, 7 values a row. */
const SKILL_ROWS_PER_INSERT = 1_024;

/**
 * Stores one batch in one transaction: a run that dies keeps every batch it
 * finished. A handful of statements per batch, not per posting: existing
 * rows, companies and duplicate candidates are read with IN lists, new
 * postings and their skills written with multi-row inserts.
 */
export async function storePostings(
  db: Db,
  sourceId: number,
  items: readonly PostingToStore[],
  now: Date,
): Promise<StoreOutcome> {
  const at = now.toISOString();
  const outcome: StoreOutcome = { new: 0, updated: 0, unchanged: 0 };
  if (items.length === 0) return outcome;
  await db.transaction().execute(async (trx) => {
    const existing = new Map(
      (
        await trx
          .selectFrom('postings')
          .select([
            'id',
            'external_id',
            'content_hash',
            'closed_at',
            'identity_key',
            'duplicate_key',
            sql<number>`length(description_text)`.as('text_length'),
          ])
          .where('source_id', '=', sourceId)
          .where(
            'external_id',
            'in',
            items.map((i) => i.posting.externalId),
          )
          .execute()
      ).map((row) => [row.external_id, row]),
    );
    const seenAgain: number[] = [];
    const changed: Array<PostingToStore & { hash: string; id: number; identity: string; duplicateKey: string }> = [];
    const added: Array<PostingToStore & { hash: string; identity: string }> = [];
    for (const item of items) {
      const hash = contentHash(item.posting);
      const row = existing.get(item.posting.externalId);
      // A description that came back empty (a truncated answer, a board glitch) never replaces a stored one.
      const worse = row !== undefined && row.text_length > 0 && item.enrichment.text.trim() === '';
      if (row && (row.content_hash === hash || worse)) {
        // Unchanged: only seen again (and reopened if it had been closed).
        seenAgain.push(row.id);
        if (row.closed_at === null) outcome.unchanged++;
        else outcome.updated++;
        continue;
      }
      const identity = identityOf(item.posting.company, item.posting.title, placeOf(item.posting, item.enrichment));
      if (row) changed.push({ ...item, hash, id: row.id, identity, duplicateKey: row.duplicate_key });
      else added.push({ ...item, hash, identity });
    }
    for (const ids of chunks(seenAgain, 500)) {
      await trx.updateTable('postings').set({ last_seen_at: at, closed_at: null }).where('id', 'in', ids).execute();
    }
    if (changed.length === 0 && added.length === 0) return;

    const companies = await companyIds(
      trx,
      [...changed, ...added].map((i) => i.posting.company),
    );
    const keys = await duplicateKeys(
      trx,
      [...changed.filter((c) => !sameIdentity(existing, c)), ...added],
      at,
      sourceId,
    );
    // Object.assign onto one object, not spreads: V8 builds a spread of ~30 keys followed by more keys
    // slowly (about 15 µs a row, a tenth of the whole store).
    const columnsOf = (item: PostingToStore & { hash: string; identity: string }) =>
      Object.assign(enrichmentColumns(item.enrichment), postingColumns(item.posting, item.hash), {
        company_id: item.posting.company ? (companies.get(companyKey(item.posting.company)) ?? null) : null,
        identity_key: item.identity,
        last_seen_at: at,
        closed_at: null,
      });

    const skills: NewPostingSkill[] = [];
    for (const item of changed) {
      const duplicateKey = keys.get(item) ?? item.duplicateKey;
      await trx
        .updateTable('postings')
        .set(Object.assign(columnsOf(item), { duplicate_key: duplicateKey }))
        .where('id', '=', item.id)
        .execute();
      await trx.deleteFrom('posting_skills').where('posting_id', '=', item.id).execute();
      skills.push(...skillRows(item.id, item.enrichment));
      outcome.updated++;
    }
    for (const batch of insertChunks(added, ROWS_PER_INSERT)) {
      const rows: NewPosting[] = batch.map((item) =>
        Object.assign(columnsOf(item), {
          source_id: sourceId,
          external_id: item.posting.externalId,
          first_seen_at: at,
          duplicate_key: keys.get(item) ?? `${sourceId}:${item.posting.externalId}`,
        }),
      );
      const ids = await insertRows<{ id: number; external_id: string }>(trx, 'postings', rows, ['id', 'external_id']);
      const idOf = new Map(ids.map((r) => [r.external_id, r.id]));
      for (const item of batch) {
        skills.push(...skillRows(idOf.get(item.posting.externalId) as number, item.enrichment));
      }
      outcome.new += batch.length;
    }
    for (const rows of insertChunks(skills, SKILL_ROWS_PER_INSERT)) await insertRows(trx, 'posting_skills', rows, []);
  });
  return outcome;
}

/** SQL of multi-row inserts by table, columns and row count: batches repeat the same few shapes. */
const insertSql = new Map<string, string>();

/**
 * A multi-row insert, compiled by Kysely once per shape and then run with new
 * parameters: compiling 250 rows of 30 values costs more than SQLite's work
 * on them. Rows must share one key order (they are built by one function).
 */
async function insertRows<R>(
  db: Db,
  table: 'postings' | 'posting_skills',
  rows: ReadonlyArray<Record<string, unknown>>,
  returning: readonly string[],
): Promise<R[]> {
  const first = rows[0];
  if (!first) return [];
  const columns = Object.keys(first);
  const parameters = rows.flatMap((row) => columns.map((c) => row[c] ?? null));
  const key = `${table}|${columns.join(',')}|${rows.length}|${returning.join(',')}`;
  let text = insertSql.get(key);
  if (text === undefined) {
    const values = rows.map((row) => Object.fromEntries(columns.map((c) => [c, row[c] ?? null])));
    const builder = db.insertInto(table).values(values as never);
    const compiled = (returning.length > 0 ? builder.returning(returning as never) : builder).compile();
    // Cached only when Kysely's parameters are exactly the rows' values in column order.
    if (JSON.stringify(compiled.parameters) !== JSON.stringify(parameters)) {
      return (await db.executeQuery<R>(compiled)).rows;
    }
    text = compiled.sql;
    if (insertSql.size > 100) insertSql.clear();
    insertSql.set(key, text);
  }
  return (await db.executeQuery<R>(CompiledQuery.raw(text, parameters))).rows;
}

function sameIdentity(existing: Map<string, { identity_key: string }>, item: PostingToStore & { identity: string }) {
  return existing.get(item.posting.externalId)?.identity_key === item.identity;
}

/**
 * Chunks for multi-row inserts: full chunks of `size` (a power of two), then
 * the rest split by its binary digits (100 rows → 64 + 32 + 4). Every chunk
 * length is a power of two, so a table's inserts come in a dozen shapes whose
 * SQL is compiled once, where a remainder of any length would be compiled
 * anew for almost every batch.
 */
function insertChunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  let at = 0;
  for (let length = size; length >= 1; length >>= 1) {
    while (items.length - at >= length) {
      out.push(items.slice(at, at + length));
      at += length;
    }
  }
  return out;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Closes the source's open postings not seen since `runStartedAt`: the run
 * read a complete listing, so they are gone from the board.
 */
export async function closeUnseen(db: Db, sourceId: number, runStartedAt: Date, now: Date): Promise<number> {
  const result = await db
    .updateTable('postings')
    .set({ closed_at: now.toISOString() })
    .where('source_id', '=', sourceId)
    .where('closed_at', 'is', null)
    .where('last_seen_at', '<', runStartedAt.toISOString())
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Hash of what the source says about the job: a change means the posting was
 * edited. Each field is written with its type and length, so no two postings
 * give the same input; that is cheaper than JSON.stringify, which escapes a
 * 3 KB description character by character.
 */
export function contentHash(p: NormalizedPosting): string {
  const fields = [
    p.title,
    p.company,
    p.location,
    p.country,
    p.workMode,
    p.employmentType,
    p.description,
    p.salary,
    p.postedAt,
    p.url,
    p.attributionUrl,
  ];
  const parts = fields.map((f) => (typeof f === 'string' ? `s${f.length}:${f}` : `j${JSON.stringify(f ?? null)}`));
  return createHash('sha256').update(parts.join('')).digest('hex').slice(0, 32);
}

function postingColumns(p: NormalizedPosting, hash: string) {
  const facts: SourceFacts = { salary: p.salary, workMode: p.workMode, country: p.country };
  return {
    url: p.url,
    attribution_url: p.attributionUrl,
    title: p.title,
    location_text: p.location,
    employment_type: p.employmentType,
    description_html: looksLikeHtml(p.description) ? p.description : null,
    posted_at: p.postedAt,
    source_facts: JSON.stringify(facts),
    content_hash: hash,
  };
}

/** The place part of a job's identity: where the enrichment placed it, or its work mode. */
function placeOf(posting: NormalizedPosting, e: Enrichment): string {
  return [e.country, e.city].filter(Boolean).join(' ') || (e.workMode ?? posting.location ?? '');
}

/** Company id by company key, creating the companies not seen before. */
async function companyIds(db: Db, names: ReadonlyArray<string | null>): Promise<Map<string, number>> {
  const byKey = new Map<string, string>();
  for (const name of names) if (name) byKey.set(companyKey(name), name);
  const ids = new Map<string, number>();
  if (byKey.size === 0) return ids;
  const keys = [...byKey.keys()];
  for (const batch of chunks(keys, 500)) {
    await db
      .insertInto('companies')
      .values(batch.map((key) => ({ key, name: byKey.get(key) as string })))
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    const rows = await db.selectFrom('companies').select(['id', 'key']).where('key', 'in', batch).execute();
    for (const row of rows) ids.set(row.key, row.id);
  }
  return ids;
}

/**
 * Duplicate keys for postings whose identity is new to their row: the key of
 * the same job (same identity) posted within REPOST_WINDOW_DAYS of it — a
 * cross-post on another source, or a repost under a new id — else none (the
 * caller gives the posting a key of its own). A posting's time is its posted
 * date, else when it was first seen. Postings of the same batch count too.
 */
async function duplicateKeys<T extends { posting: NormalizedPosting; identity: string }>(
  db: Db,
  items: readonly T[],
  at: string,
  sourceId: number,
): Promise<Map<T, string>> {
  const keys = new Map<T, string>();
  const identities = [...new Set(items.map((i) => i.identity).filter((id) => id !== ''))];
  if (identities.length === 0) return keys;
  // Earlier postings by identity: each item looks only at its own job's postings.
  const known = new Map<string, Array<{ key: string; time: number }>>();
  const remember = (identity: string, key: string, time: number) => {
    const list = known.get(identity);
    if (list) list.push({ key, time });
    else known.set(identity, [{ key, time }]);
  };
  for (const batch of chunks(identities, 500)) {
    const rows = await db
      .selectFrom('postings')
      .select(['identity_key', 'duplicate_key', sql<string>`coalesce(posted_at, first_seen_at)`.as('time')])
      .where('identity_key', 'in', batch)
      .execute();
    for (const r of rows) remember(r.identity_key, r.duplicate_key, Date.parse(r.time));
  }
  const windowMs = REPOST_WINDOW_DAYS * 86_400_000;
  for (const item of items) {
    if (item.identity === '') continue;
    const time = Date.parse(item.posting.postedAt ?? at);
    let best: { key: string; distance: number } | null = null;
    for (const k of known.get(item.identity) ?? []) {
      const distance = Math.abs(k.time - time);
      if (distance <= windowMs && (best === null || distance < best.distance)) best = { key: k.key, distance };
    }
    const key = best?.key ?? `${sourceId}:${item.posting.externalId}`;
    keys.set(item, key);
    remember(item.identity, key, time);
  }
  return keys;
}
