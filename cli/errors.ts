// Exit codes and the errors that map to them. A user's mistake is reported as
// one line on stderr, never a stack trace.
import { CommanderError } from 'commander';
import { DatabaseOpenError } from '../db/connection.js';
import { MigrationError } from '../db/migrate.js';
import { ConfigError } from '../src/config/parse.js';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** The command line itself is wrong (exit 2). */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The command ran and failed for a reason the user can act on (exit 1). */
export class CommandFailed extends Error {
  override name = 'CommandFailed';
}

export interface Failure {
  exitCode: number;
  /** One line for stderr; empty when the message was already written. */
  message: string;
  /** True when the error is unexpected: the logger gets the stack too. */
  unexpected: boolean;
}

export function classify(error: unknown): Failure {
  if (error instanceof CommanderError) {
    // Commander has already printed its own message (or the help text).
    const ok =
      error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help';
    return { exitCode: ok ? EXIT_OK : EXIT_USAGE, message: '', unexpected: false };
  }
  if (error instanceof UsageError || error instanceof ConfigError) {
    return { exitCode: EXIT_USAGE, message: error.message, unexpected: false };
  }
  if (error instanceof CommandFailed || error instanceof DatabaseOpenError || error instanceof MigrationError) {
    return { exitCode: EXIT_FAILURE, message: error.message, unexpected: false };
  }
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return { exitCode: EXIT_FAILURE, message: `unexpected error: ${message}`, unexpected: true };
}
