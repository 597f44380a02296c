// Derived tables (the trend counts) record the version of the rules they
// were built by; when the code's rules move on, they are rebuilt once.
// Frozen in time: takes Kysely<any> and imports no app code.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('derived_state')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('derived_state').execute();
}
