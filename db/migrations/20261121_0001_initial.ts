// Initial schema: sources, scrape runs, companies, postings, skills and their links.
// Frozen in time: takes Kysely<any> and imports no app code.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sources')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('settings', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('scrape_runs')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('source_id', 'integer', (c) => c.notNull().references('sources.id').onDelete('cascade'))
    .addColumn('trigger', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('pages_fetched', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('postings_new', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('postings_updated', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('postings_unchanged', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('postings_closed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('postings_skipped', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('postings_failed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('skip_reasons', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('failure_reasons', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('error', 'text')
    .addCheckConstraint(
      'scrape_runs_status_check',
      sql`status in ('running', 'succeeded', 'partial', 'failed', 'interrupted')`,
    )
    .execute();
  await db.schema
    .createIndex('scrape_runs_source_started_idx')
    .on('scrape_runs')
    .columns(['source_id', 'started_at'])
    .execute();

  await db.schema
    .createTable('companies')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('postings')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('source_id', 'integer', (c) => c.notNull().references('sources.id').onDelete('cascade'))
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('attribution_url', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('company_id', 'integer', (c) => c.references('companies.id').onDelete('set null'))
    .addColumn('location_text', 'text')
    .addColumn('country', 'text')
    .addColumn('city', 'text')
    .addColumn('work_mode', 'text')
    .addColumn('seniority', 'text')
    .addColumn('years_min', 'integer')
    .addColumn('employment_type', 'text')
    .addColumn('description_html', 'text')
    .addColumn('description_text', 'text', (c) => c.notNull())
    .addColumn('salary_min', 'real')
    .addColumn('salary_max', 'real')
    .addColumn('salary_currency', 'text')
    .addColumn('salary_period', 'text')
    .addColumn('salary_origin', 'text')
    .addColumn('salary_annual_min', 'real')
    .addColumn('salary_annual_max', 'real')
    .addColumn('source_facts', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('ai_class', 'text')
    .addColumn('is_backend', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('posted_at', 'text')
    .addColumn('first_seen_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('duplicate_key', 'text', (c) => c.notNull())
    .addColumn('taxonomy_version', 'text', (c) => c.notNull())
    .addUniqueConstraint('postings_source_external_unique', ['source_id', 'external_id'])
    .addCheckConstraint('postings_work_mode_check', sql`work_mode in ('remote', 'hybrid', 'onsite')`)
    .addCheckConstraint('postings_salary_origin_check', sql`salary_origin in ('structured', 'text')`)
    .addCheckConstraint('postings_salary_period_check', sql`salary_period in ('hour', 'day', 'week', 'month', 'year')`)
    .execute();
  await db.schema.createIndex('postings_duplicate_key_idx').on('postings').column('duplicate_key').execute();
  await db.schema.createIndex('postings_posted_at_idx').on('postings').column('posted_at').execute();
  await db.schema.createIndex('postings_first_seen_at_idx').on('postings').column('first_seen_at').execute();
  await db.schema.createIndex('postings_company_idx').on('postings').column('company_id').execute();

  await db.schema
    .createTable('skills')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('posting_skills')
    .addColumn('posting_id', 'integer', (c) => c.notNull().references('postings.id').onDelete('cascade'))
    .addColumn('skill_id', 'text', (c) => c.notNull().references('skills.id').onDelete('cascade'))
    .addColumn('requirement', 'text', (c) => c.notNull())
    .addColumn('matched_text', 'text', (c) => c.notNull())
    .addColumn('match_start', 'integer')
    .addColumn('match_end', 'integer')
    .addPrimaryKeyConstraint('posting_skills_pk', ['posting_id', 'skill_id'])
    .addCheckConstraint('posting_skills_requirement_check', sql`requirement in ('required', 'preferred', 'unknown')`)
    .execute();
  await db.schema.createIndex('posting_skills_skill_idx').on('posting_skills').column('skill_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['posting_skills', 'skills', 'postings', 'companies', 'scrape_runs', 'sources']) {
    await db.schema.dropTable(table).execute();
  }
}
