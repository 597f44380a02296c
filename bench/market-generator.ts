// The dashboard benchmark's market: the bulk sample market
// (sample/market/bulk/) of N postings, generated once per size, seed and
// generator version into bench/.cache/ and reused.
// Usage: node dist/bench/market-generator.js --postings N [--seed S] [--out FILE]
import { existsSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/connection.js';
import { migrateToLatest } from '../db/migrate.js';
import {
  GENERATOR_VERSION,
  generateMarket,
  type MarketOptions,
  type MarketSummary,
} from '../sample/market/bulk/write.js';
import { repoRoot } from './repo-root.js';

export type { MarketOptions, MarketSummary };

/** --postings and --seed for node:util's parseArgs: the generator's command line and the dashboard bench take both. */
export const MARKET_ARGS = {
  postings: { type: 'string', default: '1000000' },
  seed: { type: 'string', default: '1' },
} as const;

/** What parseArgs read with MARKET_ARGS, or null unless both are whole numbers (and a posting at least). */
export function marketOptions(values: { postings?: unknown; seed?: unknown }): MarketOptions | null {
  const options = { postings: Number(values.postings), seed: Number(values.seed) };
  const valid = Number.isInteger(options.postings) && options.postings >= 1 && Number.isInteger(options.seed);
  return valid ? options : null;
}

export function marketCachePath(options: MarketOptions): string {
  return join(repoRoot(), 'bench', '.cache', `market-${options.postings}-${options.seed}-v${GENERATOR_VERSION}.db`);
}

/** The cached market for these options, generated first when it is not there yet. */
export async function cachedMarket(
  options: MarketOptions,
  log: (line: string) => void = () => undefined,
): Promise<{ path: string; generated: MarketSummary | null }> {
  const path = marketCachePath(options);
  if (existsSync(path)) {
    await migrateCached(path);
    return { path, generated: null };
  }
  log(`generating ${options.postings.toLocaleString('en-US')} postings (seed ${options.seed}) into ${path}…`);
  // Under a temporary name until complete: an interrupted run never leaves a file that looks cached.
  const partial = `${path}.partial`;
  const generated = await generateMarket(partial, options);
  renameSync(partial, path);
  return { path, generated: { ...generated, path } };
}

/**
 * A cached market gets the migrations added since it was generated (an index, a summary table), so the
 * bench reads the schema the app has; content changes bump GENERATOR_VERSION instead.
 */
async function migrateCached(path: string): Promise<void> {
  const opened = openDatabase(path);
  try {
    await migrateToLatest(opened.db);
    opened.handle.pragma('journal_mode = DELETE');
  } finally {
    await opened.close();
  }
}

export function describeSummary(s: MarketSummary): string {
  const n = (x: number) => x.toLocaleString('en-US');
  return [
    `${s.path}: ${(s.bytes / 1024 / 1024).toFixed(0)} MiB`,
    `  ${n(s.postings)} postings (${n(s.jobs)} jobs, ${n(s.crossPosted)} cross-posted), ${n(s.postingSkills)} skill links`,
    `  ${n(s.companies)} companies, ${n(s.sources)} sources, ${n(s.scrapeRuns)} scrape runs, ${n(s.trendCells)} trend cells`,
    `  ${s.seconds.total.toFixed(1)} s (insert ${s.seconds.insert.toFixed(1)} s, derived tables ${s.seconds.derived.toFixed(1)} s; CPU ${s.seconds.cpu.toFixed(1)} s)`,
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { ...MARKET_ARGS, out: { type: 'string' } } });
  const options = marketOptions(values);
  if (!options) {
    console.error('usage: market-generator --postings N [--seed S] [--out FILE]');
    process.exit(2);
  }
  if (values.out) {
    console.log(describeSummary(await generateMarket(values.out, options)));
    return;
  }
  const { path, generated } = await cachedMarket(options, (line) => console.error(line));
  console.log(generated ? describeSummary(generated) : `${path}: cached, reused`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
