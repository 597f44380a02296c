// Indexes for the run-health views, which otherwise read every run ever
// recorded (a nightly run per source adds up: 33,000 runs after three years
// of 30 sources cost 40–60 ms a page): the failed and interrupted runs by
// start, and each source's succeeded runs by when they ended. Both are
// partial; the queries spell the same status lists as literals, or SQLite
// cannot use them. Frozen in time: takes Kysely<any> and imports no app code.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index scrape_runs_failed_idx on scrape_runs (started_at)
    where status in ('failed', 'interrupted')`.execute(db);
  await sql`create index scrape_runs_succeeded_idx on scrape_runs (source_id, coalesce(finished_at, started_at))
    where status in ('succeeded', 'partial')`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('scrape_runs_succeeded_idx').execute();
  await db.schema.dropIndex('scrape_runs_failed_idx').execute();
}
