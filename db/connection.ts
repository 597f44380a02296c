// Opens the skillpulse database: better-sqlite3 under Kysely, with the
// SQLite pragmas applied to every connection. Entry points call this and pass
// the result down; there is no global connection.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './schema.js';
import { applyPragmas } from './sqlite/pragmas.js';

export type Db = Kysely<Database>;

/** A database could not be opened; `message` is one line meant for the user. */
export class DatabaseOpenError extends Error {
  override name = 'DatabaseOpenError';
}

export interface OpenOptions {
  readonly?: boolean;
}

export interface OpenedDatabase {
  db: Db;
  /** The raw handle, for the SQLite-only modules (pragmas, FTS, backups). */
  handle: BetterSqlite3.Database;
  close(): Promise<void>;
}

const IN_MEMORY = ':memory:';

export function openDatabase(path: string, options: OpenOptions = {}): OpenedDatabase {
  const readonly = options.readonly ?? false;
  if (path !== IN_MEMORY) ensureFolder(path);

  let handle: BetterSqlite3.Database;
  try {
    handle = new BetterSqlite3(path, { readonly, fileMustExist: readonly });
  } catch (error) {
    throw new DatabaseOpenError(`cannot open database ${path}: ${reason(error)}`);
  }
  try {
    applyPragmas(handle, { readonly });
  } catch (error) {
    handle.close();
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB') throw new DatabaseOpenError(`${path} is not a SQLite database`);
    throw new DatabaseOpenError(`cannot open database ${path}: ${reason(error)}`);
  }

  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(handle) }) });
  return {
    db,
    handle,
    // Kysely's destroy() closes the better-sqlite3 handle too.
    close: () => db.destroy(),
  };
}

/** Statements kept prepared per connection; past this the cache starts over. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query again on each execution; preparing costs more
 * than running the small statements ingest makes by the thousand. The
 * connection Kysely gets reuses one prepared statement per SQL text (Kysely's
 * single connection runs one query at a time, so a statement is never busy).
 */
function withStatementCache(handle: BetterSqlite3.Database) {
  let cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => handle.close(),
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (!statement) {
        if (cache.size >= STATEMENT_CACHE_SIZE) cache = new Map();
        statement = handle.prepare(sql);
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}

function ensureFolder(path: string): void {
  const folder = dirname(resolve(path));
  try {
    makeFolders(folder);
  } catch (error) {
    throw new DatabaseOpenError(`cannot create the database folder ${folder}: ${reason(error)}`);
  }
}

/**
 * mkdir -p, one level at a time. Node's own recursive mkdirSync never returns
 * on some paths (one under /proc spins forever at full CPU); creating each
 * missing level ourselves fails at once with the real error instead.
 */
function makeFolders(folder: string): void {
  const missing: string[] = [];
  let dir = folder;
  while (!existsSync(dir)) {
    missing.push(dir);
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  if (existsSync(dir) && !statSync(dir).isDirectory()) {
    throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${missing.at(-1) ?? folder}'`), {
      code: 'ENOTDIR',
    });
  }
  for (const level of missing.reverse()) {
    try {
      mkdirSync(level);
    } catch (error) {
      // Another process made it in between: fine, as long as it is a folder.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !statSync(level).isDirectory()) throw error;
    }
  }
}

function reason(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] ?? error.message;
  return String(error);
}
