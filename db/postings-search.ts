// Lists and searches postings for the API: every backend posting the shared
// filters keep (postings, not jobs: a cross-posted job shows once per board),
// optionally narrowed by a skill, skill categories and a full-text query over
// title, company and description (the postings_fts index, migration 0005).
// Without filters, a page reads indexes and kept counts, not every matching
// row (migration 0007): at 1M postings counting and sorting a common skill's
// rows took 1.2–1.8 s, reading them by index a millisecond.
import { type ExpressionBuilder, sql } from 'kysely';
import type { SalaryOrigin, Seniority, WorkMode } from '../src/domain.js';
import { hasPostingFilters, type PostingFilters } from '../src/filters/filters.js';
import type { Salary } from '../src/salary/types.js';
import type { Db } from './connection.js';
import { type DayWindow, inCategories, matchesFilters, postingDay } from './job-filter.js';
import type { Database } from './schema.js';

/** Words past this many are ignored: each is an index lookup, and FTS5 bounds its expression depth. */
export const MAX_QUERY_TERMS = 16;
/**
 * Prefix searches past this many are searched as whole words. Without prefix
 * indexes (see migration 0005) a prefix reads every indexed word it starts:
 * 16 one-letter prefixes took 24 s on 50,000 postings, 16 two-letter ones 0.5 s.
 */
export const MAX_PREFIX_TERMS = 4;

/**
 * Column weights for bm25: a word in the title counts most, then the company,
 * then the (long) description.
 */
const RANK = sql<number>`bm25(postings_fts, 10.0, 5.0, 1.0)`;

export interface PostingSearch {
  /** Words the user typed; see ftsQuery. Absent, or no usable word: no text search. */
  q?: string | undefined;
  /** A skill id: only postings tagged with it. */
  skill?: string | undefined;
  filters: PostingFilters & DayWindow & { category?: readonly string[] | undefined };
  limit: number;
  offset: number;
}

/** A stored salary as the API lists it: its origin is named `source`. */
export interface PostingSalary extends Omit<Salary, 'origin'> {
  source: SalaryOrigin;
}

export interface ListedPosting {
  id: number;
  /** The source's configured name. */
  source: string;
  externalId: string;
  url: string | null;
  title: string;
  company: string | null;
  location: string | null;
  country: string | null;
  remote: WorkMode | null;
  seniority: Seniority | null;
  postedAt: string | null;
  firstSeenAt: string;
  lastSeenAt: string;
  closedAt: string | null;
  salary: PostingSalary | null;
  /** Skill ids the posting is tagged with, sorted. */
  skills: string[];
}

export interface SearchResult {
  /** Every posting that matches, not only this page. */
  total: number;
  postings: ListedPosting[];
}

/**
 * The user's text as a safe FTS5 query, or null when it has no usable word.
 * No FTS5 syntax gets through: the text is split on white space and each
 * word becomes an FTS5 string (double quotes, inner quotes doubled), so
 * AND/OR/NOT/NEAR, `title:`, `-`, `^` and parentheses are plain text; the
 * words are ANDed. A word ending in `*` is a prefix search when it ends in at
 * least two letters or digits (a one-letter prefix matches nearly every
 * posting, slowly). A word with no letter or digit would be an empty phrase,
 * which matches nothing, so it is dropped; control characters become spaces
 * (a NUL would end the query early).
 */
export function ftsQuery(text: string): string | null {
  const terms: string[] = [];
  let prefixes = 0;
  for (const word of text.replace(/\p{Cc}/gu, ' ').split(/\s+/u)) {
    const stem = word.replace(/\*+$/u, '');
    if (!/[\p{L}\p{N}\p{Co}]/u.test(stem)) continue;
    const prefix = stem !== word && prefixes < MAX_PREFIX_TERMS && /[\p{L}\p{N}\p{Co}]{2}$/u.test(stem);
    if (prefix) prefixes++;
    terms.push(`"${stem.replaceAll('"', '""')}"${prefix ? '*' : ''}`);
    if (terms.length === MAX_QUERY_TERMS) break;
  }
  return terms.length > 0 ? terms.join(' AND ') : null;
}

