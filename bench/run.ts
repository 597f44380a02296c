// `npm run bench`: runs every benchmark and prints one table. It runs the
// compiled code in dist/, the code the CLI ships: transpiling on the fly
// (tsx) measured about 50% slower on the same source.
// Usage: npm run bench [-- name-filter [suite options, e.g. dashboard --postings 100000]]
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

const filter = process.argv[2];
const rows: BenchRow[] = [];
for (const suite of suites) {
  if (filter && !suite.name.includes(filter)) continue;
  process.stderr.write(`running ${suite.name}…\n`);
  rows.push(...(await suite.run()));
}
if (rows.length === 0) {
  console.log(filter ? `no benchmark matches "${filter}"` : 'no benchmarks yet');
} else {
  console.log(formatTable(rows));
}
