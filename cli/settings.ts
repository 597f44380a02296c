// The only place that reads process.env: environment settings, parsed once.
import { existsSync } from 'node:fs';

export interface EnvSettings {
  /** SKILLPULSE_DB */
  dbPath: string | undefined;
  /** SKILLPULSE_CONFIG */
  configPath: string | undefined;
  /** CHROMIUM_PATH, else Debian's /usr/bin/chromium when present. */
  chromiumPath: string | undefined;
  /** LOG_LEVEL, for debugging without --verbose. */
  logLevel: string | undefined;
  /** CI=true: no TTY niceties. */
  ci: boolean;
  /** SKILLPULSE_DEBUG: print stack traces of unexpected errors. */
  debug: boolean;
  /** SKILLPULSE_ADMIN_TOKEN: the bearer token for writes over HTTP (POST /api/scrape). */
  adminToken: string | undefined;
}

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export function readEnv(env: NodeJS.ProcessEnv = process.env): EnvSettings {
  const nonEmpty = (value: string | undefined) => (value && value.trim() !== '' ? value : undefined);
  return {
    dbPath: nonEmpty(env.SKILLPULSE_DB),
    configPath: nonEmpty(env.SKILLPULSE_CONFIG),
    chromiumPath: nonEmpty(env.CHROMIUM_PATH) ?? (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined),
    logLevel: nonEmpty(env.LOG_LEVEL),
    ci: env.CI === 'true' || env.CI === '1',
    debug: Boolean(nonEmpty(env.SKILLPULSE_DEBUG)),
    adminToken: nonEmpty(env.SKILLPULSE_ADMIN_TOKEN),
  };
}

export const DEFAULT_DB_PATH = './data/skillpulse.db';
