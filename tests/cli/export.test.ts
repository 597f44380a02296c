// `skillpulse export` end to end: the built CLI over a real database file
// stored the way a scrape stores it.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureSource } from '../../db/sources.js';
import { POSTING_COLUMNS, SKILL_COLUMNS } from '../../src/export/columns.js';
import { TAXONOMY_VERSION } from '../../src/taxonomy/skills-data.js';
import { insertBulkPostings } from '../helpers/bulk-postings.js';
import { CLI, cliEnv, runCli } from '../helpers/cli.js';
import { csvObjects, parseCsv } from '../helpers/csv.js';
import { migratedDbWithSkills } from '../helpers/db.js';
import { posting as normalized, storeEnriched } from '../helpers/store.js';
import { useTempDir } from '../helpers/tmp.js';

const tempDir = useTempDir();
const NOW = new Date('2026-06-01T03:00:00Z');

const posting = (id: string, title: string, description: string, postedAt: string, euros?: number) =>
  normalized(id, {
    title,
    company: `Company ${id}`,
    country: 'DE',
    description,
    salary: euros ? { min: euros, max: euros, currency: 'EUR', period: 'year' } : null,
    postedAt,
  });

/** March 2026: 2 jobs, both Kafka (EUR 70,000 and 90,000); May: 1 senior job, Kafka, no salary. */
async function fixtureDb(): Promise<{ dir: string; db: string }> {
  const dir = tempDir();
  const path = join(dir, 'sp.db');
  const opened = await migratedDbWithSkills(path);
  const source = await ensureSource(opened.db, { name: 'gh', type: 'greenhouse', settings: {} }, NOW);
  const postings = [
    posting('1', 'Backend Engineer', '<p>Kafka and Rust.</p>', '2026-03-02T10:00:00Z', 70_000),
    posting('2', '=cmd|Platform Engineer', '<p>Kafka on Kubernetes.</p>', '2026-03-09T10:00:00Z', 90_000),
    posting('3', 'Senior Backend Engineer', '<p>Kafka and Redis.</p>', '2026-05-04T10:00:00Z'),
  ];
  await storeEnriched(opened.db, source, postings, NOW);
  await opened.close();
  return { dir, db: path };
}

