// The `skillpulse` command tree: global options and one subcommand per job.
import { Command } from 'commander';
import { registerDemo } from './commands/demo.js';
import { registerExport } from './commands/export.js';
import { registerExtract } from './commands/extract.js';
import { registerMigrate } from './commands/migrate.js';
import { registerRetag } from './commands/retag.js';
import { registerRuns } from './commands/runs.js';
import { registerSchedule } from './commands/schedule.js';
import { registerScrape } from './commands/scrape.js';
import { registerServe } from './commands/serve.js';
import { type CommandContext, createContext, type GlobalOptions } from './context.js';
import { CommandFailed } from './errors.js';
import type { EnvSettings } from './settings.js';

export const VERSION = '0.1.0';

/** Subcommands whose issue has not landed yet, with what they will do. */
const PENDING: Array<[name: string, description: string]> = [];

export function createProgram(env: EnvSettings, isTty: boolean): Command {
  const program = new Command('skillpulse')
    .description('Skill-demand trends and salary ranges from backend job postings.')
    .version(VERSION)
    .option('--db <path>', 'SQLite database file (env SKILLPULSE_DB; default ./data/skillpulse.db)')
    .option('--config <path>', 'JSON config file (env SKILLPULSE_CONFIG; default: built-in defaults)')
    .option('--quiet', 'log errors only')
    .option('--verbose', 'log debug details')
    .configureHelp({ showGlobalOptions: true })
    .exitOverride()
    .showSuggestionAfterError(true);

  const withContext = (cmd: Command): CommandContext => createContext(cmd.optsWithGlobals<GlobalOptions>(), env, isTty);

  registerMigrate(program, withContext);
  registerExtract(program);
  registerRetag(program, withContext);
  registerScrape(program, withContext);
  registerSchedule(program, withContext);
  registerRuns(program, withContext);
  registerServe(program, withContext);
  registerExport(program, withContext);
  registerDemo(program, withContext);
  for (const [name, description] of PENDING) {
    program
      .command(name)
      .description(`${description} (not available yet)`)
      .allowUnknownOption(true)
      .allowExcessArguments(true)
      .action(() => {
        throw new CommandFailed(`${name}: not available yet`);
      });
  }
  // Subcommands share the parent's error handling (exit codes, no stack traces).
  for (const sub of program.commands) sub.exitOverride();
  return program;
}
