// SQLite-only introspection: the schema as text and the integrity check.
import type BetterSqlite3 from 'better-sqlite3';

export interface SchemaObject {
  type: string;
  name: string;
  sql: string | null;
}

/** Every table, index, trigger and view, sorted, for comparing two schemas. */
export function schemaSnapshot(handle: BetterSqlite3.Database): SchemaObject[] {
  return handle
    .prepare(
      `select type, name, sql from sqlite_master
       where name not like 'sqlite_%' order by type, name`,
    )
    .all() as SchemaObject[];
}

/** `['ok']` when the file is sound; otherwise SQLite's list of problems. */
export function integrityCheck(handle: BetterSqlite3.Database): string[] {
  return (handle.pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check);
}

export function pragmaValue(handle: BetterSqlite3.Database, name: string): unknown {
  return handle.pragma(name, { simple: true });
}
