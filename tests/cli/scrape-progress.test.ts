// The live progress line `skillpulse scrape` draws on a terminal, read from
// an in-process run against a local server.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runScrape } from '../../cli/commands/scrape.js';
import { createContext } from '../../cli/context.js';
import { readEnv } from '../../cli/settings.js';
import { json, startFixtureServer } from '../helpers/fixture-server.js';
import { useTempDir } from '../helpers/tmp.js';

const tempDir = useTempDir();

function capture(isTTY: boolean) {
  const stream = Object.assign(new PassThrough(), { isTTY });
  const chunks: string[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c.toString()));
  return { stream, text: () => chunks.join('') };
}

describe('scrape progress', () => {
  it('redraws one line per source on a terminal, then prints the table', async () => {
    const server = await startFixtureServer({
      '/v1/boards/acme/jobs': json({
        jobs: [{ id: 1, title: 'Backend Engineer', content: '&lt;p&gt;Go and PostgreSQL on AWS.&lt;/p&gt;' }],
      }),
    });
    const dir = tempDir();
    const config = join(dir, 'config.json');
    writeFileSync(
      config,
      JSON.stringify({
        sources: [{ type: 'greenhouse', name: 'acme', board: 'acme', baseUrl: server.url }],
        scraping: { perHostDelaySecs: 0 },
      }),
    );
    const ctx = createContext({ config, db: join(dir, 'sp.db'), quiet: true }, readEnv({}), false);
    const out = capture(false);
    const tty = capture(true);
    const [summary] = await runScrape(ctx, {}, out.stream, tty.stream);
    expect(summary).toMatchObject({ source: 'acme', status: 'succeeded' });
    // Each redraw goes back to the line start and clears it; the last one is cleared for the table.
    expect(tty.text()).toContain('\r\x1b[2Kacme: 1 pages, 1 new, 0 updated, 0 unchanged, 0 skipped, 0 errors');
    expect(tty.text().endsWith('\r\x1b[2K')).toBe(true);
    expect(out.text()).toMatch(/^source\s+status/);
    expect(out.text()).toMatch(/\nacme\s+succeeded\s+1\s+1\s/);
  });
});
