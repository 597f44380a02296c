// Every backend posting the filters keep, one row each, for the postings
// CSV export: read a page at a time (keyset on postings.id), so an export of
// any size holds one page in memory, and the single connection is free
// between pages for the other requests a server answers meanwhile. A
// posting stored while an export runs may or may not be in it; none is
// listed twice.
//
// Each row comes back as one JSON array (json_array), parsed by V8: better-sqlite3
// builds a row object property by property, which for 22 columns costs as
// much as the query itself; measured on 170,000 postings, the JSON rows
// export twice as fast. SQLite writes reals with 17 significant digits, so
// numbers round-trip exactly.
import { type RawBuilder, sql } from 'kysely';
import { POSTING_COLUMNS, type PostingColumn } from '../src/export/columns.js';
import type { PostingFilters } from '../src/filters/filters.js';
import type { Db } from './connection.js';
import { type DayWindow, inCategories, matchesFilters } from './job-filter.js';

/** A posting's cells, in the order of POSTING_COLUMNS; null = empty. */
export type ExportedPosting = Array<string | number | null>;

export type PostingExportFilters = PostingFilters & DayWindow & { category?: readonly string[] | undefined };

/** Rows per query: big enough that a page's query costs little per row, small enough to hold. */
export const EXPORT_PAGE_SIZE = 5_000;

const CELLS: Record<PostingColumn, RawBuilder<unknown>> = {
  id: sql`postings.id`,
  source: sql`sources.name`,
  external_id: sql`postings.external_id`,
  url: sql`postings.url`,
  title: sql`postings.title`,
  company: sql`companies.name`,
  location: sql`postings.location_text`,
  country: sql`postings.country`,
  work_mode: sql`postings.work_mode`,
  seniority: sql`postings.seniority`,
  posted_at: sql`postings.posted_at`,
  first_seen_at: sql`postings.first_seen_at`,
  last_seen_at: sql`postings.last_seen_at`,
  closed_at: sql`postings.closed_at`,
  salary_min: sql`postings.salary_min`,
  salary_max: sql`postings.salary_max`,
  salary_currency: sql`postings.salary_currency`,
  salary_period: sql`postings.salary_period`,
  salary_annual_min: sql`postings.salary_annual_min`,
  salary_annual_max: sql`postings.salary_annual_max`,
  // The primary key (posting_id, skill_id) is a covering index: one seek per posting.
  skills: sql`coalesce((select group_concat(ps.skill_id, ' ' order by ps.skill_id)
    from posting_skills ps where ps.posting_id = postings.id), '')`,
  duplicate_key: sql`postings.duplicate_key`,
};

const ROW = sql<string>`json_array(${sql.join(POSTING_COLUMNS.map((c) => CELLS[c.name]))})`;

/** The matching postings in id order, read lazily page by page. */
export async function* exportPostings(
  db: Db,
  filters: PostingExportFilters,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<ExportedPosting> {
  let after = 0;
  for (;;) {
    const page = await postingsPage(db, filters, after, pageSize);
    for (const { row } of page) yield JSON.parse(row) as ExportedPosting;
    const last = page.at(-1);
    if (!last || page.length < pageSize) return;
    after = last.id;
  }
}

function postingsPage(db: Db, filters: PostingExportFilters, after: number, limit: number) {
  const categories = filters.category;
  return db
    .selectFrom('postings')
    .innerJoin('sources', 'sources.id', 'postings.source_id')
    .leftJoin('companies', 'companies.id', 'postings.company_id')
    .select(['postings.id', ROW.as('row')])
    .where((eb) => matchesFilters(eb, filters))
    .$if(Boolean(categories?.length), (qb) => qb.where((eb) => inCategories(eb, categories ?? [])))
    .where('postings.id', '>', after)
    .orderBy('postings.id')
    .limit(limit)
    .execute();
}
