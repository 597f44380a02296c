// Ingest throughput: the sample market's postings, as its sources' adapters
// read them (sample/market/read-offline.ts, no crawl), through the ingest a
// scrape runs (enrich, drop what is not backend, store in batches, run
// records, closing what a complete listing no longer holds) into a SQLite
// file. Against the same postings stored a transaction each, the way a
// scraper that writes each posting as it arrives would, in the same process;
// and the nightly case, the same listings read again with nothing changed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type Db, openDatabase } from '../db/connection.js';
import { migrateToLatest } from '../db/migrate.js';
import { closeUnseen } from '../db/postings-store.js';
import { emptyCounts, finishRun, startRun } from '../db/runs.js';
import { syncTaxonomy } from '../db/skills.js';
import { ensureSource } from '../db/sources.js';
import { sampleMarket } from '../sample/market/model.js';
import { readMarketOffline, type SourcePostings } from '../sample/market/read-offline.js';
import { DEFAULT_BATCH_SIZE, Ingest } from '../scrapers/ingest.js';
import { adapterFor } from '../scrapers/registry.js';
import { createEnricher, type Enricher } from '../src/enrich/enrich.js';
import { type BenchRow, percentile, trackPeakRss } from './harness.js';

const POSTINGS = 6_000;
const ROUNDS = 5;
/** The sample market's last day, fixed so every run reads the same postings. */
const TODAY = new Date('2026-11-01T06:00:00Z');

interface Store {
  db: Db;
  enricher: Enricher;
}

/**
 * Every source of the market ingested as one run each, under names of this
 * round (`prefix`): returns postings read per second. The runs' clock starts
 * at TODAY and moves with the process's, so each run starts after the last
 * one's postings were seen (closing compares the two).
 */
async function ingestMarket(store: Store, read: SourcePostings[], prefix: string, batchSize: number): Promise<number> {
  const { db, enricher } = store;
  let postings = 0;
  const now = () => new Date(TODAY.getTime() + performance.now());
  const started = performance.now();
  for (const { source, config, pages } of read) {
    const sourceId = await ensureSource(
      db,
      { name: `${prefix}${source.name}`, type: source.type, settings: {} },
      now(),
    );
    const runStartedAt = now();
    const runId = await startRun(db, sourceId, 'manual', runStartedAt);
    const counts = emptyCounts();
    const ingest = new Ingest({ db, sourceId, runId, enricher, counts, now, batchSize });
    for (const page of pages) {
      counts.pagesFetched++;
      postings += page.length;
      await ingest.add(page);
    }
    await ingest.flush();
    if (adapterFor(config.type).completeListing) counts.closed = await closeUnseen(db, sourceId, runStartedAt, now());
    await finishRun(db, runId, { status: 'succeeded', counts, error: null }, now());
  }
  return (postings / (performance.now() - started)) * 1000;
}

/** Postings, runs and skill links go with their source (foreign keys cascade). */
async function dropRound(db: Db, prefix: string): Promise<void> {
  await db.deleteFrom('sources').where('name', 'like', `${prefix}%`).execute();
}

export async function run(): Promise<BenchRow[]> {
  const market = sampleMarket({ seed: 1, today: TODAY, postings: POSTINGS });
  const read = readMarketOffline(market.sources, TODAY);
  const total = read.reduce((sum, s) => sum + s.pages.flat().length, 0);
  const dir = mkdtempSync(join(tmpdir(), 'skillpulse-bench-'));
  const opened = openDatabase(join(dir, 'ingest.db'));
  const store = { db: opened.db, enricher: createEnricher() };
  const rss = trackPeakRss();
  const rates = { batched: [] as number[], single: [] as number[], again: [] as number[] };
  try {
    await migrateToLatest(opened.db);
    // As a scrape does before its first run: skill links point to the taxonomy's rows.
    await syncTaxonomy(opened.db);
    // Warm-up: JIT, the connection's prepared statements.
    await ingestMarket(store, read, 'warm-', DEFAULT_BATCH_SIZE);
    await dropRound(opened.db, 'warm-');
    // Interleaved, alternating which goes first, so both see the same machine.
    for (let round = 0; round < ROUNDS; round++) {
      const batched = async () => {
        rates.batched.push(await ingestMarket(store, read, `b${round}-`, DEFAULT_BATCH_SIZE));
        rates.again.push(await ingestMarket(store, read, `b${round}-`, DEFAULT_BATCH_SIZE));
        await dropRound(opened.db, `b${round}-`);
      };
      const single = async () => {
        rates.single.push(await ingestMarket(store, read, `s${round}-`, 1));
        await dropRound(opened.db, `s${round}-`);
      };
      if (round % 2 === 0) {
        await batched();
        await single();
      } else {
        await single();
        await batched();
      }
    }
  } finally {
    await opened.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const peakRssMiB = rss.stop();
  const ratios = rates.batched.map((b, i) => b / (rates.single[i] as number));
  const label = `${total.toLocaleString('en-US')} sample-market postings from ${read.length} sources`;
  return [
    {
      name: `ingest: ${label}, new (enrich + store, ${DEFAULT_BATCH_SIZE} a transaction)`,
      unit: 'postings/s',
      value: percentile(rates.batched, 50),
      baselineName: 'the same, a transaction per posting',
      baseline: percentile(rates.single, 50),
      ratio: percentile(ratios, 50),
      target: '—',
      met: null,
      peakRssMiB,
    },
    {
      name: `ingest: ${label}, read again unchanged (a nightly run)`,
      unit: 'postings/s',
      value: percentile(rates.again, 50),
      baselineName: 'the first ingest of them',
      baseline: percentile(rates.batched, 50),
      ratio: percentile(
        rates.again.map((a, i) => a / (rates.batched[i] as number)),
        50,
      ),
      target: '—',
      met: null,
      peakRssMiB,
    },
  ];
}
