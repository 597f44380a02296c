// Stores scraped postings: insert new ones, move last_seen on unchanged ones,
// rewrite edited ones (content hash), reopen ones that came back, and close
// the ones a complete listing no longer has. Every SQL statement of ingest.
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Enrichment } from '../src/enrich/enrich.js';
import { companyKey, identityOf } from '../src/posting-identity.js';
import type { NormalizedPosting } from '../src/posting.js';
import { looksLikeHtml } from '../src/text/html-to-text.js';
import type { Db } from './connection.js';
import { type SourceFacts, enrichmentColumns, skillRows } from './posting-enrichment.js';
import type { NewPosting } from './schema.js';

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

/** Stores one batch in one transaction: a run that dies keeps every batch it finished. */
export async function storePostings(
  db: Db,
  sourceId: number,
  items: readonly PostingToStore[],
  now: Date,
): Promise<StoreOutcome> {
  const at = now.toISOString();
  const outcome: StoreOutcome = { new: 0, updated: 0, unchanged: 0 };
  await db.transaction().execute(async (trx) => {
    for (const { posting, enrichment } of items) {
      const hash = contentHash(posting);
      const existing = await trx
        .selectFrom('postings')
        .select(['id', 'content_hash', 'closed_at', 'identity_key', 'duplicate_key'])
        .where('source_id', '=', sourceId)
        .where('external_id', '=', posting.externalId)
        .executeTakeFirst();
      if (existing && existing.content_hash === hash) {
        // Unchanged: only seen again (and reopened if it had been closed).
        await trx
          .updateTable('postings')
          .set({ last_seen_at: at, closed_at: null })
          .where('id', '=', existing.id)
          .execute();
        if (existing.closed_at === null) outcome.unchanged++;
        else outcome.updated++;
        continue;
      }
      const companyId = posting.company ? await ensureCompany(trx, posting.company) : null;
      const identity = identityOf(posting.company, posting.title, placeOf(posting, enrichment));
      const columns = {
        ...postingColumns(posting, hash),
        ...enrichmentColumns(enrichment),
        company_id: companyId,
        identity_key: identity,
        last_seen_at: at,
        closed_at: null,
      };
      let postingId: number;
      if (existing) {
        const duplicateKey =
          existing.identity_key === identity
            ? existing.duplicate_key
            : await duplicateKeyFor(trx, identity, posting, at, `${sourceId}:${posting.externalId}`);
        await trx
          .updateTable('postings')
          .set({ ...columns, duplicate_key: duplicateKey })
          .where('id', '=', existing.id)
          .execute();
        await trx.deleteFrom('posting_skills').where('posting_id', '=', existing.id).execute();
        postingId = existing.id;
        outcome.updated++;
      } else {
        const row: NewPosting = {
          ...columns,
          source_id: sourceId,
          external_id: posting.externalId,
          title: posting.title,
          description_text: enrichment.text,
          first_seen_at: at,
          taxonomy_version: enrichment.taxonomyVersion,
          duplicate_key: await duplicateKeyFor(trx, identity, posting, at, `${sourceId}:${posting.externalId}`),
        };
        postingId = (await trx.insertInto('postings').values(row).returning('id').executeTakeFirstOrThrow()).id;
        outcome.new++;
      }
      const skills = skillRows(postingId, enrichment);
      if (skills.length > 0) await trx.insertInto('posting_skills').values(skills).execute();
    }
  });
  return outcome;
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

/** Hash of what the source says about the job: a change means the posting was edited. */
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
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex').slice(0, 32);
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

async function ensureCompany(db: Db, name: string): Promise<number> {
  const key = companyKey(name);
  const row = await db
    .insertInto('companies')
    .values({ key, name })
    .onConflict((oc) => oc.column('key').doUpdateSet({ key }))
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * The duplicate key of a new posting: the key of the same job (same
 * identity) posted within REPOST_WINDOW_DAYS of it — a cross-post on
 * another source, or a repost under a new id — else a key of its own.
 * A posting's time is its posted date, else when it was first seen.
 */
async function duplicateKeyFor(
  db: Db,
  identity: string,
  posting: NormalizedPosting,
  at: string,
  ownKey: string,
): Promise<string> {
  if (identity === '') return ownKey;
  const time = posting.postedAt ?? at;
  const match = await db
    .selectFrom('postings')
    .select('duplicate_key')
    .where('identity_key', '=', identity)
    .where(
      sql<number>`abs(julianday(coalesce(posted_at, first_seen_at)) - julianday(${time}))`,
      '<=',
      REPOST_WINDOW_DAYS,
    )
    .orderBy(sql`abs(julianday(coalesce(posted_at, first_seen_at)) - julianday(${time}))`)
    .limit(1)
    .executeTakeFirst();
  return match?.duplicate_key ?? ownKey;
}
