// `skillpulse scrape` end to end: the built CLI, a config file pointing two
// sources at a local server, a real database file.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection.js';
import { summariesCurrent } from '../../db/summaries.js';
import { runCli } from '../helpers/cli.js';
import { json, startFixtureServer } from '../helpers/fixture-server.js';
import { useTempDir } from '../helpers/tmp.js';

const tempDir = useTempDir();
const JOB_TEXT = '<p>Build APIs in Go and PostgreSQL on AWS. Kafka a plus.</p>';

describe('skillpulse scrape', () => {
  it('scrapes every configured source and prints the summary table', async () => {
    const server = await startFixtureServer({
      '/v1/boards/acme/jobs': json({
        jobs: [
          { id: 1, title: 'Backend Engineer', content: JOB_TEXT.replace(/</g, '&lt;').replace(/>/g, '&gt;') },
          { id: 2, title: 'Recruiter', content: '&lt;p&gt;Hire people.&lt;/p&gt;' },
        ],
      }),
      '/v0/postings/globex': json([
        {
          id: 'a-1',
          text: 'Site Reliability Engineer',
          description: JOB_TEXT,
          hostedUrl: 'https://jobs.lever.co/globex/a-1',
        },
      ]),
    });
    const dir = tempDir();
    const config = join(dir, 'config.json');
    writeFileSync(
      config,
      JSON.stringify({
        sources: [
          { type: 'greenhouse', name: 'acme', board: 'acme', company: 'Acme', baseUrl: server.url },
          { type: 'lever', name: 'globex', site: 'globex', company: 'Globex', baseUrl: server.url },
          { type: 'lever', name: 'off', site: 'off', baseUrl: server.url, enabled: false },
        ],
        scraping: { perHostDelaySecs: 0, maxRetries: 0 },
      }),
    );
    const db = join(dir, 'sp.db');
    const { code, stdout, stderr } = await runCli(['--config', config, '--db', db, 'scrape']);
    expect(stderr).not.toMatch(/error/i);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(
      /^source\s+status\s+pages\s+new\s+updated\s+unchanged\s+closed\s+skipped\s+failed\s+reasons$/,
    );
    expect(lines[2]).toMatch(/^acme\s+succeeded\s+1\s+1\s+0\s+0\s+0\s+1\s+0\s+not-backend 1$/);
    expect(lines[3]).toMatch(/^globex\s+succeeded\s+1\s+1\s+0\s+0\s+0\s+0\s+0\s+—$/);
    expect(lines[4]).toMatch(/^total\s+2\s+2\s+0\s+0\s+0\s+1\s+0$/);
    expect(lines).toHaveLength(5);
    // The run ends with the summaries rebuilt: the dashboard reads them, not the rows.
    const opened = openDatabase(db, { readonly: true });
    try {
      expect(await summariesCurrent(opened.db)).toBe(true);
      const own = await opened.db.selectFrom('skill_pair_jobs').selectAll().where('skill_id', '=', '').execute();
      expect(own).toEqual([{ skill_id: '', other_id: '', jobs: 2 }]);
    } finally {
      await opened.close();
    }

    const again = await runCli(['--config', config, '--db', db, 'scrape', '--source', 'acme']);
    expect(again.code).toBe(0);
    expect(again.stdout.split('\n')[2]).toMatch(/^acme\s+succeeded\s+1\s+0\s+0\s+1\s+0\s+1\s+0/);

    const unknown = await runCli(['--config', config, '--db', db, 'scrape', '--source', 'nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no source named "nope"; configured: acme, globex, off/);
  });

  it('exits 1 when a source fails, after storing what the others gave', async () => {
    const server = await startFixtureServer({ '/v1/boards/gone/jobs': { status: 404 } });
    const dir = tempDir();
    const config = join(dir, 'config.json');
    writeFileSync(
      config,
      JSON.stringify({
        sources: [{ type: 'greenhouse', name: 'gone', board: 'gone', baseUrl: server.url }],
        scraping: { perHostDelaySecs: 0, maxRetries: 0 },
      }),
    );
    const { code, stdout, stderr } = await runCli(['--config', config, '--db', join(dir, 'sp.db'), 'scrape']);
    expect(code).toBe(1);
    expect(stdout.split('\n')[2]).toMatch(/^gone\s+failed\s+0\s+0\s+0\s+0\s+0\s+0\s+1\s+http-404 1$/);
    expect(stderr).toMatch(/scrape: gone failed \(see the table\)/);
  });
});
