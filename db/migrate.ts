// Runs the static migration list up (to latest) or all the way down.
import { type MigrationResult, Migrator, NO_MIGRATIONS } from 'kysely';
import type { Db } from './connection.js';
import { ensureDerivedTables } from './derived-state.js';
import { migrationProvider, migrations } from './migrations/index.js';

export class MigrationError extends Error {
  override name = 'MigrationError';
}

export interface MigrationReport {
  /** Names of the migrations that ran, in order. */
  applied: string[];
  /** Names of all migrations the database now has. */
  current: string[];
}

function migratorFor(db: Db): Migrator {
  return new Migrator({ db, provider: migrationProvider });
}

async function run(db: Db, direction: 'up' | 'down'): Promise<MigrationReport> {
  const migrator = migratorFor(db);
  const { error, results } =
    direction === 'up' ? await migrator.migrateToLatest() : await migrator.migrateTo(NO_MIGRATIONS);
  if (error) {
    const failed = results?.find((r: MigrationResult) => r.status === 'Error');
    const detail = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`migration ${failed?.migrationName ?? '(unknown)'} failed: ${detail}`);
  }
  const applied = (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  const current = (await migrator.getMigrations()).filter((m) => m.executedAt).map((m) => m.name);
  return { applied, current };
}

/** Migrates, then rebuilds any derived table built by older rules, so every reader sees current counts. */
export async function migrateToLatest(db: Db): Promise<MigrationReport> {
  const report = await run(db, 'up');
  await ensureDerivedTables(db);
  return report;
}
export const migrateDown = (db: Db) => run(db, 'down');

/** Names of all migrations this build knows, in order. */
export const knownMigrations = (): string[] => Object.keys(migrations).sort();
