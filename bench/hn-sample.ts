// A long scenario, not a test: the real `skillpulse scrape` CLI against a
// local Algolia-format server that serves HN "Who is hiring?" threads in the
// items format (e.g. the three real months kept outside this repository).
// It prints the CLI's summary table and what was stored.
// Usage: npm run hn-sample -- <folder of YYYY-MM.json thread files>
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../db/connection.js';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: npm run hn-sample -- <folder of YYYY-MM.json thread files>');
  process.exit(2);
}
const threads = readdirSync(folder)
  .filter((f) => /^\d{4}-\d{2}\.json$/.test(f))
  .map((f) => JSON.parse(readFileSync(join(folder, f), 'utf8')) as Record<string, unknown>);
const byId = new Map(threads.map((t) => [String(t.id), t]));

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const send = (status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  if (url.pathname === '/api/v1/search_by_date') {
    // Algolia's hits for the whoishiring stories inside the numeric filter's window.
    const window = /created_at_i>(\d+),created_at_i<(\d+)/.exec(url.searchParams.get('numericFilters') ?? '');
    const [after, before] = window ? [Number(window[1]), Number(window[2])] : [0, Number.MAX_SAFE_INTEGER];
    const hits = threads
      .filter((t) => (t.created_at_i as number) > after && (t.created_at_i as number) < before)
      .map((t) => ({
        objectID: String(t.id),
        title: t.title,
        author: t.author,
        created_at: t.created_at,
        created_at_i: t.created_at_i,
        num_comments: (t.children as unknown[]).length,
      }));
    return send(200, { hits, nbHits: hits.length, page: 0, nbPages: 1, hitsPerPage: 100 });
  }
  const item = /^\/api\/v1\/items\/(\d+)$/.exec(url.pathname);
  const thread = item ? byId.get(item[1] as string) : undefined;
  return thread ? send(200, thread) : send(404, { error: 'not found' });
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const months = threads.map((t) => new Date(t.created_at as string).toISOString().slice(0, 7)).sort();
const dir = mkdtempSync(join(tmpdir(), 'skillpulse-hn-'));
const config = join(dir, 'config.json');
const db = join(dir, 'hn.db');
writeFileSync(
  config,
  JSON.stringify({
    sources: [{ type: 'hn', name: 'hn', since: months[0], until: months.at(-1), baseUrl }],
    scraping: { perHostDelaySecs: 0, respectRobotsTxt: false },
  }),
);
const cli = fileURLToPath(new URL('../cli/main.js', import.meta.url));
// The CLI runs in its own process: this one keeps serving.
const started = performance.now();
const child = await new Promise<number>((resolve) => {
  spawn(process.execPath, [cli, '--config', config, '--db', db, '--quiet', 'scrape'], {
    stdio: 'inherit',
    env: { ...process.env, CI: 'true' },
  }).on('exit', (code) => resolve(code ?? 1));
});
console.log(`\nscrape took ${((performance.now() - started) / 1000).toFixed(1)} s`);
server.close();

const topLevel = threads.reduce((n, t) => n + (t.children as unknown[]).length, 0);
const opened = openDatabase(db, { readonly: true });
const count = async (where = '1 = 1') =>
  Number((opened.handle.prepare(`select count(*) as n from postings where ${where}`).get() as { n: number }).n);
console.log(`threads: ${threads.length} (${months.join(', ')}); top-level comments: ${topLevel}`);
console.log(
  `stored postings: ${await count()}; with a company: ${await count('company_id is not null')}; with a salary: ${await count('salary_min is not null or salary_max is not null')}; remote: ${await count("work_mode = 'remote'")}`,
);
await opened.close();
rmSync(dir, { recursive: true, force: true });
process.exitCode = child;