describe('skillpulse export', () => {
  it('skills --out writes the CSV and its method note beside it, and nothing else', async () => {
    const { dir, db } = await fixtureDb();
    const out = join(dir, 'skills.csv');
    const { code, stdout, stderr } = await runCli(['--db', db, 'export', 'skills', '--out', out]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const rows = csvObjects(readFileSync(out, 'utf8'));
    expect(stdout).toBe(`wrote ${rows.length} rows to ${out} (method: ${out}.meta.json)\n`);
    expect(Object.keys(rows[0] ?? {})).toEqual(SKILL_COLUMNS.map((c) => c.name));
    expect(rows.find((r) => r.skill_id === 'kafka' && r.period === '2026-03')).toMatchObject({
      postings: '2',
      total: '2',
      share: '1',
      median_annual_salary: '80000',
      salary_n: '2',
      salary_currency: 'EUR',
    });
    const meta = JSON.parse(readFileSync(`${out}.meta.json`, 'utf8'));
    expect(meta).toMatchObject({
      export: 'skills',
      taxonomyVersion: TAXONOMY_VERSION,
      window: { from: '2026-03-01', to: '2026-05-31', interval: 'month' },
      filters: { interval: 'month' },
      salary: { currency: 'EUR', chosen: 'most common' },
    });
    expect(
      readdirSync(dir)
        .filter((f) => !f.startsWith('sp.db'))
        .sort(),
    ).toEqual(['skills.csv', 'skills.csv.meta.json']);
  });

  it('takes the filters as options, checked like the HTTP parameters', async () => {
    const { dir, db } = await fixtureDb();
    const out = join(dir, 'senior.csv');
    const { code } = await runCli([
      '--db',
      db,
      'export',
      'skills',
      '--out',
      out,
      '--seniority',
      'senior',
      '--category',
      'messaging',
      '--interval',
      'week',
      '--from',
      '2026-05-04',
      '--to',
      '2026-05-10',
      '--bom',
    ]);
    expect(code).toBe(0);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csvObjects(bytes.subarray(3).toString('utf8'));
    expect(new Set(rows.map((r) => r.category))).toEqual(new Set(['messaging']));
    expect(rows.find((r) => r.skill_id === 'kafka')).toMatchObject({ period: '2026-W19', postings: '1', total: '1' });
    const meta = JSON.parse(readFileSync(`${out}.meta.json`, 'utf8'));
    expect(meta.filters).toEqual({
      interval: 'week',
      from: '2026-05-04',
      to: '2026-05-10',
      seniority: 'senior',
      category: 'messaging',
    });
  });

  it('postings without --out go to stdout, with no method note written', async () => {
    const { dir, db } = await fixtureDb();
    const { code, stdout } = await runCli(['--db', db, 'export', 'postings'], { cwd: dir });
    expect(code).toBe(0);
    const rows = csvObjects(stdout);
    expect(parseCsv(stdout)[0]).toEqual(POSTING_COLUMNS.map((c) => c.name));
    expect(rows.map((r) => [r.id, r.title, r.skills])).toEqual([
      ['1', 'Backend Engineer', 'kafka rust'],
      ['2', `'=cmd|Platform Engineer`, 'kafka kubernetes'],
      ['3', 'Senior Backend Engineer', 'kafka redis'],
    ]);
    expect(readdirSync(dir).filter((f) => !f.startsWith('sp.db'))).toEqual([]);
  });

  it.each([
    [['postings', '--work-mode', 'moon'], '--work-mode: expected comma-separated remote | hybrid | onsite'],
    [['skills', '--interval', 'year'], '--interval: '],
    [['skills', '--from', '2026-05-01', '--to', '2026-03-01'], '--from: after to'],
    [['postings', '--from', '2026-05-01', '--to', '2026-03-01'], '--from: after to'],
    [['skills', '--currency', 'eur'], '--currency: expected an ISO 4217 code such as EUR'],
    [['postings', '--currency', 'EUR'], '--currency: only the skills export has salary columns'],
    [['skills', '--country', 'Germany'], '--country: expected comma-separated ISO 3166-1 alpha-2 codes'],
  ])('export %j → exit 2: %s', async (args, message) => {
    const { db } = await fixtureDb();
    const { code, stderr, stdout } = await runCli(['--db', db, 'export', ...args]);
    expect(code).toBe(2);
    expect(stderr).toContain(`skillpulse: ${message}`);
    expect(stdout).toBe('');
  });

  it('refuses an unknown export, a missing database and a missing folder', async () => {
    const { dir, db } = await fixtureDb();
    const unknown = await runCli(['--db', db, 'export', 'jobs']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Allowed choices are skills, postings/);

    const missing = await runCli(['--db', join(dir, 'none.db'), 'export', 'skills']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no database at');
    expect(existsSync(join(dir, 'none.db'))).toBe(false);

    const folder = await runCli(['--db', db, 'export', 'skills', '--out', join(dir, 'no', 'such.csv')]);
    expect(folder.code).toBe(1);
    expect(folder.stderr).toContain('cannot write');
  });
});

describe('skillpulse export, 20,000 postings', () => {
  const N = 20_000;

  async function largeDb(): Promise<{ dir: string; db: string }> {
    const dir = tempDir();
    const path = join(dir, 'big.db');
    const opened = await migratedDbWithSkills(path);
    await insertBulkPostings(opened, N, NOW, () => '2026-03-02T10:00:00Z');
    await opened.close();
    return { dir, db: path };
  }

  it('streams every row to the file, replacing an older export whole', async () => {
    const { dir, db } = await largeDb();
    const out = join(dir, 'postings.csv');
    writeFileSync(out, 'an older export\r\n');
    const { code, stdout } = await runCli(['--db', db, 'export', 'postings', '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toContain(`wrote ${N} rows`);
    const rows = csvObjects(readFileSync(out, 'utf8'));
    expect(rows).toHaveLength(N);
    expect(rows.at(-1)?.title).toBe(`Backend Engineer ${N - 1}`);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('killed mid-way, leaves no partial file under the real name', async () => {
    const { dir, db } = await largeDb();
    const out = join(dir, 'killed.csv');
    const child = execFile(process.execPath, [CLI, '--db', db, 'export', 'postings', '--out', out], { env: cliEnv() });
    // Once the temporary file has started, or at the latest after 3 s.
    const started = Date.now();
    while (!readdirSync(dir).some((f) => f.endsWith('.tmp')) && Date.now() - started < 3_000) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    // Whatever the timing: either no file by that name, or the whole export.
    if (existsSync(out)) expect(csvObjects(readFileSync(out, 'utf8'))).toHaveLength(N);
  });
});
