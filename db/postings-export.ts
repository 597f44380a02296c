// Every backend posting the filters keep, one row each, for the postings
// CSV export: read a page at a time (keyset on postings.id), so an export of
// any size holds one page in memory, and the single connection is free
// between pages for the other requests a server answers meanwhile. A
// posting stored while an export runs may or may not be in it; none is
// listed twice. Pages are handed on whole: the CSV writer awaits a page, not
// a row (src/export/csv.ts).
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

/**
 * Rows per query: big enough that a page's query costs little per row
 * (about 0.1 µs), small enough that a page's rows die young. Every row of a
 * page stays live until the page is written, so V8's young-generation
 * collections copy it: on the 1M-posting benchmark database they took 2.4 µs
 * per exported row with pages of 5,000 rows, 0.9 µs with 1,000 (of about
 * 10 µs per row in all).
 */
export const EXPORT_PAGE_SIZE = 1_000;

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
  // The primary key (posting_id, skill_id) is a covering index: one seek per
  // posting, its entries already in skill_id order, so the subquery's ORDER BY
  // costs no sort. SQLite keeps a FROM-subquery's ORDER BY when the outer
  // query aggregates with anything but count/min/max (select.c, "tag-select-0230"),
  // so group_concat gets the ids in that order. group_concat(… order by …)
  // sorts each posting's few ids in a temporary b-tree: a sixth of the query's time.
  skills: sql`coalesce((select group_concat(skill_id, ' ') from (
    select ps.skill_id from posting_skills ps where ps.posting_id = postings.id order by ps.skill_id)), '')`,
  duplicate_key: sql`postings.duplicate_key`,
};

const ROW = sql<string>`json_array(${sql.join(POSTING_COLUMNS.map((c) => CELLS[c.name]))})`;

/** Where a row holds its posting's id: the key the next page starts after. */
const ID = POSTING_COLUMNS.findIndex((c) => c.name === 'id');

/** The matching postings in id order, read lazily a page at a time; no page is empty. */
export async function* exportPostingPages(
  db: Db,
  filters: PostingExportFilters,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<ExportedPosting[]> {
  let after = 0;
  for (;;) {
    const page = (await postingsPage(db, filters, after, pageSize)).map(
      ({ row }) => JSON.parse(row) as ExportedPosting,
    );
    const last = page.at(-1);
    if (!last) return;
    yield page;
    if (page.length < pageSize) return;
    after = last[ID] as number;
  }
}

function postingsPage(db: Db, filters: PostingExportFilters, after: number, limit: number) {
  const categories = filters.category;
  return db
    .selectFrom('postings')
    .innerJoin('sources', 'sources.id', 'postings.source_id')
    .leftJoin('companies', 'companies.id', 'postings.company_id')
    .select(ROW.as('row'))
    .where((eb) => matchesFilters(eb, filters))
    .$if(Boolean(categories?.length), (qb) => qb.where((eb) => inCategories(eb, categories ?? [])))
    .where('postings.id', '>', after)
    .orderBy('postings.id')
    .limit(limit)
    .execute();
}
