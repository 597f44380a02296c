// The trend counts (skill_period_jobs): read a set of jobs' facts, add or
// take back their contributions, or rebuild every count from the postings.
// A job is a duplicate group; its representative is the group's first
// backend posting (lowest id), whose facts and skills are the job's.
import { sql } from 'kysely';
import { addContributions, cellOf, type JobFacts } from '../src/trends/contributions.js';
import type { Db } from './connection.js';
import { chunks, insertChunks, insertRows } from './multi-row-insert.js';

const KEYS_PER_QUERY = 500;
/** Rows per upsert (a power of two, see insertChunks): 7 values a row. */
const ROWS_PER_UPSERT = 512;
const CELL_COLUMNS = ['granularity', 'skill_id', 'period'];

/** The jobs with these duplicate keys as the postings now stand (a key with no backend posting is no job). */
export async function jobFacts(db: Db, keys: readonly string[]): Promise<JobFacts[]> {
  const jobs: JobFacts[] = [];
  for (const batch of chunks(keys, KEYS_PER_QUERY)) {
    const reps = await db
      .selectFrom('postings')
      .select(['id', 'ai_class', sql<string>`coalesce(posted_at, first_seen_at)`.as('day')])
      .where('id', 'in', (eb) =>
        eb
          .selectFrom('postings')
          .select((e) => e.fn.min<number>('id').as('id'))
          .where('duplicate_key', 'in', batch)
          .where('is_backend', '=', 1)
          .groupBy('duplicate_key'),
      )
      .execute();
    if (reps.length === 0) continue;
    const skills = new Map<number, string[]>();
    const links = await db
      .selectFrom('posting_skills')
      .select(['posting_id', 'skill_id'])
      .where(
        'posting_id',
        'in',
        reps.map((r) => r.id),
      )
      .execute();
    for (const link of links) {
      const list = skills.get(link.posting_id);
      if (list) list.push(link.skill_id);
      else skills.set(link.posting_id, [link.skill_id]);
    }
    for (const rep of reps) {
      jobs.push({ day: rep.day, skills: skills.get(rep.id) ?? [], aiClass: rep.ai_class });
    }
  }
  return jobs;
}

/** Adds each cell's delta to its count; a count that reaches 0 is removed. Run inside the store's transaction. */
export async function applyCounts(db: Db, delta: ReadonlyMap<string, number>): Promise<void> {
  const added = [...delta].filter(([, n]) => n > 0);
  const taken = [...delta].filter(([, n]) => n < 0);
  for (const rows of insertChunks(added, ROWS_PER_UPSERT)) {
    await insertRows(
      db,
      'skill_period_jobs',
      rows.map(([key, jobs]) => Object.assign(columnsOf(key), { jobs })),
      { addOnConflict: { key: CELL_COLUMNS, column: 'jobs' } },
    );
  }
  // Taken back one cell at a time: SQLite checks jobs >= 0 on an upsert's row before it sees the conflict.
  // A count that would go below 0, or a cell that is not there, is a bookkeeping error, and fails loudly.
  for (const [key, jobs] of taken) {
    const cell = columnsOf(key);
    const result = await db
      .updateTable('skill_period_jobs')
      .set({ jobs: sql`jobs + ${jobs}` })
      .where('granularity', '=', cell.granularity)
      .where('skill_id', '=', cell.skill_id)
      .where('period', '=', cell.period)
      .executeTakeFirst();
    if (result.numUpdatedRows !== 1n) throw new Error(`trend counts: no count to take ${-jobs} from (${key})`);
  }
  if (taken.length > 0) await db.deleteFrom('skill_period_jobs').where('jobs', '=', 0).execute();
}

function columnsOf(key: string) {
  const cell = cellOf(key);
  return { granularity: cell.granularity, period: cell.period, skill_id: cell.skillId };
}

/**
 * Recounts the jobs with these keys: call it with the keys a batch will
 * touch, before it writes; then `after`, once written. The difference of
 * the two is applied, so only the touched jobs are counted again.
 */
export async function recountJobs(db: Db, keys: readonly string[]) {
  const delta = addContributions(keys.length > 0 ? await jobFacts(db, keys) : [], -1);
  return {
    /** `added`: jobs new to the database whose facts the caller has in hand, counted without a query. */
    async after(newKeys: readonly string[], added: readonly JobFacts[] = []): Promise<void> {
      if (newKeys.length > 0) addContributions(await jobFacts(db, newKeys), 1, delta);
      addContributions(added, 1, delta);
      await applyCounts(db, delta);
    },
  };
}

/** Counts every job again from the postings (after `retag`, or to check the counts kept on ingest). */
export async function rebuildTrendCounts(db: Db, keysPerStep = 5_000): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('skill_period_jobs').execute();
    let after = '';
    for (;;) {
      const keys = (
        await trx
          .selectFrom('postings')
          .select('duplicate_key')
          .distinct()
          .where('duplicate_key', '>', after)
          .orderBy('duplicate_key')
          .limit(keysPerStep)
          .execute()
      ).map((r) => r.duplicate_key);
      if (keys.length === 0) break;
      await applyCounts(trx, addContributions(await jobFacts(trx, keys), 1));
      after = keys[keys.length - 1] as string;
    }
  });
}
