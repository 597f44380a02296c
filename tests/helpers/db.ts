// A freshly migrated database per test: real SQLite, real migrations.
import { afterEach } from 'vitest';
import { type OpenedDatabase, openDatabase } from '../../db/connection.js';
import { migrateToLatest } from '../../db/migrate.js';
import { syncTaxonomy } from '../../db/skills.js';
import { ensureSource } from '../../db/sources.js';

export async function migratedDb(path = ':memory:'): Promise<OpenedDatabase> {
  const opened = openDatabase(path);
  await migrateToLatest(opened.db);
  return opened;
}

/** A migrated database whose skills table holds the taxonomy, as ingest needs it (posting_skills points there). */
export async function migratedDbWithSkills(path = ':memory:'): Promise<OpenedDatabase> {
  const opened = await migratedDb(path);
  await syncTaxonomy(opened.db);
  return opened;
}

/** A migrated database with the taxonomy and two boards, `gh` (Greenhouse) then `lever` (Lever), added at `now`. */
export async function migratedDbWithBoards(now: Date): Promise<OpenedDatabase & { gh: number; lever: number }> {
  const opened = await migratedDbWithSkills();
  const gh = await ensureSource(opened.db, { name: 'gh', type: 'greenhouse', settings: {} }, now);
  const lever = await ensureSource(opened.db, { name: 'lever', type: 'lever', settings: {} }, now);
  return { ...opened, gh, lever };
}

/** Returns `closeLater`: each database given to it is closed after the test that opened it. */
export function closeAfterEach(): <T extends OpenedDatabase>(opened: T) => T {
  const open: OpenedDatabase[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((o) => o.close()));
  });
  return (opened) => {
    open.push(opened);
    return opened;
  };
}
