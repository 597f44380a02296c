// The configured sources, as rows that runs and postings point to.
import type { Db } from './connection.js';

export interface SourceIdentity {
  name: string;
  type: string;
  /** The source's own config keys, stored as JSON for the Runs page. */
  settings: Record<string, unknown>;
}

/** The source's id, creating or refreshing its row (a renamed board keeps its name's history). */
export async function ensureSource(db: Db, source: SourceIdentity, now: Date): Promise<number> {
  const at = now.toISOString();
  const settings = JSON.stringify(source.settings);
  const row = await db
    .insertInto('sources')
    .values({ name: source.name, type: source.type, settings, created_at: at, updated_at: at })
    .onConflict((oc) => oc.column('name').doUpdateSet({ type: source.type, settings, updated_at: at }))
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The configured sources' names, for the filter bar (the pages that do not show health need no more). */
export async function sourceNames(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('sources').select('name').orderBy('name').execute();
  return rows.map((r) => r.name);
}

/** Whether any posting is stored: a page says "no postings yet" otherwise. */
export async function anyPostings(db: Db): Promise<boolean> {
  return (await db.selectFrom('postings').select('id').limit(1).executeTakeFirst()) !== undefined;
}
