// The sample market at a million postings, for the dashboard benchmark: the
// same companies' names and the same skill curves as the served sample
// market (../curves.ts), over 36 months, written straight into a SQLite file
// through the real migrations (scraping a million pages would take hours):
// bulk-inserted with raw prepared statements, then the derived tables
// rebuilt. Deterministic from the seed. bench/market-generator.ts caches it.
import { rmSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { rebuildTrendCounts } from '../../../db/aggregates.js';
import { type Db, openDatabase } from '../../../db/connection.js';
import { migrateToLatest } from '../../../db/migrate.js';
import type { NewPostingSkill } from '../../../db/schema.js';
import { syncTaxonomy } from '../../../db/skills.js';
import { rebuildSummaries } from '../../../db/summaries.js';
import { companyKey } from '../../../src/posting-identity.js';
import { buildMarket, type Market, type PostingRow, type ScrapeRunRow } from './model.js';

/** Bump when the generated content changes: cached files of another version are not reused. */
export const GENERATOR_VERSION = 4;

export interface MarketOptions {
  postings: number;
  seed: number;
}

export interface MarketSummary {
  path: string;
  postings: number;
  jobs: number;
  crossPosted: number;
  postingSkills: number;
  companies: number;
  sources: number;
  scrapeRuns: number;
  trendCells: number;
  /** Wall-clock seconds; `cpu` is this process's CPU time (user + system), which a busy machine does not inflate. */
  seconds: { insert: number; derived: number; total: number; cpu: number };
  bytes: number;
}

/** Postings (and their skill links) per transaction. */
const POSTINGS_PER_TRANSACTION = 50_000;
/** Rows per multi-row insert (SQLite takes up to 32,766 parameters a statement). */
const POSTINGS_PER_INSERT = 128;
const LINKS_PER_INSERT = 512;
const RUNS_PER_INSERT = 256;

/**
 * Writes the market to `path` (replacing any file there): migrations, the
 * taxonomy's skills, sources, companies, postings with their skill links,
 * a daily scrape run per source, then the derived tables (rebuildDerived).
 */
export async function generateMarket(path: string, options: MarketOptions): Promise<MarketSummary> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
  const opened = openDatabase(path);
  try {
    await migrateToLatest(opened.db);
    await syncTaxonomy(opened.db);
    // A throwaway file: the rollback journal in memory, no fsync, a big page cache while loading; a crash
    // leaves a file nobody reuses (the cache is written under a temporary name and renamed when complete).
    opened.handle.pragma('journal_mode = MEMORY');
    opened.handle.pragma('synchronous = OFF');
    opened.handle.pragma('cache_size = -1048576');
    // The generator's ids are consistent by construction (the tests run foreign_key_check); checking each of
    // 8 million rows against two parents is time for nothing.
    opened.handle.pragma('foreign_keys = OFF');
    const restore = suspendForLoad(opened.handle);
    const counts = insertMarket(opened.handle, buildMarket(options.seed, options.postings));
    restore();
    const inserted = performance.now();
    await rebuildDerived(opened.db);
    const trendCells = Number(
      (opened.handle.prepare('select count(*) from skill_period_jobs').pluck().get() as number | bigint) ?? 0,
    );
    opened.handle.pragma('foreign_keys = ON');
    // A rollback journal, not the app's write-ahead log: a read-only open (the bench's) then needs no -wal and
    // -shm files beside it; the app switches any file it writes to WAL when it opens it.
    opened.handle.pragma('journal_mode = DELETE');
    await opened.close();
    const done = performance.now();
    const used = process.cpuUsage(cpu);
    return {
      path,
      ...counts,
      trendCells,
      seconds: {
        insert: (inserted - started) / 1000,
        derived: (done - inserted) / 1000,
        total: (done - started) / 1000,
        cpu: (used.user + used.system) / 1e6,
      },
      bytes: statSync(path).size,
    };
  } catch (error) {
    await opened.close().catch(() => undefined);
    throw error;
  }
}

/**
 * Everything computed from the postings: the trend counts, the summaries and the full-text
 * index. The index is contentless (migration 0005), so FTS5 refuses its
 * 'rebuild': it is emptied, then filled with what its insert trigger writes
 * (title, company name, description text).
 */
export async function rebuildDerived(db: Db): Promise<void> {
  await rebuildTrendCounts(db);
  await rebuildSummaries(db);
  await sql`insert into postings_fts(postings_fts) values('delete-all')`.execute(db);
  await sql`
    insert into postings_fts (rowid, title, company, description)
    select postings.id, postings.title, companies.name, postings.description_text
    from postings left join companies on companies.id = postings.company_id`.execute(db);
}

/**
 * Drops, for the load, what costs most per row and is cheaper built once
 * over all of them, and returns what puts it back: the secondary indexes of
 * postings and posting_skills (built again by sorting, not by millions of
 * random b-tree inserts), and the triggers that index each inserted posting
 * for full-text search (inside a trigger every row flushes FTS5's pending
 * terms, 150 µs a posting; rebuildDerived indexes them all in one statement
 * for a tenth of that). Read from sqlite_master, so indexes and triggers that
 * later migrations add are handled alike; the UNIQUE and PRIMARY KEY indexes
 * (no SQL of their own) stay.
 */
