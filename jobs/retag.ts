// Re-tags every stored posting with the current taxonomy and rules, without
// re-scraping: reads stored text, re-enriches, rewrites tags in batches, then
// counts the trends again.
// Idempotent: running it twice gives the same tags.
import { rebuildTrendCounts } from '../db/aggregates.js';
import type { Db } from '../db/connection.js';
import { postingsForRetag, writeEnrichment } from '../db/posting-enrichment.js';
import { syncTaxonomy } from '../db/skills.js';
import { refreshSummaries } from '../db/summaries.js';
import type { Enricher } from '../src/enrich/enrich.js';

export interface RetagDeps {
  db: Db;
  enricher: Enricher;
  batchSize?: number;
  onProgress?: (done: number) => void;
}

export interface RetagResult {
  postings: number;
  taxonomyVersion: string;
  skillsRemoved: number;
}

export async function retagAll(deps: RetagDeps): Promise<RetagResult> {
  const { db, enricher } = deps;
  const batchSize = deps.batchSize ?? 500;
  const { removed } = await syncTaxonomy(db);
  let afterId = 0;
  let done = 0;
  for (;;) {
    const batch = await postingsForRetag(db, afterId, batchSize);
    if (batch.length === 0) break;
    const enriched = batch.map((p) => ({ id: p.id, enrichment: enricher.enrich(p.raw) }));
    // One transaction per batch: a killed retag leaves whole batches, never half a posting.
    await db.transaction().execute(async (trx) => {
      for (const { id, enrichment } of enriched) await writeEnrichment(trx, id, enrichment);
    });
    done += batch.length;
    afterId = (batch[batch.length - 1] as { id: number }).id;
    deps.onProgress?.(done);
  }
  // Tags, seniority and backend relevance may all have changed: the trend counts are counted again.
  // (A retag killed before this point leaves them as they were; the next retag recounts.)
  await rebuildTrendCounts(db);
  await refreshSummaries(db);
  return { postings: done, taxonomyVersion: enricher.taxonomyVersion, skillsRemoved: removed };
}
