// A freshly migrated database per test: real SQLite, real migrations.
import { type OpenedDatabase, openDatabase } from '../../db/connection.js';
import { migrateToLatest } from '../../db/migrate.js';

export async function migratedDb(path = ':memory:'): Promise<OpenedDatabase> {
  const opened = openDatabase(path);
  await migrateToLatest(opened.db);
  return opened;
}
