// Inserts minimal stored postings for tests that need a corpus (real rows,
// real constraints), as a scraper would have left them before enrichment.
import type { Db } from '../../db/connection.js';

const NOW = '2026-11-21T00:00:00.000Z';

export async function insertSource(db: Db, name = 'fixture'): Promise<number> {
  const row = await db
    .insertInto('sources')
    .values({ name, type: 'greenhouse', settings: '{}', created_at: NOW, updated_at: NOW })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface TestPosting {
  externalId: string;
  title: string;
  html: string;
  company?: string;
  location?: string;
  sourceFacts?: object;
}

export async function insertRawPosting(db: Db, sourceId: number, p: TestPosting): Promise<number> {
  let companyId: number | null = null;
  if (p.company) {
    const company = await db
      .insertInto('companies')
      .values({ key: p.company.toLowerCase(), name: p.company })
      .onConflict((oc) => oc.column('key').doUpdateSet({ name: p.company as string }))
      .returning('id')
      .executeTakeFirstOrThrow();
    companyId = company.id;
  }
  const row = await db
    .insertInto('postings')
    .values({
      source_id: sourceId,
      external_id: p.externalId,
      title: p.title,
      company_id: companyId,
      location_text: p.location ?? null,
      description_html: p.html,
      description_text: '',
      source_facts: JSON.stringify(p.sourceFacts ?? {}),
      first_seen_at: NOW,
      last_seen_at: NOW,
      content_hash: p.externalId,
      duplicate_key: p.externalId,
      taxonomy_version: 'old',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
