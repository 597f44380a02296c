// Helpers shared by the JSON source adapters (Greenhouse, Lever, Ashby,
// SmartRecruiters, Workable, Recruitee, RemoteOK, Arbeitnow, Himalayas):
// checking that a body is the source's format at all, the per-record skip
// rules, and small field shapes.
import type { NormalizedPosting, SkippedRecord, SkipReason } from '../../src/posting.js';
import type { SalaryPeriod } from '../../src/salary/types.js';
import { SourceFormatError, type SourceRequest } from '../adapter.js';
import { num, obj, str } from '../fields.js';

/** The body as an object, or SourceFormatError (an HTML error page, a captcha, another API). */
export function bodyObject(body: unknown, source: string): Record<string, unknown> {
  const record = obj(body);
  if (!record) throw new SourceFormatError(`${source}: expected a JSON object, got ${kindOf(body)}`);
  return record;
}

/**
 * The body's list of records. A missing list is a format error, not an empty
 * board: these sources have complete listings, and reading an error payload
 * as "no jobs" would close every open posting.
 */
export function bodyList(body: Record<string, unknown>, key: string, source: string): unknown[] {
  const list = body[key];
  if (!Array.isArray(list)) throw new SourceFormatError(`${source}: expected "${key}" to be an array`);
  return list;
}

/**
 * `body[key]` when the body is an object holding that array (a Greenhouse or
 * Ashby board's `jobs`), else SourceFormatError naming what came instead.
 */
export function arrayIn(body: unknown, key: string, source: string): unknown[] {
  const list = obj(body)?.[key];
  if (Array.isArray(list)) return list;
  const got = obj(body) ? 'an object without one' : kindOf(body);
  throw new SourceFormatError(`${source}: expected an object with a "${key}" array, got ${got}`);
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : typeof value;
}

/**
 * Offset paging: where the next page starts, or null after the last one. The
 * next offset counts what this page held, so a server that serves fewer than
 * asked still has every record read once; without a total, a short page is
 * the last.
 */
export function nextOffset(offset: number, pageLength: number, pageSize: number, total: number | null): number | null {
  const next = offset + pageLength;
  const more = pageLength > 0 && (total === null ? pageLength >= pageSize : next < total);
  return more ? next : null;
}

export interface RecordKeys {
  record: Record<string, unknown>;
  externalId: string;
  title: string;
}

/**
 * Applies the skip rules every source shares, in order: not an object →
 * 'malformed', no id → 'missing-id', the source's own `exclude` rule (Ashby's
 * unlisted postings), no title → 'missing-title'; the rest goes through
 * `map`. A record whose id was already read in this body is dropped without
 * a count: boards repeat a job once per location (Workable).
 */
export function readRecords<T = NormalizedPosting>(
  records: readonly unknown[],
  keys: {
    id: (record: Record<string, unknown>) => unknown;
    title: (record: Record<string, unknown>) => unknown;
    exclude?: (record: Record<string, unknown>) => SkipReason | null;
  },
  map: (keys: RecordKeys) => T,
): { items: T[]; skipped: SkippedRecord[] } {
  const items: T[] = [];
  const skipped: SkippedRecord[] = [];
  const seen = new Set<string>();
  for (const item of records) {
    const record = obj(item);
    if (!record) {
      skipped.push({ reason: 'malformed' });
      continue;
    }
    const externalId = str(keys.id(record));
    if (!externalId) {
      skipped.push({ reason: 'missing-id' });
      continue;
    }
    const excluded = keys.exclude?.(record) ?? null;
    if (excluded) {
      skipped.push({ reason: excluded, externalId });
      continue;
    }
    const title = str(keys.title(record));
    if (!title) {
      skipped.push({ reason: 'missing-title', externalId });
      continue;
    }
    if (seen.has(externalId)) continue;
    seen.add(externalId);
    items.push(map({ record, externalId, title }));
  }
  return { items, skipped };
}

/** For a `read` that was handed a request it never made: a wiring bug, not a bad body. */
export function unknownLabel(source: string, request: SourceRequest): never {
  throw new Error(`${source}: unknown request label "${request.label}" (${request.url})`);
}

/** An ISO 3166-1 alpha-2 code, upper-cased; names ("Germany") and other codes read as null. */
export function countryCode(value: unknown): string | null {
  const text = str(value);
  return text && /^[a-z]{2}$/i.test(text) ? text.toUpperCase() : null;
}

/** An ISO 4217 code, upper-cased, else null. */
export function currencyCode(value: unknown): string | null {
  const text = str(value);
  return text && /^[a-z]{3}$/i.test(text) ? text.toUpperCase() : null;
}

/** Location text from its parts: blanks and repeats dropped ("Berlin, Berlin, DE" → "Berlin, DE"). */
export function joinPlace(...parts: unknown[]): string | null {
  const words: string[] = [];
  for (const part of parts) {
    const text = str(part);
    if (text && !words.some((w) => w.toLowerCase() === text.toLowerCase())) words.push(text);
  }
  return words.length > 0 ? words.join(', ') : null;
}

/** An http(s) URL, else null (a relative path or a mailto: is no page to link to). */
export function httpUrl(value: unknown): string | null {
  const text = str(value);
  return text && /^https?:\/\//i.test(text) ? text : null;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * One HTML description from titled sections, each heading as an <h3> so the
 * enrichment can tell the requirements from the company blurb. Sections
 * without text are left out; a section whose HTML already opens with a
 * heading keeps its own.
 */
export function joinSections(sections: ReadonlyArray<{ heading: string | null; html: unknown }>): string {
  const parts: string[] = [];
  for (const { heading, html } of sections) {
    const text = str(html);
    if (!text) continue;
    const ownHeading = /^<h[1-6][\s>]/i.test(text);
    parts.push(heading && !ownHeading ? `<h3>${escapeHtml(heading)}</h3>\n${text}` : text);
  }
  return parts.join('\n');
}

const PERIODS = new Map<string, SalaryPeriod>([
  ['hour', 'hour'],
  ['hourly', 'hour'],
  ['day', 'day'],
  ['daily', 'day'],
  ['week', 'week'],
  ['weekly', 'week'],
  ['month', 'month'],
  ['monthly', 'month'],
  ['year', 'year'],
  ['yearly', 'year'],
  ['annual', 'year'],
  ['annually', 'year'],
]);

/** A salary period from the words ATSs use ("yearly", "month", "per_hour"); unknown words read as null. */
export function salaryPeriodOf(value: unknown): SalaryPeriod | null {
  const text = str(value)
    ?.toLowerCase()
    .replace(/^per[\s_-]+/, '');
  return text ? (PERIODS.get(text) ?? null) : null;
}

/** A positive amount, else null: boards write 0 (or "") for "not given". */
export function amount(value: unknown): number | null {
  const n = num(value);
  return n !== null && n > 0 ? n : null;
}
