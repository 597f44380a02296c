// The columns of each CSV export, in file order: the header row, the row
// objects' keys and the method note's column list all come from here.

export interface ExportColumn {
  name: string;
  description: string;
  /** What a number counts or measures; null for text. */
  unit: string | null;
}

/** `{currency}` in a unit is replaced by the export's salary currency. */
export const SKILL_COLUMNS = [
  { name: 'skill_id', description: 'stable taxonomy id of the skill', unit: null },
  { name: 'skill_name', description: 'display name of the skill', unit: null },
  { name: 'category', description: 'taxonomy category of the skill', unit: null },
  { name: 'period', description: 'calendar month (YYYY-MM) or ISO 8601 week (YYYY-Www), counted whole', unit: null },
  { name: 'postings', description: 'backend jobs of the period asking for the skill', unit: 'jobs' },
  {
    name: 'total',
    description: 'backend jobs of the period under the same filters (0 = no data, not 0%)',
    unit: 'jobs',
  },
  { name: 'share', description: 'postings / total; 0 when total is 0', unit: 'fraction 0–1' },
  { name: 'ci_low', description: 'lower bound of the Wilson 95% interval of share', unit: 'fraction 0–1' },
  { name: 'ci_high', description: 'upper bound of the Wilson 95% interval of share', unit: 'fraction 0–1' },
  {
    name: 'median_annual_salary',
    description: 'median of the annualized salary midpoints of those jobs stating one; empty when salary_n is 0',
    unit: '{currency} per year',
  },
  { name: 'salary_n', description: 'jobs behind median_annual_salary', unit: 'jobs' },
  { name: 'salary_currency', description: 'ISO 4217 code of median_annual_salary', unit: null },
] as const satisfies readonly ExportColumn[];

export const POSTING_COLUMNS = [
  { name: 'id', description: 'skillpulse posting id (rows are in id order)', unit: null },
  { name: 'source', description: 'configured source name', unit: null },
  { name: 'external_id', description: "the source's own id of the posting", unit: null },
  { name: 'url', description: 'public page of the posting', unit: null },
  { name: 'title', description: 'title as posted', unit: null },
  { name: 'company', description: 'company name', unit: null },
  { name: 'location', description: 'location as the source writes it', unit: null },
  { name: 'country', description: 'ISO 3166-1 alpha-2', unit: null },
  { name: 'work_mode', description: 'remote, hybrid or onsite', unit: null },
  { name: 'seniority', description: 'intern, junior, mid, senior, staff, principal or manager', unit: null },
  { name: 'posted_at', description: 'when the source says it was posted', unit: 'ISO 8601, UTC' },
  { name: 'first_seen_at', description: 'when skillpulse first stored it', unit: 'ISO 8601, UTC' },
  { name: 'last_seen_at', description: 'when a scrape last saw it listed', unit: 'ISO 8601, UTC' },
  {
    name: 'closed_at',
    description: 'when a complete listing no longer had it; empty while open',
    unit: 'ISO 8601, UTC',
  },
  { name: 'salary_min', description: 'lower bound as stated', unit: 'salary_currency per salary_period' },
  { name: 'salary_max', description: 'upper bound as stated', unit: 'salary_currency per salary_period' },
  { name: 'salary_currency', description: 'ISO 4217', unit: null },
  { name: 'salary_period', description: 'hour, day, week, month or year', unit: null },
  {
    name: 'salary_annual_min',
    description: 'salary_min annualized (hour × 2080, day × 260, week × 52, month × 12)',
    unit: 'salary_currency per year',
  },
  { name: 'salary_annual_max', description: 'salary_max annualized, likewise', unit: 'salary_currency per year' },
  { name: 'skills', description: 'skill ids tagged, space-separated, sorted', unit: null },
  {
    name: 'duplicate_key',
    description: 'same key = the same job (cross-posted or reposted); statistics count it once',
    unit: null,
  },
] as const satisfies readonly ExportColumn[];

export type SkillColumn = (typeof SKILL_COLUMNS)[number]['name'];
export type PostingColumn = (typeof POSTING_COLUMNS)[number]['name'];

export const columnNames = (columns: readonly ExportColumn[]): string[] => columns.map((c) => c.name);
