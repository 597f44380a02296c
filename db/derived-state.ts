// Derived tables carry the version of the rules that built them. A database
// kept by an older build (say, before concept groups were counted) is
// recounted once when it is next opened for work, instead of showing counts
// that silently lack the new keys.
import { CONTRIBUTIONS_VERSION } from '../src/trends/contributions.js';
import { rebuildTrendCounts } from './aggregates.js';
import type { Db } from './connection.js';
import { refreshSummaries } from './summaries.js';

const TREND_COUNTS = 'trend_counts';

/** Rebuilds what is stale; returns the names rebuilt. */
export async function ensureDerivedTables(db: Db): Promise<string[]> {
  const row = await db
    .selectFrom('derived_state')
    .select('version')
    .where('name', '=', TREND_COUNTS)
    .executeTakeFirst();
  const rebuilt: string[] = [];
  if (row?.version !== CONTRIBUTIONS_VERSION) {
    await rebuildTrendCounts(db);
    await markDerivedCurrent(db);
    rebuilt.push(TREND_COUNTS);
  }
  // Summaries left behind by a killed run (or built by older rules) are rebuilt before anyone reads.
  if (await refreshSummaries(db)) rebuilt.push('summaries');
  return rebuilt;
}

/** Records that the trend counts follow this build's rules (after a rebuild). */
async function markDerivedCurrent(db: Db): Promise<void> {
  await db
    .insertInto('derived_state')
    .values({ name: TREND_COUNTS, version: CONTRIBUTIONS_VERSION })
    .onConflict((oc) => oc.column('name').doUpdateSet({ version: CONTRIBUTIONS_VERSION }))
    .execute();
}
