// One lease per source: the run that holds it (in any process on this
// database) is the only one that may scrape the source. The holder renews it
// while its run is alive; a holder killed without a word stops renewing, its
// lease lapses, and the next run proceeds. Frozen in time: takes
// Kysely<any> and imports no app code.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('run_leases')
    .addColumn('source_id', 'integer', (c) => c.primaryKey().references('sources.id').onDelete('cascade'))
    .addColumn('holder', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('run_leases').execute();
}
