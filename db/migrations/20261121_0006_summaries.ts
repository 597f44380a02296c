// Summary tables for the views the trend counts do not cover: salary spreads,
// skill pairs, companies per skill, jobs new and open per period, postings
// per source. They are rebuilt whole from the postings after each run (not
// kept per batch: a quantile cannot be updated by adding), so each records
// the postings change counter it was built at; a trigger on postings moves
// the counter (and one on posting_skills), and readers count from the rows
// whenever the two differ.
// Frozen in time: takes Kysely<any> and imports no app code.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('salary_spreads')
    .addColumn('dimension', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('sub_key', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addColumn('p10', 'real', (c) => c.notNull())
    .addColumn('p25', 'real', (c) => c.notNull())
    .addColumn('median', 'real', (c) => c.notNull())
    .addColumn('p75', 'real', (c) => c.notNull())
    .addColumn('p90', 'real', (c) => c.notNull())
    .addPrimaryKeyConstraint('salary_spreads_pk', ['dimension', 'currency', 'key', 'sub_key'])
    .modifyEnd(sql`without rowid`)
    .execute();
  await db.schema
    .createTable('skill_pair_jobs')
    .addColumn('skill_id', 'text', (c) => c.notNull())
    .addColumn('other_id', 'text', (c) => c.notNull())
    .addColumn('jobs', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('skill_pair_jobs_pk', ['skill_id', 'other_id'])
    .modifyEnd(sql`without rowid`)
    .execute();
  await db.schema
    .createTable('skill_company_jobs')
    .addColumn('skill_id', 'text', (c) => c.notNull())
    .addColumn('company', 'text', (c) => c.notNull())
    .addColumn('jobs', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('skill_company_jobs_pk', ['skill_id', 'company'])
    .modifyEnd(sql`without rowid`)
    .execute();
  await db.schema
    .createTable('job_activity')
    .addColumn('granularity', 'text', (c) => c.notNull())
    .addColumn('skill_id', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('newly', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('job_activity_pk', ['granularity', 'skill_id', 'period'])
    .modifyEnd(sql`without rowid`)
    .execute();
  await db.schema
    .createTable('source_postings')
    .addColumn('source_id', 'integer', (c) => c.primaryKey())
    .addColumn('postings', 'integer', (c) => c.notNull())
    .addColumn('open_postings', 'integer', (c) => c.notNull())
    .execute();

  // The counter starts at 0 and the summaries as never built (-1): the first open builds them.
  await sql`insert into derived_state (name, version) values ('postings_changes', 0), ('summaries_built_at', -1)
    on conflict (name) do nothing`.execute(db);
  for (const [table, event] of TRIGGERS) {
    await sql`create trigger ${sql.raw(`${table}_changes_${event}`)} after ${sql.raw(event)} on ${sql.raw(table)} begin
      update derived_state set version = version + 1 where name = 'postings_changes';
    end`.execute(db);
  }
}

/** Every write to postings, and to their skills (a skill dropped from the taxonomy cascades to these alone). */
const TRIGGERS = [
  ['postings', 'insert'],
  ['postings', 'update'],
  ['postings', 'delete'],
  ['posting_skills', 'insert'],
  ['posting_skills', 'delete'],
] as const;

export async function down(db: Kysely<any>): Promise<void> {
  for (const [table, event] of TRIGGERS) await sql`drop trigger ${sql.raw(`${table}_changes_${event}`)}`.execute(db);
  await sql`delete from derived_state where name in ('postings_changes', 'summaries_built_at', 'summaries_rules')`.execute(
    db,
  );
  for (const table of ['source_postings', 'job_activity', 'skill_company_jobs', 'skill_pair_jobs', 'salary_spreads']) {
    await db.schema.dropTable(table).execute();
  }
}