/** One page of the postings matching the search, newest first (best match first when searching text). */
export async function searchPostings(db: Db, search: PostingSearch): Promise<SearchResult> {
  const match = search.q === undefined ? null : ftsQuery(search.q);
  const { total, ids } = !unfiltered(search.filters)
    ? await filteredPage(db, search, match)
    : match === null
      ? await newestPage(db, search)
      : await matchedPage(db, search, match);
  if (ids.length === 0) return { total, postings: [] };
  const [rows, skills] = await Promise.all([
    db
      .selectFrom('postings')
      .innerJoin('sources', 'sources.id', 'postings.source_id')
      .leftJoin('companies', 'companies.id', 'postings.company_id')
      .select([
        'postings.id',
        'sources.name as source',
        'postings.external_id',
        'postings.url',
        'postings.title',
        'companies.name as company',
        'postings.location_text',
        'postings.country',
        'postings.work_mode',
        'postings.seniority',
        'postings.posted_at',
        'postings.first_seen_at',
        'postings.last_seen_at',
        'postings.closed_at',
        'postings.salary_min',
        'postings.salary_max',
        'postings.salary_currency',
        'postings.salary_period',
        'postings.salary_annual_min',
        'postings.salary_annual_max',
        'postings.salary_origin',
      ])
      .where('postings.id', 'in', [...ids])
      .execute(),
    skillsOf(db, ids),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    total,
    postings: ids.flatMap((id) => {
      const r = byId.get(id);
      if (!r) return [];
      return {
        id: r.id,
        source: r.source,
        externalId: r.external_id,
        url: r.url,
        title: r.title,
        company: r.company,
        location: r.location_text,
        country: r.country,
        remote: r.work_mode,
        seniority: r.seniority,
        postedAt: r.posted_at,
        firstSeenAt: r.first_seen_at,
        lastSeenAt: r.last_seen_at,
        closedAt: r.closed_at,
        // Every stored salary has a period and an origin; no period means no salary.
        salary:
          r.salary_period !== null && r.salary_origin !== null
            ? {
                min: r.salary_min,
                max: r.salary_max,
                currency: r.salary_currency,
                period: r.salary_period,
                annualMin: r.salary_annual_min,
                annualMax: r.salary_annual_max,
                source: r.salary_origin,
              }
            : null,
        skills: skills.get(id) ?? [],
      };
    }),
  };
}

/** Every match and one page of their ids, in the listing's order. */
interface Page {
  total: number;
  ids: number[];
}

/** No posting filter, day window or category: the paths below read indexes and kept counts only. */
function unfiltered(filters: PostingSearch['filters']): boolean {
  return !hasPostingFilters(filters) && !filters.from && !filters.to && !filters.category?.length;
}

/**
 * With a filter, every match is read: counted, then sorted for the page.
 * `total`, when the caller knows it already, saves the count.
 */
async function filteredPage(db: Db, search: PostingSearch, match: string | null, total?: number): Promise<Page> {
  const matching = db
    .selectFrom('postings')
    .where((eb) => scope(eb, search))
    .$if(match !== null, (qb) =>
      qb.innerJoin('postings_fts', 'postings_fts.rowid', 'postings.id').where('postings_fts', 'match', match),
    );
  const counted =
    total ?? (await matching.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow()).total;
  if (counted === 0) return { total: 0, ids: [] };
  const rows = await matching
    .select('postings.id')
    .$if(match !== null, (qb) => qb.orderBy(RANK))
    .orderBy(postingDay, 'desc')
    .orderBy('postings.id', 'desc')
    .limit(search.limit)
    .offset(search.offset)
    .execute();
  return { total: counted, ids: rows.map((r) => r.id) };
}

/** Backend postings per skill, '' for all of them: the counts migration 0007 keeps. */
async function keptCounts(db: Db, keys: readonly string[]): Promise<(key: string) => number> {
  const rows = await db
    .selectFrom('skill_postings')
    .select(['skill_id', 'postings'])
    .where('skill_id', 'in', [...keys])
    .execute();
  const counts = new Map(rows.map((r) => [r.skill_id, r.postings]));
  return (key) => counts.get(key) ?? 0;
}

/**
 * Past this many index entries read for each posting gathered, a skill's
 * postings are gathered and sorted instead of found in day order: an index
 * entry and its skill lookup took about 0.6 µs at 1M postings, a gathered
 * posting (its row read for the day) 2–5 µs.
 */
const SCAN_PER_GATHERED = 4;

/**
 * Newest first without text: the total is the kept count, and the page is
 * read from the backend postings' day index down, each checked for the
 * skill, until it is full. A skill rare enough that this would read far into
 * the index is gathered and sorted instead.
 */
async function newestPage(db: Db, search: PostingSearch): Promise<Page> {
  const { skill, limit, offset } = search;
  const count = await keptCounts(db, skill === undefined ? [''] : ['', skill]);
  const total = count(skill ?? '');
  if (total <= offset) return { total, ids: [] };
  // The entries read before the page is full, were the skill's postings spread evenly over the days.
  const scanned = ((offset + limit) * count('')) / total;
  if (skill !== undefined && scanned > SCAN_PER_GATHERED * total) return filteredPage(db, search, null, total);
  const hasSkill =
    skill === undefined
      ? sql``
      : sql`and exists (select 1 from posting_skills
          where posting_skills.posting_id = postings.id and posting_skills.skill_id = ${skill})`;
  // `is 1`, as the partial index is defined (migration 0007): no other query takes it.
  const { rows } = await sql<{ id: number }>`select postings.id from postings indexed by postings_backend_day_idx
    where postings.is_backend is 1 ${hasSkill}
    order by ${postingDay} desc, postings.id desc limit ${limit} offset ${offset}`.execute(db);
  return { total, ids: rows.map((r) => r.id) };
}

/**
 * A skill on at most this share of the backend postings has its postings
 * listed once, and each full-text match is looked up in the list (listing
 * costs about 2 µs a posting); a commoner one is looked up for each match
 * in the skill links' primary key instead (0.6 µs a match). At 1M postings
 * with "kafka" (149,000 matches) the two cost the same for azure, on a tenth
 * of the postings; for hadoop (0.16%) the list took 15 ms, the lookups 140.
 */
const LISTED_SKILL_SHARE = 1 / 20;

/**
 * A text search without filters reads no posting row until the page: each
 * full-text match is checked for the skill and against the index of the
 * postings that are not backend (is_backend is only ever 0 or 1), and
 * ranked; only the matches ranked as high as the page's last are read for
 * their day (the tie-break), then ordered as the listing orders them. Every
 * full-text row is a posting's (migration 0005's triggers keep it so), so the
 * matches are counted without their rows too.
 */
async function matchedPage(db: Db, search: PostingSearch, match: string): Promise<Page> {
  const { skill, limit, offset } = search;
  const backend = sql`not exists (select 1 from postings as other indexed by postings_not_backend_idx
    where other.id = postings_fts.rowid and other.is_backend is 0)`;
  let kept = backend;
  if (skill !== undefined) {
    const count = await keptCounts(db, ['', skill]);
    if (count(skill) === 0) return { total: 0, ids: [] };
    // The skill before the backend check, which then runs on fewer matches. The unary plus keeps the
    // list from FTS5, which would search the text once per listed posting.
    kept =
      count(skill) <= LISTED_SKILL_SHARE * count('')
        ? sql`+postings_fts.rowid in (select posting_id from posting_skills where skill_id = ${skill}) and ${backend}`
        : sql`exists (select 1 from posting_skills
            where posting_skills.posting_id = postings_fts.rowid and posting_skills.skill_id = ${skill} and ${backend})`;
  }
  const matches = sql`matches as materialized (
    select postings_fts.rowid as id, ${RANK} as rank from postings_fts
    where postings_fts match ${match} and ${kept}
  )`;
  // cut: the rank of the page's last posting; every posting on the page ranks at or above it.
  const { rows } = await sql<{ id: number; total: number }>`with ${matches},
    cut as (select rank from matches order by rank limit 1 offset ${offset + limit - 1})
    select matches.id, (select count(*) from matches) as total
    from matches cross join postings on postings.id = matches.id
    where (select rank from cut) is null or matches.rank <= (select rank from cut)
    order by matches.rank, ${postingDay} desc, matches.id desc limit ${limit} offset ${offset}`.execute(db);
  const first = rows[0];
  if (first) return { total: first.total, ids: rows.map((r) => r.id) };
  // Past the last page: counted alone.
  const { rows: counted } = await sql<{ total: number }>`with ${matches}
    select count(*) as total from matches`.execute(db);
  return { total: counted[0]?.total ?? 0, ids: [] };
}

/** The shared filters, then the skill and the categories, as one condition on postings. */
function scope(eb: ExpressionBuilder<Database, 'postings'>, search: PostingSearch) {
  const conditions = [matchesFilters(eb, search.filters)];
  const categories = search.filters.category;
  if (categories?.length) conditions.push(inCategories(eb, categories));
  if (search.skill !== undefined) {
    conditions.push(
      eb(
        'postings.id',
        'in',
        eb
          .selectFrom('posting_skills')
          .select('posting_skills.posting_id')
          .where('posting_skills.skill_id', '=', search.skill),
      ),
    );
  }
  return eb.and(conditions);
}

/** Skill ids by posting, sorted. */
async function skillsOf(db: Db, postingIds: readonly number[]): Promise<Map<number, string[]>> {
  const skills = new Map<number, string[]>();
  if (postingIds.length === 0) return skills;
  const rows = await db
    .selectFrom('posting_skills')
    .select(['posting_id', 'skill_id'])
    .where('posting_id', 'in', [...postingIds])
    .orderBy('skill_id')
    .execute();
  for (const row of rows) {
    const list = skills.get(row.posting_id);
    if (list) list.push(row.skill_id);
    else skills.set(row.posting_id, [row.skill_id]);
  }
  return skills;
}

export interface SkillEvidence {
  /** The text that matched the skill. */
  matchedText: string;
  /** Where it stands in the posting's description text (UTF-16 code units); null for a title match. */
  matchStart: number | null;
  matchEnd: number | null;
}

/** For each of these postings tagged with the skill, the text that matched it, for highlighting. */
export async function postingEvidence(
  db: Db,
  postingIds: readonly number[],
  skillId: string,
): Promise<Map<number, SkillEvidence>> {
  const evidence = new Map<number, SkillEvidence>();
  if (postingIds.length === 0) return evidence;
  const rows = await db
    .selectFrom('posting_skills')
    .select(['posting_id', 'matched_text', 'match_start', 'match_end'])
    .where('skill_id', '=', skillId)
    .where('posting_id', 'in', [...postingIds])
    .execute();
  for (const r of rows) {
    evidence.set(r.posting_id, { matchedText: r.matched_text, matchStart: r.match_start, matchEnd: r.match_end });
  }
  return evidence;
}
