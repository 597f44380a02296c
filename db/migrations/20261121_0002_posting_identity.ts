// Postings get an identity key (company + title + place, normalized) so the
// same job cross-posted on two sources, or reposted under a new id, can share
// one duplicate key. Frozen in time: takes Kysely<any> and imports no app code.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('postings')
    .addColumn('identity_key', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createIndex('postings_identity_idx')
    .on('postings')
    .columns(['identity_key', 'last_seen_at'])
    .execute();
  await db.schema.createIndex('postings_source_open_idx').on('postings').columns(['source_id', 'closed_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('postings_source_open_idx').execute();
  await db.schema.dropIndex('postings_identity_idx').execute();
  await db.schema.alterTable('postings').dropColumn('identity_key').execute();
}
