// Trend counts kept current on ingest: jobs (duplicate groups, counted once)
// per period and skill, for the views without filters. Skill '' is every
// backend job, the denominator of a share. Frozen in time: takes
// Kysely<any> and imports no app code.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('skill_period_jobs')
    .addColumn('granularity', 'text', (c) => c.notNull())
    .addColumn('skill_id', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('jobs', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('skill_period_jobs_pk', ['granularity', 'skill_id', 'period'])
    .addCheckConstraint('skill_period_jobs_granularity_check', sql`granularity in ('month', 'week')`)
    .addCheckConstraint('skill_period_jobs_jobs_check', sql`jobs >= 0`)
    .modifyEnd(sql`without rowid`)
    .execute();
  // A job's representative is its group's first posting: the lookup by group must be an index seek.
  await db.schema
    .createIndex('postings_duplicate_key_id_idx')
    .on('postings')
    .columns(['duplicate_key', 'id'])
    .execute();
  await db.schema.dropIndex('postings_duplicate_key_idx').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('postings_duplicate_key_idx').on('postings').column('duplicate_key').execute();
  await db.schema.dropIndex('postings_duplicate_key_id_idx').execute();
  await db.schema.dropTable('skill_period_jobs').execute();
}
