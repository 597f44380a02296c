// A freshly migrated database per test: real SQLite, real migrations.
import { type OpenedDatabase, openDatabase } from '../../db/connection.js';
import { migrateToLatest } from '../../db/migrate.js';
import { syncSkills } from '../../db/skills.js';
import { SKILLS } from '../../src/taxonomy/skills-data.js';

export async function migratedDb(path = ':memory:'): Promise<OpenedDatabase> {
  const opened = openDatabase(path);
  await migrateToLatest(opened.db);
  return opened;
}

/** A migrated database whose skills table holds the taxonomy, as ingest needs it (posting_skills points there). */
export async function migratedDbWithSkills(path = ':memory:'): Promise<OpenedDatabase> {
  const opened = await migratedDb(path);
  await syncSkills(
    opened.db,
    SKILLS.map((s) => ({ id: s.id, name: s.name, category: s.category })),
  );
  return opened;
}
