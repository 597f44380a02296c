// The one typed schema of the skillpulse database, written to match what
// better-sqlite3 returns: nullable columns are `T | null` (never optional),
// booleans are 0 | 1, and every timestamp is ISO 8601 text in UTC.
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type {
  AiClass,
  EmploymentType,
  Requirement,
  SalaryOrigin,
  SalaryPeriod,
  Seniority,
  WorkMode,
} from '../src/domain.js';

/** ISO 8601 text, UTC (`2026-11-21T09:58:00.000Z`) or a plain date (`2026-11-21`). */
export type IsoText = string;

/** A JSON document stored as text; the repository parses it. */
export type JsonText = string;

export type RunTrigger = 'manual' | 'scheduled' | 'demo' | 'retag';
export type RunStatus = 'running' | 'succeeded' | 'partial' | 'failed' | 'interrupted';
export type { AiClass, EmploymentType, Requirement, SalaryOrigin, SalaryPeriod, Seniority, WorkMode };

export interface SourcesTable {
  id: Generated<number>;
  /** The configured source's `name`; unique. */
  name: string;
  type: string;
  /** The source's own config keys as JSON. */
  settings: JsonText;
  created_at: IsoText;
  updated_at: IsoText;
}

export interface ScrapeRunsTable {
  id: Generated<number>;
  source_id: number;
  trigger: RunTrigger;
  status: RunStatus;
  started_at: IsoText;
  finished_at: IsoText | null;
  pages_fetched: ColumnType<number, number | undefined, number>;
  postings_new: ColumnType<number, number | undefined, number>;
  postings_updated: ColumnType<number, number | undefined, number>;
  postings_unchanged: ColumnType<number, number | undefined, number>;
  postings_closed: ColumnType<number, number | undefined, number>;
  postings_skipped: ColumnType<number, number | undefined, number>;
  postings_failed: ColumnType<number, number | undefined, number>;
  /** `{ reason: count }` for skipped postings, as JSON. */
  skip_reasons: ColumnType<JsonText, JsonText | undefined, JsonText>;
  /** `{ reason: count }` for failed pages and postings, as JSON. */
  failure_reasons: ColumnType<JsonText, JsonText | undefined, JsonText>;
  /** The error that ended the run, when it failed as a whole. */
  error: string | null;
}

export interface CompaniesTable {
  id: Generated<number>;
  /** Normalized key (lower case, legal suffixes dropped) that merges spellings. */
  key: string;
  name: string;
}

export interface PostingsTable {
  id: Generated<number>;
  source_id: number;
  /** The source's own stable id; unique together with source_id. */
  external_id: string;
  url: string | null;
  /** Where the source's terms ask us to link back to it. */
  attribution_url: string | null;
  title: string;
  company_id: number | null;
  location_text: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
  city: string | null;
  work_mode: WorkMode | null;
  seniority: Seniority | null;
  years_min: number | null;
  employment_type: EmploymentType | null;
  description_html: string | null;
  description_text: string;
  /** Salary as stated: amounts in `salary_currency` per `salary_period`. */
  salary_min: number | null;
  salary_max: number | null;
  /** ISO 4217. */
  salary_currency: string | null;
  salary_period: SalaryPeriod | null;
  salary_origin: SalaryOrigin | null;
  /** Salary annualized (hour × 2080, day × 260, week × 52, month × 12), same currency. */
  salary_annual_min: number | null;
  salary_annual_max: number | null;
  /**
   * What the source stated in structured fields (salary, work mode, country,
   * employment type), as JSON, so `retag` can re-derive everything else
   * from stored text without re-scraping.
   */
  source_facts: ColumnType<JsonText, JsonText | undefined, JsonText>;
  ai_class: AiClass | null;
  /** 1 when the backend-relevance rule kept it. */
  is_backend: ColumnType<0 | 1, 0 | 1 | undefined, 0 | 1>;
  posted_at: IsoText | null;
  first_seen_at: IsoText;
  last_seen_at: IsoText;
  closed_at: IsoText | null;
  /** Hash of the normalized content; a change means the posting was edited. */
  content_hash: string;
  /** Same key = same real job (cross-posted or reposted); statistics count it once. */
  duplicate_key: string;
  /** Company, title and place, normalized (see src/posting-identity.ts); '' when the posting has no company. */
  identity_key: ColumnType<string, string | undefined, string>;
  /** Version of the skill taxonomy the posting was tagged with. */
  taxonomy_version: string;
}

