// Turns config text into a typed Config, or one clear line naming the problem.
import type { z } from 'zod';
import { DEFAULT_SOURCES } from './default-sources.js';
import { type Config, type SourceConfig, configSchema } from './schema.js';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The config used when no file is given. */
export function defaultConfig(): Config {
  return configSchema.parse({});
}

/** The sources a config scrapes: its own list, or the built-in defaults when it has none. */
export function configuredSources(config: Config): readonly SourceConfig[] {
  return config.sources ?? DEFAULT_SOURCES;
}

/** Parses and validates config text; `origin` names the file in messages. */
export function parseConfig(text: string, origin: string): Config {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`config ${origin}: invalid JSON: ${describeJsonError(text, error as Error)}`);
  }
  const result = configSchema.safeParse(raw);
  if (!result.success) {
    throw new ConfigError(`config ${origin}: ${describeIssue(result.error.issues[0])}`);
  }
  return result.data;
}

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'invalid';
  const at = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `"${k}"`).join(', ');
    return `unknown key ${keys} at ${at}`;
  }
  if (issue.code === 'invalid_union' && 'discriminator' in issue) {
    return `${at}: unknown source type (expected one of the documented types)`;
  }
  return `${at}: ${issue.message}`;
}

/** Node 20's JSON.parse gives a character position; people read lines. */
function describeJsonError(text: string, error: Error): string {
  const match = /position (\d+)/.exec(error.message);
  const message = error.message.replace(/ in JSON at position \d+.*$/s, '');
  if (!match) return message;
  const before = text.slice(0, Number(match[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message} (line ${line}, column ${column})`;
}
