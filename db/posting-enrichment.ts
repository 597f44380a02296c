// Writes a posting's enrichment (tags, salary, seniority …) and reads back
// what re-enrichment needs. Shared by ingest and `retag`.
import type { Enrichment, RawPosting } from '../src/enrich/enrich.js';
import type { StatedSalary } from '../src/salary/types.js';
import type { Db } from './connection.js';
import type { NewPostingSkill, PostingUpdate } from './schema.js';

/** The source's structured fields, kept in postings.source_facts. */
export interface SourceFacts {
  salary?: StatedSalary | null;
  workMode?: RawPosting['structuredWorkMode'];
  country?: string | null;
}

/** Columns of `postings` that come from enrichment. */
export function enrichmentColumns(e: Enrichment) {
  return {
    description_text: e.text,
    seniority: e.seniority,
    years_min: e.yearsMin,
    work_mode: e.workMode,
    country: e.country,
    city: e.city,
    salary_min: e.salary?.min ?? null,
    salary_max: e.salary?.max ?? null,
    salary_currency: e.salary?.currency ?? null,
    salary_period: e.salary?.period ?? null,
    salary_origin: e.salary?.origin ?? null,
    salary_annual_min: e.salary?.annualMin ?? null,
    salary_annual_max: e.salary?.annualMax ?? null,
    ai_class: e.aiClass,
    is_backend: e.backend ? 1 : 0,
    taxonomy_version: e.taxonomyVersion,
  } satisfies PostingUpdate;
}

export function skillRows(postingId: number, e: Enrichment): NewPostingSkill[] {
  return e.skills.map((s) => ({
    posting_id: postingId,
    skill_id: s.id,
    requirement: s.requirement,
    matched_text: s.evidence.text.slice(0, 200),
    // Offsets point into the description text; a title match has none there.
    match_start: s.evidence.field === 'description' ? s.evidence.start : null,
    match_end: s.evidence.field === 'description' ? s.evidence.end : null,
  }));
}

/** Replaces a posting's enrichment: its columns and its skill links. Run inside a transaction. */
export async function writeEnrichment(db: Db, postingId: number, e: Enrichment): Promise<void> {
  await db.updateTable('postings').set(enrichmentColumns(e)).where('id', '=', postingId).execute();
  await db.deleteFrom('posting_skills').where('posting_id', '=', postingId).execute();
  const rows = skillRows(postingId, e);
  if (rows.length > 0) await db.insertInto('posting_skills').values(rows).execute();
}

export interface StoredPostingInput {
  id: number;
  raw: RawPosting;
}

/** A page of stored postings (id order, after `afterId`) as enrichment input. */
export async function postingsForRetag(db: Db, afterId: number, limit: number): Promise<StoredPostingInput[]> {
  const rows = await db
    .selectFrom('postings')
    .leftJoin('companies', 'companies.id', 'postings.company_id')
    .select([
      'postings.id',
      'postings.title',
      'postings.description_html',
      'postings.description_text',
      'postings.location_text',
      'postings.source_facts',
      'companies.name as company',
    ])
    .where('postings.id', '>', afterId)
    .orderBy('postings.id')
    .limit(limit)
    .execute();
  return rows.map((r) => {
    const facts = parseFacts(r.source_facts);
    return {
      id: r.id,
      raw: {
        title: r.title,
        description: r.description_html ?? r.description_text,
        company: r.company,
        location: r.location_text,
        structuredSalary: facts.salary ?? null,
        structuredWorkMode: facts.workMode ?? null,
        structuredCountry: facts.country ?? null,
      },
    };
  });
}

function parseFacts(json: string): SourceFacts {
  try {
    const value = JSON.parse(json) as unknown;
    return typeof value === 'object' && value !== null ? (value as SourceFacts) : {};
  } catch {
    return {};
  }
}
