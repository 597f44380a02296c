// Tens of thousands of stored postings, fast: raw prepared inserts in one
// transaction, for the tests that stream big exports.
import type { OpenedDatabase } from '../../db/connection.js';
import { ensureSource } from '../../db/sources.js';
import { TAXONOMY_VERSION } from '../../src/taxonomy/skills-data.js';

/**
 * `count` backend postings, b0 … b<count - 1> titled "Backend Engineer <i>", posted at `postedAt(i)`
 * and first and last seen at `now`, on a source of their own ("bulk", added at `now`); no skills.
 */
export async function insertBulkPostings(
  opened: OpenedDatabase,
  count: number,
  now: Date,
  postedAt: (i: number) => string,
): Promise<void> {
  const sourceId = await ensureSource(opened.db, { name: 'bulk', type: 'greenhouse', settings: {} }, now);
  const seen = now.toISOString();
  const insert = opened.handle.prepare(
    `insert into postings (source_id, external_id, title, description_text, is_backend, posted_at,
      first_seen_at, last_seen_at, content_hash, duplicate_key, taxonomy_version)
     values (?, ?, ?, '', 1, ?, ?, ?, ?, ?, ?)`,
  );
  opened.handle.transaction(() => {
    for (let i = 0; i < count; i++) {
      insert.run(
        sourceId,
        `b${i}`,
        `Backend Engineer ${i}`,
        postedAt(i),
        seen,
        seen,
        `h${i}`,
        `k${i}`,
        TAXONOMY_VERSION,
      );
    }
  })();
}
