// Links that keep the page's filters: every view can be shared and
// bookmarked, and moving between pages keeps what was chosen.
import type { Filters } from '../../src/filters/filters.js';

/** Result pages past this are not served: deep paging is for the API and the exports. */
export const MAX_PAGE = 500;

/** Extra query parameters of one page (skills, q, currency …); undefined or '' is left out. */
export type Extra = Record<string, string | number | undefined>;

/** The filters as query parameters, in a stable order, lists comma-separated; the default interval is left out. */
export function filterParams(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.interval !== 'month') params.set('interval', filters.interval);
  for (const key of ['seniority', 'workMode', 'country', 'source', 'category'] as const) {
    const values = filters[key];
    if (values?.length) params.set(key, values.join(','));
  }
  return params;
}

/** path?filters&extra, or path alone when nothing is set. */
export function hrefWith(path: string, filters: Filters, extra: Extra = {}): string {
  const params = filterParams(filters);
  for (const [key, value] of Object.entries(extra)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** The page of one skill (or concept group: its compare view), keeping the filters. */
export function skillHref(id: string, filters: Filters): string {
  return hrefWith(`/skills/${encodeURIComponent(id)}`, filters);
}
