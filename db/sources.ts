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
