// Stores scraped postings: insert new ones, move last_seen on unchanged ones,
// rewrite edited ones (content hash), reopen ones that came back, and close
// the ones a complete listing no longer has. Every SQL statement of ingest.
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Enrichment } from '../src/enrich/enrich.js';
import type { NormalizedPosting } from '../src/posting.js';
import { companyKey, identityOf } from '../src/posting-identity.js';
import { looksLikeHtml } from '../src/text/html-to-text.js';
import type { JobFacts } from '../src/trends/contributions.js';
import { recountJobs } from './aggregates.js';
import type { Db } from './connection.js';
import { chunks, insertChunks, insertRows } from './multi-row-insert.js';
import { enrichmentColumns, type SourceFacts, skillRows } from './posting-enrichment.js';
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
    // A posting's own key: its source and id. One edited into another job gets a new key of its own: the
    // group it leaves keeps the old key (a cross-post may still carry it), so the two count as two jobs.
    const ownKey = (item: PostingToStore & { hash: string }) =>
      'id' in item
        ? `${sourceId}:${item.posting.externalId}:${item.hash.slice(0, 12)}`
        : `${sourceId}:${item.posting.externalId}`;
    const keys = await duplicateKeys(trx, [...changed.filter((c) => !sameIdentity(existing, c)), ...added], at, ownKey);
    /** The key a posting has once the batch is written: the job it matched, else the one it had, else its own. */
    const keyOf = (item: (typeof added)[number] | (typeof changed)[number]) =>
      keys.get(item) ?? ('duplicateKey' in item ? item.duplicateKey : ownKey(item));
    const { touched, fresh } = jobsToRecount(changed, added, keyOf, ownKey, at);
    const recount = await recountJobs(trx, [...touched]);
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
      await trx
        .updateTable('postings')
        .set(Object.assign(columnsOf(item), { duplicate_key: keyOf(item) }))
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
          duplicate_key: keyOf(item),
        }),
      );
      const ids = await insertRows<{ id: number; external_id: string }>(trx, 'postings', rows, {
        returning: ['id', 'external_id'],
      });
      const idOf = new Map(ids.map((r) => [r.external_id, r.id]));
      for (const item of batch) {
        skills.push(...skillRows(idOf.get(item.posting.externalId) as number, item.enrichment));
      }
      outcome.new += batch.length;
    }
    for (const rows of insertChunks(skills, SKILL_ROWS_PER_INSERT)) await insertRows(trx, 'posting_skills', rows);
    await recount.after([...touched], fresh);
  });
  return outcome;
}

/**
 * The jobs a batch changes, for the trend counts: `fresh`, new jobs whose
 * first posting is in the batch, counted from what is in hand; `touched`, the
 * keys of every other group the batch's postings leave or join, read from
 * the rows before and after the write.
 */
function jobsToRecount<A extends PostingToStore, C extends PostingToStore & { duplicateKey: string }>(
  changed: readonly C[],
  added: readonly A[],
  keyOf: (item: A | C) => string,
  ownKey: (item: A) => string,
  at: string,
): { touched: Set<string>; fresh: JobFacts[] } {
  const touched = new Set(changed.flatMap((item) => [item.duplicateKey, keyOf(item)]));
  const fresh: JobFacts[] = [];
  const freshKeys = new Set<string>();
  for (const item of added) {
    const key = keyOf(item);
    // A later posting of a group this batch started is not its representative (the first is): nothing to add.
    if (freshKeys.has(key)) continue;
    if (key === ownKey(item) && item.enrichment.backend && !touched.has(key)) {
      freshKeys.add(key);
      fresh.push(jobFactsOf(item, at));
    } else touched.add(key);
  }
  return { touched, fresh };
}

function sameIdentity(existing: Map<string, { identity_key: string }>, item: PostingToStore & { identity: string }) {
  return existing.get(item.posting.externalId)?.identity_key === item.identity;
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

/** A new posting's facts as the trend counts read them from its row (see db/aggregates.ts jobFacts). */
function jobFactsOf(item: PostingToStore, at: string): JobFacts {
  return {
    day: item.posting.postedAt ?? at,
    skills: item.enrichment.skills.map((s) => s.id),
    aiClass: item.enrichment.aiClass,
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
 * cross-post on another source, or a repost under a new id — else its own
 * key. A posting's time is its posted date, else when it was first seen.
 * Postings of the same batch count too.
 */
async function duplicateKeys<T extends { posting: NormalizedPosting; identity: string }>(
  db: Db,
  items: readonly T[],
  at: string,
  ownKey: (item: T) => string,
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
    const key = best?.key ?? ownKey(item);
    keys.set(item, key);
    remember(item.identity, key, time);
  }
  return keys;
}
