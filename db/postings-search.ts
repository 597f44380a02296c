// Lists and searches postings for the API: every backend posting the shared
// filters keep (postings, not jobs: a cross-posted job shows once per board),
// optionally narrowed by a skill, skill categories and a full-text query over
// title, company and description (the postings_fts index, migration 0005).
import { type ExpressionBuilder, sql } from 'kysely';
import type { SalaryOrigin, Seniority, WorkMode } from '../src/domain.js';
import type { PostingFilters } from '../src/filters/filters.js';
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
  const matching = db
    .selectFrom('postings')
    .where((eb) => scope(eb, search))
    .$if(match !== null, (qb) =>
      qb.innerJoin('postings_fts', 'postings_fts.rowid', 'postings.id').where('postings_fts', 'match', match),
    );
  const counted = await matching.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  if (counted.total === 0) return { total: 0, postings: [] };

  const rows = await matching
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
    .$if(match !== null, (qb) => qb.orderBy(RANK))
    .orderBy(postingDay, 'desc')
    .orderBy('postings.id', 'desc')
    .limit(search.limit)
    .offset(search.offset)
    .execute();
  const skills = await skillsOf(
    db,
    rows.map((r) => r.id),
  );
  return {
    total: counted.total,
    postings: rows.map((r) => ({
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
      skills: skills.get(r.id) ?? [],
    })),
  };
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