function suspendForLoad(handle: BetterSqlite3.Database): () => void {
  const objects = handle
    .prepare(
      `select type, name, sql from sqlite_master
       where tbl_name in ('postings', 'posting_skills') and sql is not null
         and (type = 'index' or (type = 'trigger' and (sql like '%postings_fts%' or sql like '%postings_changes%')))`,
    )
    .all() as Array<{ type: 'index' | 'trigger'; name: string; sql: string }>;
  const dropped = objects.filter((o) => o.type === 'index' || /\bafter\s+insert\s+on\b/i.test(o.sql));
  for (const o of dropped) handle.exec(`drop ${o.type} "${o.name}"`);
  return () => {
    // Indexes first: the triggers' statements may read through them.
    for (const o of dropped.filter((d) => d.type === 'index')) handle.exec(o.sql);
    for (const o of dropped.filter((d) => d.type === 'trigger')) handle.exec(o.sql);
  };
}

/**
 * Columns of each table the generator writes, every one of the schema's
 * (`satisfies Record<…>` fails to compile when db/schema.ts gains or loses one).
 */
const COLUMNS = {
  postings: Object.keys({
    id: 1,
    source_id: 1,
    external_id: 1,
    url: 1,
    attribution_url: 1,
    title: 1,
    company_id: 1,
    location_text: 1,
    country: 1,
    city: 1,
    work_mode: 1,
    seniority: 1,
    years_min: 1,
    employment_type: 1,
    description_html: 1,
    description_text: 1,
    salary_min: 1,
    salary_max: 1,
    salary_currency: 1,
    salary_period: 1,
    salary_origin: 1,
    salary_annual_min: 1,
    salary_annual_max: 1,
    source_facts: 1,
    ai_class: 1,
    is_backend: 1,
    posted_at: 1,
    first_seen_at: 1,
    last_seen_at: 1,
    closed_at: 1,
    content_hash: 1,
    duplicate_key: 1,
    identity_key: 1,
    taxonomy_version: 1,
  } satisfies Record<keyof PostingRow, 1>) as Array<keyof PostingRow>,
  postingSkills: Object.keys({
    posting_id: 1,
    skill_id: 1,
    requirement: 1,
    matched_text: 1,
    match_start: 1,
    match_end: 1,
  } satisfies Record<keyof NewPostingSkill, 1>) as Array<keyof NewPostingSkill>,
  scrapeRuns: Object.keys({
    id: 1,
    source_id: 1,
    trigger: 1,
    status: 1,
    started_at: 1,
    finished_at: 1,
    pages_fetched: 1,
    postings_new: 1,
    postings_updated: 1,
    postings_unchanged: 1,
    postings_closed: 1,
    postings_skipped: 1,
    postings_failed: 1,
    skip_reasons: 1,
    failure_reasons: 1,
    error: 1,
  } satisfies Record<keyof ScrapeRunRow, 1>) as Array<keyof ScrapeRunRow>,
};

function insertSql(table: string, columns: readonly string[], rows = 1): string {
  const row = `(${columns.map(() => '?').join(', ')})`;
  return `insert into ${table} (${columns.join(', ')}) values ${Array<string>(rows).fill(row).join(', ')}`;
}

/**
 * Rows written `perStatement` at a time: fewer statement calls, and fewer
 * statement savepoints, each of which makes FTS5 flush what its trigger
 * indexed (one row per statement cost 250 µs a posting).
 */
function bulkInsert<K extends string>(
  handle: BetterSqlite3.Database,
  table: string,
  columns: readonly K[],
  perStatement: number,
) {
  const many = handle.prepare(insertSql(table, columns, perStatement));
  const one = handle.prepare(insertSql(table, columns));
  let values: unknown[] = [];
  let rows = 0;
  return {
    add(row: Record<K, unknown>): void {
      for (const c of columns) values.push(row[c]);
      if (++rows === perStatement) {
        many.run(values);
        values = [];
        rows = 0;
      }
    },
    flush(): void {
      for (let at = 0; at < values.length; at += columns.length) one.run(values.slice(at, at + columns.length));
      values = [];
      rows = 0;
    },
  };
}

function insertMarket(handle: BetterSqlite3.Database, market: Market) {
  const insertSource = handle.prepare(
    'insert into sources (id, name, type, settings, created_at, updated_at) values (?, ?, ?, ?, ?, ?)',
  );
  const insertCompany = handle.prepare('insert into companies (id, key, name) values (?, ?, ?)');
  const postings = bulkInsert(handle, 'postings', COLUMNS.postings, POSTINGS_PER_INSERT);
  const links = bulkInsert(handle, 'posting_skills', COLUMNS.postingSkills, LINKS_PER_INSERT);
  const runs = bulkInsert(handle, 'scrape_runs', COLUMNS.scrapeRuns, RUNS_PER_INSERT);
  const inTransaction = (work: () => void) => handle.transaction(work)();

  inTransaction(() => {
    for (const s of market.sources) insertSource.run(s.id, s.name, s.type, s.settings, s.createdAt, s.createdAt);
    for (const [i, name] of market.companies.entries()) insertCompany.run(i + 1, companyKey(name), name);
  });
  let postingCount = 0;
  let linkCount = 0;
  let done = false;
  while (!done) {
    inTransaction(() => {
      for (let n = 0; n < POSTINGS_PER_TRANSACTION; n++) {
        const next = market.nextPosting();
        if (!next) {
          done = true;
          break;
        }
        postings.add(next.row);
        for (const link of next.skills) links.add(link);
        linkCount += next.skills.length;
        postingCount++;
      }
      postings.flush();
      links.flush();
    });
  }
  const runRows = market.scrapeRuns();
  inTransaction(() => {
    for (const run of runRows) runs.add(run);
    runs.flush();
  });
  return {
    postings: postingCount,
    jobs: market.stats.jobs,
    crossPosted: market.stats.crossPosted,
    postingSkills: linkCount,
    companies: market.companies.length,
    sources: market.sources.length,
    scrapeRuns: runRows.length,
  };
}
