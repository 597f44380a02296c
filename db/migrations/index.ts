// The one static list of migrations, used by the CLI and the tests alike.
// Names are date-prefixed so they sort in the order they must run.
import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './20261121_0001_initial.js';
import * as postingIdentity from './20261121_0002_posting_identity.js';
import * as trendCounts from './20261121_0003_trend_counts.js';
import * as derivedState from './20261121_0004_derived_state.js';
import * as postingsFts from './20261121_0005_postings_fts.js';
import * as summaries from './20261121_0006_summaries.js';
import * as postingsListing from './20261121_0007_postings_listing.js';
import * as runHealthIndexes from './20261121_0008_run_health_indexes.js';
import * as runLeases from './20261121_0009_run_leases.js';

export const migrations: Record<string, Migration> = {
  '20261121_0001_initial': initial,
  '20261121_0002_posting_identity': postingIdentity,
  '20261121_0003_trend_counts': trendCounts,
  '20261121_0004_derived_state': derivedState,
  '20261121_0005_postings_fts': postingsFts,
  '20261121_0006_summaries': summaries,
  '20261121_0007_postings_listing': postingsListing,
  '20261121_0008_run_health_indexes': runHealthIndexes,
  '20261121_0009_run_leases': runLeases,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