export interface SkillsTable {
  /** Stable taxonomy id, e.g. `kubernetes`. */
  id: string;
  name: string;
  category: string;
}

export interface PostingSkillsTable {
  posting_id: number;
  skill_id: string;
  requirement: Requirement;
  /** The text that matched, as evidence. */
  matched_text: string;
  /** Offsets of the match in the posting's description text (UTF-16 code units). */
  match_start: number | null;
  match_end: number | null;
}

/** Jobs (duplicate groups) per period and skill; see src/trends/contributions.ts. */
export interface SkillPeriodJobsTable {
  granularity: 'month' | 'week';
  /** '' for every backend job: the denominator of a share. */
  skill_id: string;
  /** YYYY-MM or YYYY-Www (ISO week). */
  period: string;
  jobs: number;
}

/** Backend postings per skill ('' = every backend posting), kept by triggers (migration 0007). */
export interface SkillPostingsTable {
  skill_id: string;
  postings: number;
}

/** The version of the rules each derived table was built by (see db/derived-state.ts). */
export interface DerivedStateTable {
  name: string;
  version: number;
}

/** Salary spreads of the unfiltered views, per dimension, currency and group (rebuilt after each run). */
export interface SalarySpreadsTable {
  /** all, skill, seniority, remote, country, skill-seniority, skill-month, skill-week. */
  dimension: string;
  currency: string;
  key: string;
  /** The second part of a two-part group (a seniority, a period); '' otherwise. */
  sub_key: string;
  n: number;
  p10: number;
  p25: number;
  median: number;
  p75: number;
  p90: number;
}

/** Jobs asking for both skills; skill_id = other_id holds the skill's own jobs, ('', '') every job. */
export interface SkillPairJobsTable {
  skill_id: string;
  other_id: string;
  jobs: number;
}

/** Jobs asking for a skill per company name: each skill's leading companies (ties at the cut kept). */
export interface SkillCompanyJobsTable {
  skill_id: string;
  company: string;
  jobs: number;
}

/** Jobs new and open per period, per skill ('' = every job); only cells with a job in them. */
export interface JobActivityTable {
  granularity: 'month' | 'week';
  skill_id: string;
  period: string;
  newly: number;
  active: number;
}

/** The lease on a source's runs: the one process whose run may scrape it until expires_at (renewed while alive). */
export interface RunLeasesTable {
  source_id: number;
  /** Who holds it: host, process id and a random part (see db/leases.ts). */
  holder: string;
  expires_at: IsoText;
}

/** Postings and open postings per source, every posting counted (not only backend ones). */
export interface SourcePostingsTable {
  source_id: number;
  postings: number;
  open_postings: number;
}

/**
 * Full-text index of postings' title, company name and description text (FTS5, contentless: its text
 * columns read back as null), kept current by triggers; never written by app code. rowid = postings.id.
 */
export interface PostingsFtsTable {
  rowid: number;
  /** The hidden column named after the table: the left side of `match`. */
  postings_fts: string;
  title: null;
  company: null;
  description: null;
}

export interface Database {
  sources: SourcesTable;
  scrape_runs: ScrapeRunsTable;
  companies: CompaniesTable;
  postings: PostingsTable;
  skills: SkillsTable;
  posting_skills: PostingSkillsTable;
  skill_period_jobs: SkillPeriodJobsTable;
  skill_postings: SkillPostingsTable;
  derived_state: DerivedStateTable;
  postings_fts: PostingsFtsTable;
  salary_spreads: SalarySpreadsTable;
  skill_pair_jobs: SkillPairJobsTable;
  skill_company_jobs: SkillCompanyJobsTable;
  job_activity: JobActivityTable;
  source_postings: SourcePostingsTable;
  run_leases: RunLeasesTable;
}

export type Source = Selectable<SourcesTable>;
export type NewSource = Insertable<SourcesTable>;
export type ScrapeRun = Selectable<ScrapeRunsTable>;
export type NewScrapeRun = Insertable<ScrapeRunsTable>;
export type ScrapeRunUpdate = Updateable<ScrapeRunsTable>;
export type Company = Selectable<CompaniesTable>;
export type Posting = Selectable<PostingsTable>;
export type NewPosting = Insertable<PostingsTable>;
export type PostingUpdate = Updateable<PostingsTable>;
export type Skill = Selectable<SkillsTable>;
export type PostingSkill = Selectable<PostingSkillsTable>;
export type NewPostingSkill = Insertable<PostingSkillsTable>;
