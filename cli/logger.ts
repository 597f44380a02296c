// pino logger on stderr (stdout is kept for command output such as JSON):
// readable lines on a TTY, JSON lines otherwise.
import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

export interface LoggerOptions {
  level: 'silent' | 'error' | 'warn' | 'info' | 'debug' | 'trace';
  /** Readable lines instead of JSON. */
  pretty: boolean;
}

export function createLogger(options: LoggerOptions): Logger {
  const base = { level: options.level, base: undefined };
  if (options.pretty) {
    // sync: lines appear in order with other stderr output, and none is lost on exit.
    return pino(
      base,
      pretty({ destination: 2, sync: true, colorize: true, translateTime: 'HH:MM:ss', ignore: 'pid,hostname' }),
    );
  }
  return pino(base, pino.destination({ fd: 2, sync: true }));
}

export function levelFor(flags: { quiet?: boolean; verbose?: boolean }, envLevel?: string): LoggerOptions['level'] {
  if (flags.quiet) return 'error';
  if (flags.verbose) return 'debug';
  const allowed = ['silent', 'error', 'warn', 'info', 'debug', 'trace'] as const;
  return allowed.find((l) => l === envLevel) ?? 'info';
}
