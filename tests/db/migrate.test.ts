import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection.js';
import { knownMigrations, migrateDown, migrateToLatest } from '../../db/migrate.js';
import { integrityCheck, pragmaValue, schemaSnapshot } from '../../db/sqlite/introspect.js';
import { useTempDir } from '../helpers/tmp.js';

const tempDir = useTempDir();
const appTables = (objects: Array<{ type: string; name: string }>) =>
  objects.filter((o) => o.type === 'table' && !o.name.startsWith('kysely_')).map((o) => o.name);

describe('migrations', () => {
  it('migrate up, all the way down, and up again', async () => {
    const { db, handle, close } = openDatabase(join(tempDir(), 'm.db'));
    const first = await migrateToLatest(db);
    expect(first.applied).toEqual(knownMigrations());
    const upSchema = schemaSnapshot(handle);
    expect(appTables(upSchema).sort()).toEqual(
      [
        'companies',
        'derived_state',
        // With salary_spreads, skill_company_jobs, skill_pair_jobs and source_postings: the summaries (0006).
        'job_activity',
        'posting_skills',
        'postings',
        // The full-text index: the FTS5 table and its shadow tables.
        'postings_fts',
        'postings_fts_config',
        'postings_fts_data',
        'postings_fts_docsize',
        'postings_fts_idx',
        // One lease per source's runs (0009).
        'run_leases',
        'salary_spreads',
        'scrape_runs',
        'skill_company_jobs',
        'skill_pair_jobs',
        'skill_period_jobs',
        // Backend postings per skill, for the postings listing's total (0007).
        'skill_postings',
        'skills',
        'source_postings',
        'sources',
      ].sort(),
    );

    const down = await migrateDown(db);
    expect(down.applied).toEqual([...knownMigrations()].reverse());
    expect(down.current).toEqual([]);
    expect(appTables(schemaSnapshot(handle))).toEqual([]);

    const again = await migrateToLatest(db);
    expect(again.applied).toEqual(knownMigrations());
    expect(schemaSnapshot(handle)).toEqual(upSchema);
    expect(integrityCheck(handle)).toEqual(['ok']);
    await close();
  });

  it('a second run applies nothing and leaves the schema as it was', async () => {
    const { db, handle, close } = openDatabase(join(tempDir(), 'm.db'));
    await migrateToLatest(db);
    const before = schemaSnapshot(handle);
    const second = await migrateToLatest(db);
    expect(second.applied).toEqual([]);
    expect(second.current).toEqual(knownMigrations());
    expect(schemaSnapshot(handle)).toEqual(before);
    await close();
  });

  it('migration names are date-prefixed and sort in run order', () => {
    const names = knownMigrations();
    for (const name of names) expect(name).toMatch(/^\d{8}_\d{4}_[a-z0-9_]+$/);
    expect([...names].sort()).toEqual(names);
  });
});

describe('connections', () => {
  it('every connection has WAL, foreign keys and a busy timeout', async () => {
    const path = join(tempDir(), 'p.db');
    for (let i = 0; i < 2; i++) {
      const { handle, close } = openDatabase(path);
      expect(pragmaValue(handle, 'journal_mode')).toBe('wal');
      expect(pragmaValue(handle, 'foreign_keys')).toBe(1);
      expect(pragmaValue(handle, 'busy_timeout')).toBe(5000);
      await close();
    }
  });

  it('foreign keys are enforced and unique (source, external id) holds', async () => {
    const { db, close } = openDatabase(':memory:');
    await migrateToLatest(db);
    const now = '2026-11-21T00:00:00.000Z';
    const posting = {
      source_id: 99,
      external_id: 'a',
      title: 'Backend Engineer',
      description_text: 'Go and Postgres',
      first_seen_at: now,
      last_seen_at: now,
      content_hash: 'h',
      duplicate_key: 'd',
      taxonomy_version: '1',
    };
    await expect(db.insertInto('postings').values(posting).execute()).rejects.toThrow(/FOREIGN KEY/);

    const { id } = await db
      .insertInto('sources')
      .values({ name: 'hn', type: 'hn', settings: '{}', created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('postings')
      .values({ ...posting, source_id: id })
      .execute();
    await expect(
      db
        .insertInto('postings')
        .values({ ...posting, source_id: id })
        .execute(),
    ).rejects.toThrow(/UNIQUE/);
    await close();
  });
});
