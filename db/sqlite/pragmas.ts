// SQLite-only connection settings. Another dialect would replace this module,
// not the code that calls it.
import type BetterSqlite3 from 'better-sqlite3';

/** How long a writer waits for another process's lock before SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5_000;

/**
 * Applied to every connection. busy_timeout comes first because it touches no
 * page; journal_mode is the first statement that reads the file header, so a
 * file that is not a database fails there, before anything is written.
 */
export function applyPragmas(handle: BetterSqlite3.Database, options: { readonly: boolean }): void {
  handle.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  handle.pragma('foreign_keys = ON');
  if (!options.readonly) {
    handle.pragma('journal_mode = WAL');
    // NORMAL is durable across process crashes in WAL mode; only a power loss
    // can roll back the last transactions, never corrupt the file.
    handle.pragma('synchronous = NORMAL');
  }
}
