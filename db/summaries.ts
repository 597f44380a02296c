// The summary tables (migration 0006): rebuilt whole from the postings after
// each run, and read by the unfiltered views while they are current. A
// trigger counts every change to postings; the summaries record the count
// they were built at, so a reader can tell at once whether they still
// describe the rows, and counts from the rows when they do not.
import { sql } from 'kysely';
import { SummaryAccumulator, type SummaryPosting } from '../src/summaries/accumulator.js';
import type { Db } from './connection.js';
import { postingDay } from './job-filter.js';
import { insertChunks, insertRows } from './multi-row-insert.js';
import { annualValue, statesAnnual } from './salary-value.js';

/** Bump when what the summaries hold changes: older ones are rebuilt when the database is next opened. */
export const SUMMARIES_VERSION = 1;

const CHANGES = 'postings_changes';
const BUILT_AT = 'summaries_built_at';
const RULES = 'summaries_rules';
/** Rows per insert: a power of two below SQLite's 32,766 parameters at 10 values a row. */
const ROWS_PER_INSERT = 2_048;

/** Whether the summaries describe the postings as they are now (and follow this build's rules). */
export async function summariesCurrent(db: Db): Promise<boolean> {
  const rows = await db
    .selectFrom('derived_state')
    .select(['name', 'version'])
    .where('name', 'in', [CHANGES, BUILT_AT, RULES])
    .execute();
  const version = new Map(rows.map((r) => [r.name, r.version]));
  return version.get(RULES) === SUMMARIES_VERSION && version.get(BUILT_AT) === version.get(CHANGES);
}

async function changesCount(db: Db): Promise<number> {
  const row = await db.selectFrom('derived_state').select('version').where('name', '=', CHANGES).executeTakeFirst();
  return row?.version ?? 0;
}

/**
 * Rebuilds the summaries unless they are current. Read in one snapshot, then
 * written in a short transaction that first checks no posting changed in
 * between (another process's run, say): if one did, nothing is written and
 * the views go on counting rows until the next refresh. Returns whether it wrote.
 */
export async function refreshSummaries(db: Db): Promise<boolean> {
  if (await summariesCurrent(db)) return false;
  return rebuildSummaries(db);
}

/** Rebuilds the summaries whatever their state (after a bulk load that bypassed the change counter). */
export async function rebuildSummaries(db: Db): Promise<boolean> {
  const built = await db.transaction().execute(async (trx) => ({
    changes: await changesCount(trx),
    summary: await summarize(trx),
  }));
  return db.transaction().execute(async (trx) => {
    if ((await changesCount(trx)) !== built.changes) return false;
    await writeSummaries(trx, built.summary);
    await setState(trx, BUILT_AT, built.changes);
    await setState(trx, RULES, SUMMARIES_VERSION);
    return true;
  });
}

async function setState(db: Db, name: string, version: number): Promise<void> {
  await db
    .insertInto('derived_state')
    .values({ name, version })
    .onConflict((oc) => oc.column('name').doUpdateSet({ version }))
    .execute();
}

const openUntil = sql<string>`substr(coalesce(postings.closed_at, postings.last_seen_at), 1, 10)`;

/** Every backend job, read once in duplicate-key order, its postings in id order. */
async function summarize(db: Db): Promise<SummaryAccumulator> {
  const span = await db
    .selectFrom('postings')
    .select([
      sql<string | null>`min(${postingDay})`.as('first'),
      sql<string | null>`max(max(${postingDay}, ${openUntil}))`.as('last'),
    ])
    .where('is_backend', '=', 1)
    .executeTakeFirstOrThrow();
  const summary = new SummaryAccumulator(span.first && span.last ? { first: span.first, last: span.last } : null);
  if (!span.first) return summary;

  const rows = db
    .selectFrom('postings')
    .leftJoin('companies', 'companies.id', 'postings.company_id')
    .select((eb) => [
      'postings.duplicate_key as key',
      postingDay.as('day'),
      openUntil.as('openUntil'),
      'companies.name as company',
      'postings.seniority',
      'postings.work_mode as workMode',
      'postings.country',
      'postings.salary_currency as currency',
      eb.case().when(statesAnnual(eb)).then(annualValue).else(null).end().as('salary'),
      // The primary key (posting_id, skill_id) covers this: one seek per posting.
      sql<string | null>`(select group_concat(ps.skill_id, ' ') from posting_skills ps
        where ps.posting_id = postings.id)`.as('skills'),
    ])
    .where('postings.is_backend', '=', 1)
    .orderBy('postings.duplicate_key')
    .orderBy('postings.id')
    .stream(5_000);

  let key: string | null = null;
  let job: SummaryPosting[] = [];
  for await (const row of rows) {
    if (row.key !== key) {
      summary.addJob(job);
      job = [];
      key = row.key;
    }
    job.push({
      day: row.day,
      openUntil: row.openUntil,
      company: row.company,
      seniority: row.seniority,
      workMode: row.workMode,
      country: row.country,
      currency: row.currency,
      salary: row.salary,
      skills: row.skills ? row.skills.split(' ') : [],
    });
  }
  summary.addJob(job);
  return summary;
}

async function writeSummaries(db: Db, summary: SummaryAccumulator): Promise<void> {
  for (const table of [
    'salary_spreads',
    'skill_pair_jobs',
    'skill_company_jobs',
    'job_activity',
    'source_postings',
  ] as const) {
    await db.deleteFrom(table).execute();
  }
  await insertAll(db, 'salary_spreads', summary.salarySpreads(), (r) => ({
    dimension: r.dimension,
    currency: r.currency,
    key: r.key,
    sub_key: r.subKey,
    n: r.n,
    p10: r.p10,
    p25: r.p25,
    median: r.median,
    p75: r.p75,
    p90: r.p90,
  }));
  await insertAll(db, 'skill_pair_jobs', summary.pairRows(), (r) => ({
    skill_id: r.skill,
    other_id: r.other,
    jobs: r.jobs,
  }));
  await insertAll(db, 'skill_company_jobs', summary.companyRows(), (r) => ({
    skill_id: r.skill,
    company: r.company,
    jobs: r.jobs,
  }));
  await insertAll(db, 'job_activity', summary.activityRows(), (r) => ({
    granularity: r.granularity,
    skill_id: r.skill,
    period: r.period,
    newly: r.newly,
    active: r.active,
  }));
  await db
    .insertInto('source_postings')
    .columns(['source_id', 'postings', 'open_postings'])
    .expression((eb) =>
      eb
        .selectFrom('postings')
        .select([
          'postings.source_id',
          eb.fn.countAll<number>().as('postings'),
          eb.fn.count<number>(sql`case when postings.closed_at is null then 1 end`).as('open_postings'),
        ])
        .groupBy('postings.source_id'),
    )
    .execute();
}

type SummaryTable = 'salary_spreads' | 'skill_pair_jobs' | 'skill_company_jobs' | 'job_activity';

async function insertAll<T>(
  db: Db,
  table: SummaryTable,
  rows: Iterable<T>,
  columnsOf: (row: T) => Record<string, unknown>,
): Promise<void> {
  const all = Array.from(rows, columnsOf);
  for (const batch of insertChunks(all, ROWS_PER_INSERT)) await insertRows(db, table, batch);
}
