// Resolves the global options (--db, --config, --quiet, --verbose) with the
// environment into what every command needs. Config is read before the
// database is touched, so a bad config never creates or alters a database.
import { readFileSync } from 'node:fs';
import { type OpenedDatabase, openDatabase } from '../db/connection.js';
import { ConfigError, defaultConfig, parseConfig } from '../src/config/parse.js';
import type { Config } from '../src/config/schema.js';
import { type Logger, createLogger, levelFor } from './logger.js';
import { DEFAULT_DB_PATH, type EnvSettings } from './settings.js';

export interface GlobalOptions {
  db?: string;
  config?: string;
  quiet?: boolean;
  verbose?: boolean;
}

export interface CommandContext {
  config: Config;
  /** Where the config came from: a path, or "built-in defaults". */
  configOrigin: string;
  dbPath: string;
  env: EnvSettings;
  logger: Logger;
  /** Opens the database; the caller closes it. */
  openDb(options?: { readonly?: boolean }): OpenedDatabase;
}

export function createContext(options: GlobalOptions, env: EnvSettings, isTty: boolean): CommandContext {
  const configPath = options.config ?? env.configPath;
  const config = configPath ? loadConfigFile(configPath) : defaultConfig();
  const dbPath = options.db ?? env.dbPath ?? DEFAULT_DB_PATH;
  const logger = createLogger({ level: levelFor(options, env.logLevel), pretty: isTty && !env.ci });
  return {
    config,
    configOrigin: configPath ?? 'built-in defaults',
    dbPath,
    env,
    logger,
    openDb: (openOptions) => openDatabase(dbPath, openOptions),
  };
}

/** Opens the database, runs `work`, and closes it whatever happens. */
export async function withDatabase<T>(ctx: CommandContext, work: (opened: OpenedDatabase) => Promise<T>): Promise<T> {
  const opened = ctx.openDb();
  try {
    return await work(opened);
  } finally {
    await opened.close();
  }
}

/**
 * Once a stopped command has cleaned up, the process exits even if a socket
 * a crawler left (a host that never answered) would keep it alive; at most
 * this long after, sooner when nothing is left.
 */
export function exitWhenDone(): void {
  setTimeout(() => process.exit(), 500).unref();
}

export function loadConfigFile(path: string): Config {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : (error as Error).message;
    throw new ConfigError(`config ${path}: cannot read: ${why}`);
  }
  return parseConfig(text, path);
}
