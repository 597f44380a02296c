import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection.js';
import { schemaSnapshot } from '../../db/sqlite/introspect.js';
import { CLI, cliEnv, runCli } from '../helpers/cli.js';
import { useTempDir } from '../helpers/tmp.js';

const tempDir = useTempDir();
const SUBCOMMANDS = ['migrate', 'scrape', 'serve', 'schedule', 'runs', 'export', 'extract', 'retag', 'demo'];

function snapshotOf(path: string) {
  const opened = openDatabase(path, { readonly: true });
  try {
    return schemaSnapshot(opened.handle);
  } finally {
    opened.handle.close();
  }
}

describe('skillpulse --help', () => {
  it('lists every subcommand and the global options', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    for (const name of SUBCOMMANDS) expect(stdout).toMatch(new RegExp(`^\\s+${name}\\b`, 'm'));
    for (const option of ['--db', '--config', '--quiet', '--verbose']) expect(stdout).toContain(option);
  });

  it('runs as the package bin, the way `npx skillpulse` starts it: executable, by its #! line', async () => {
    const { code, stdout } = await new Promise<{ code: number; stdout: string }>((resolve) => {
      execFile(CLI, ['--help'], { env: cliEnv() }, (error, out) =>
        resolve({ code: error ? Number(error.code ?? 1) || 1 : 0, stdout: out }),
      );
    });
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: skillpulse');
  });

  it.each(SUBCOMMANDS)('%s --help answers with usage and exit 0', async (name) => {
    const { code, stdout } = await runCli([name, '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain(`Usage: skillpulse ${name}`);
    expect(stdout).toContain('--db');
  });
});

describe('skillpulse migrate', () => {
  it('creates the schema, and a second run changes nothing', async () => {
    const db = join(tempDir(), 'x.db');
    const first = await runCli(['migrate', '--db', db]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /applied 9 migration\(s\): 20261121_0001_initial, 20261121_0002_posting_identity, 20261121_0003_trend_counts, 20261121_0004_derived_state, 20261121_0005_postings_fts, 20261121_0006_summaries, 20261121_0007_postings_listing, 20261121_0008_run_health_indexes, 20261121_0009_run_leases/,
    );
    const schema = snapshotOf(db);
    expect(schema.some((o) => o.name === 'postings')).toBe(true);

    const second = await runCli(['migrate', '--db', db]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/schema up to date/);
    expect(snapshotOf(db)).toEqual(schema);
  });

  it('takes the database from SKILLPULSE_DB and creates its folder', async () => {
    const db = join(tempDir(), 'nested', 'deeper', 'env.db');
    const { code } = await runCli(['migrate'], { env: { SKILLPULSE_DB: db } });
    expect(code).toBe(0);
    expect(existsSync(db)).toBe(true);
  });

  it('defaults to ./data/skillpulse.db', async () => {
    const cwd = tempDir();
    const { code } = await runCli(['migrate'], { cwd });
    expect(code).toBe(0);
    expect(existsSync(join(cwd, 'data', 'skillpulse.db'))).toBe(true);
  });

  it('--down reverts every migration', async () => {
    const db = join(tempDir(), 'x.db');
    await runCli(['migrate', '--db', db]);
    const { code, stdout } = await runCli(['migrate', '--down', '--db', db]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/reverted 9 migration/);
    expect(snapshotOf(db).filter((o) => o.name === 'postings')).toEqual([]);
  });
});

describe('logging', () => {
  it('writes JSON lines to stderr when not on a TTY; --verbose shows debug, --quiet hides it', async () => {
    const db = join(tempDir(), 'x.db');
    const verbose = await runCli(['--verbose', 'migrate', '--db', db]);
    expect(verbose.code).toBe(0);
    const line = JSON.parse(verbose.stderr.trim().split('\n')[0] as string);
    expect(line).toMatchObject({ level: 20, msg: 'migrating', db, config: 'built-in defaults' });
    expect(typeof line.time).toBe('number');

    const quiet = await runCli(['migrate', '--quiet', '--db', db]);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toMatch(/schema up to date/);
  });
});

describe('bad input: one stderr line, exit 1 or 2, nothing created or damaged', () => {
  const expectOneLine = (stderr: string, pattern: RegExp) => {
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(pattern);
    expect(stderr).not.toMatch(/\bat .*\.js:\d+/); // no stack trace
  };

  it('a db file that is not SQLite', async () => {
    const dir = tempDir();
    const db = join(dir, 'notes.db');
    const content = 'these are my notes, not a database\n'.repeat(200);
    writeFileSync(db, content);
    const { code, stderr } = await runCli(['migrate', '--db', db]);
    expect(code).toBe(1);
    expectOneLine(stderr, /^skillpulse: .*notes\.db is not a SQLite database$/);
    expect(readFileSync(db, 'utf8')).toBe(content);
    expect(readdirSync(dir)).toEqual(['notes.db']);
  });

  it('a db path whose folder cannot be created', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'plain-file'), 'x');
    const { code, stderr } = await runCli(['migrate', '--db', join(dir, 'plain-file', 'sub', 'x.db')]);
    expect(code).toBe(1);
    expectOneLine(stderr, /^skillpulse: cannot create the database folder .*plain-file\/sub: ENOTDIR/);
    expect(readdirSync(dir)).toEqual(['plain-file']);
  });

  it('a db folder that cannot be made under /proc fails at once (no hang)', async () => {
    // Node's recursive mkdir spins forever on this path; ours must not.
    const { code, stderr } = await runCli(['migrate', '--db', '/proc/skillpulse-test/sub/x.db']);
    expect(code).toBe(1);
    expectOneLine(stderr, /^skillpulse: cannot create the database folder \/proc\/skillpulse-test\/sub: ENOENT/);
  }, 10_000);

  it.each([
    ['an unknown key', '{"scraping": {"concurency": 2}}', /unknown key "concurency" at scraping/],
    ['a wrong type', '{"server": {"port": "3000"}}', /server\.port: .*expected number/],
    ['invalid JSON', '{"server": {"port": 3000,}}', /invalid JSON/],
  ])('a config with %s', async (_label, text, pattern) => {
    const dir = tempDir();
    const config = join(dir, 'config.json');
    writeFileSync(config, text);
    const db = join(dir, 'x.db');
    const { code, stderr } = await runCli(['migrate', '--db', db, '--config', config]);
    expect(code).toBe(2);
    expectOneLine(stderr, new RegExp(`^skillpulse: config .*config\\.json: .*${pattern.source}`));
    expect(existsSync(db)).toBe(false);
  });

  it('a config from SKILLPULSE_CONFIG that does not exist', async () => {
    const dir = tempDir();
    const { code, stderr } = await runCli(['migrate', '--db', join(dir, 'x.db')], {
      env: { SKILLPULSE_CONFIG: join(dir, 'missing.json') },
    });
    expect(code).toBe(2);
    expectOneLine(stderr, /^skillpulse: config .*missing\.json: cannot read: no such file$/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an existing database is untouched by a bad config', async () => {
    const dir = tempDir();
    const db = join(dir, 'x.db');
    await runCli(['migrate', '--db', db]);
    const before = readFileSync(db);
    writeFileSync(join(dir, 'c.json'), '{"nope": true}');
    const { code } = await runCli(['migrate', '--db', db, '--config', join(dir, 'c.json')]);
    expect(code).toBe(2);
    expect(readFileSync(db).equals(before)).toBe(true);
  });

  it.each([
    [['bogus'], /unknown command 'bogus'/],
    [['migrate', '--nope'], /unknown option '--nope'/],
  ])('usage error %j exits 2', async (args, pattern) => {
    const { code, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(pattern);
  });
});
