// The filters every page, API call and export takes, as plain data. A
// filter narrows the postings counted (seniority, work mode, country,
// source, date window) or the skills listed (category); the denominator of
// a share is every backend job left after the posting filters.
import type { Seniority, WorkMode } from '../domain.js';
import type { Granularity } from '../stats/periods.js';

export interface PostingFilters {
  /** Each list: a posting matches one of its values. Empty or absent: no filter. */
  seniority?: readonly Seniority[];
  workMode?: readonly WorkMode[];
  /** ISO 3166-1 alpha-2, upper case. */
  country?: readonly string[];
  /** Configured source names. */
  source?: readonly string[];
}

export interface Filters extends PostingFilters {
  /** First and last day counted (YYYY-MM-DD, inclusive); absent: the data's own span. */
  from?: string;
  to?: string;
  interval: Granularity;
  /** Skill categories listed (taxonomy categories); absent: every skill. */
  category?: readonly string[];
}

export const POSTING_FILTER_KEYS = ['seniority', 'workMode', 'country', 'source'] as const;

/** Whether any posting filter is set: the kept trend counts hold unfiltered jobs only, so such views count rows. */
export function hasPostingFilters(filters: PostingFilters): boolean {
  return POSTING_FILTER_KEYS.some((key) => (filters[key]?.length ?? 0) > 0);
}

/** The filters as set, in a stable order, for an export's method note and for cache keys. */
export function describeFilters(filters: Filters): Record<string, string> {
  const described: Record<string, string> = { interval: filters.interval };
  if (filters.from) described.from = filters.from;
  if (filters.to) described.to = filters.to;
  for (const key of [...POSTING_FILTER_KEYS, 'category'] as const) {
    const values = filters[key];
    if (values && values.length > 0) described[key] = values.join(',');
  }
  return described;
}
