#!/usr/bin/env node
// Entry point of the `skillpulse` CLI: parses the command line, runs the
// command, and maps any error to an exit code and one stderr line.
import { EXIT_OK, classify } from './errors.js';
import { createProgram } from './program.js';
import { readEnv } from './settings.js';

async function main(argv: string[]): Promise<number> {
  const env = readEnv();
  const program = createProgram(env, Boolean(process.stderr.isTTY));
  try {
    await program.parseAsync(argv);
    // A command may set its own exit code (extract: 1 when a line failed).
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT_OK;
  } catch (error) {
    const failure = classify(error);
    if (failure.message) process.stderr.write(`skillpulse: ${failure.message}\n`);
    if (failure.unexpected && env.debug) process.stderr.write(`${(error as Error).stack}\n`);
    return failure.exitCode;
  }
}

process.exitCode = await main(process.argv);
