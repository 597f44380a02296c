// `npm run bench`: runs every benchmark and prints one table. It runs the
// compiled code in dist/, the code the CLI ships: transpiling on the fly
// (tsx) measured about 50% slower on the same source. Each suite runs in a
// child process of its own, so the peak RSS a row reports is its suite's
// (a process's RSS stays near an earlier suite's peak), and no suite runs on
// the heap and the compiled code an earlier one left.
// Usage: npm run bench [-- name-filter [suite options, e.g. dashboard --postings 100000]]
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import * as dashboard from './dashboard.bench.js';
import * as enrichment from './enrichment.bench.js';
import { type BenchRow, formatTable } from './harness.js';
import * as ingest from './ingest.bench.js';
import * as scrape from './scrape.bench.js';

type Suite = { name: string; run: () => Promise<BenchRow[]> };

/** Every benchmark suite, in the order the table lists them: the way a posting goes, fetched to exported. */
const suites: Suite[] = [
  { name: 'scrape', run: scrape.run },
  { name: 'enrichment', run: enrichment.run },
  { name: 'ingest', run: ingest.run },
  { name: 'dashboard', run: dashboard.run },
];

/** A child's rows come back on one stdout line after this marker; its other lines are passed through. */
const ROWS = 'bench-rows:';

/** Runs one suite in a child process (this script with `--suite name` and the suite options) for its rows. */
function inChild(name: string, options: string[]): Promise<BenchRow[]> {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--suite', name, ...options], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let rows: BenchRow[] | null = null;
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (line.startsWith(ROWS)) rows = JSON.parse(line.slice(ROWS.length)) as BenchRow[];
    else console.log(line);
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0 && rows) resolve(rows);
      else reject(new Error(`benchmark ${name} exited with ${code} before reporting its rows`));
    });
  });
}

if (process.argv[2] === '--suite') {
  const suite = suites.find((s) => s.name === process.argv[3]);
  if (!suite) throw new Error(`no suite named ${process.argv[3]}`);
  process.stdout.write(`${ROWS}${JSON.stringify(await suite.run())}\n`);
} else {
  const filter = process.argv[2];
  const rows: BenchRow[] = [];
  for (const suite of suites) {
    if (filter && !suite.name.includes(filter)) continue;
    process.stderr.write(`running ${suite.name}…\n`);
    rows.push(...(await inChild(suite.name, process.argv.slice(3))));
  }
  if (rows.length === 0) {
    console.log(filter ? `no benchmark matches "${filter}"` : 'no benchmarks yet');
  } else {
    console.log(formatTable(rows));
  }
}
