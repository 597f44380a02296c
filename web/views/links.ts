// Links that keep the page's filters: every view can be shared and
// bookmarked, and moving between pages keeps what was chosen.
import { describeFilters, type Filters } from '../../src/filters/filters.js';

/** Result pages past this are not served: deep paging is for the API and the exports. */
export const MAX_PAGE = 500;

/** Extra query parameters of one page (skills, q, currency …); undefined or '' is left out. */
export type Extra = Record<string, string | number | undefined>;

/** The filters as query parameters, in a stable order, lists comma-separated; the default interval is left out. */
export function filterParams(filters: Filters): URLSearchParams {
  // describeFilters names each set filter as its query parameter, lists joined.
  const { interval, from, to, ...lists } = describeFilters(filters);
  const params = new URLSearchParams();
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  if (interval && interval !== 'month') params.set('interval', interval);
  for (const [key, value] of Object.entries(lists)) params.set(key, value);
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
