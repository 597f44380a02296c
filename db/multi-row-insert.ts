// Multi-row inserts compiled by Kysely once per shape (table, columns, row
// count, returning, conflict rule) and then run with new parameters:
// compiling 250 rows of 30 values costs more than SQLite's work on them.
// Also the plain batches that IN lists are read in.
import { CompiledQuery, sql } from 'kysely';
import type { Db } from './connection.js';
import type { Database } from './schema.js';

type Table = keyof Database;

export interface InsertOptions {
  returning?: readonly string[];
  /** On a primary-key conflict, add the new row's value of this column to the stored one. */
  addOnConflict?: { key: readonly string[]; column: string };
}

/** SQL by shape: batches repeat the same few shapes (see insertChunks). */
const insertSql = new Map<string, string>();

/** Inserts rows that share one key order (they are built by one function). */
export async function insertRows<R>(
  db: Db,
  table: Table,
  rows: ReadonlyArray<Record<string, unknown>>,
  options: InsertOptions = {},
): Promise<R[]> {
  const first = rows[0];
  if (!first) return [];
  const columns = Object.keys(first);
  const parameters = rows.flatMap((row) => columns.map((c) => row[c] ?? null));
  const returning = options.returning ?? [];
  const add = options.addOnConflict;
  const key = `${table}|${columns.join(',')}|${rows.length}|${returning.join(',')}|${add ? `${add.key.join(',')}+${add.column}` : ''}`;
  let text = insertSql.get(key);
  if (text === undefined) {
    const values = rows.map((row) => Object.fromEntries(columns.map((c) => [c, row[c] ?? null])));
    let builder = db.insertInto(table).values(values as never);
    if (add) {
      builder = builder.onConflict((oc) =>
        oc
          .columns(add.key as never)
          .doUpdateSet({ [add.column]: sql`${sql.ref(add.column)} + excluded.${sql.ref(add.column)}` } as never),
      );
    }
    const compiled = (returning.length > 0 ? builder.returning(returning as never) : builder).compile();
    // Cached only when Kysely's parameters are exactly the rows' values in column order.
    if (JSON.stringify(compiled.parameters) !== JSON.stringify(parameters)) {
      return (await db.executeQuery<R>(compiled)).rows;
    }
    text = compiled.sql;
    if (insertSql.size > 100) insertSql.clear();
    insertSql.set(key, text);
  }
  return (await db.executeQuery<R>(CompiledQuery.raw(text, parameters))).rows;
}

/** Slices of `size`, the last one shorter: batches of keys for IN lists. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Chunks for multi-row inserts: full chunks of `size` (a power of two), then
 * the rest split by its binary digits (100 rows → 64 + 32 + 4). Every chunk
 * length is a power of two, so a table's inserts come in a dozen shapes whose
 * SQL is compiled once, where a remainder of any length would be compiled
 * anew for almost every batch.
 */
export function insertChunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  let at = 0;
  for (let length = size; length >= 1; length >>= 1) {
    while (items.length - at >= length) {
      out.push(items.slice(at, at + length));
      at += length;
    }
  }
  return out;
}
