// Small readers for the loosely typed fields of source payloads: a value of
// the wrong type reads as null instead of throwing, since every vendor adds,
// drops and retypes fields over time.
import type { EmploymentType } from '../src/domain.js';

/** A trimmed, non-empty string, else null (numbers are written as strings: ids often change type). */
export function str(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

export function num(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value.replace(/[,_\s]/g, ''));
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

export function obj(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

export function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * An ISO 8601 UTC timestamp from what sources send: ISO text (with or
 * without a zone; without one it is read as UTC), "YYYY-MM-DD HH:MM:SS UTC",
 * or epoch seconds / milliseconds (told apart by size). Null when unreadable
 * or outside 1990–2100 (a zero or a typo is not a date).
 */
export function isoTime(value: unknown): string | null {
  let ms: number | null = null;
  if (typeof value === 'number' && Number.isFinite(value)) ms = value < 1e11 ? value * 1000 : value;
  else if (typeof value === 'string') {
    const text = value
      .trim()
      .replace(/ UTC$/, 'Z')
      .replace(/^(\d{4}-\d\d-\d\d) (\d)/, '$1T$2');
    if (/^\d+$/.test(text)) return isoTime(Number(text));
    const hasZone = /(?:Z|[+-]\d\d:?\d\d)$/.test(text) || /^\d{4}-\d\d-\d\d$/.test(text);
    ms = Date.parse(hasZone ? text : `${text}Z`);
  }
  if (ms === null || Number.isNaN(ms)) return null;
  const year = new Date(ms).getUTCFullYear();
  return year >= 1990 && year <= 2100 ? new Date(ms).toISOString() : null;
}

/** Employment type from the words sources use (FULL_TIME, "Full-time", "Contract" …). */
export function employmentTypeOf(value: unknown): EmploymentType | null {
  const text = str(value)
    ?.toLowerCase()
    .replace(/[_\s]+/g, '-');
  if (!text) return null;
  if (/^full-?time|^permanent|^regular/.test(text)) return 'full-time';
  if (/^part-?time/.test(text)) return 'part-time';
  if (/contract|freelance|contractor/.test(text)) return 'contract';
  if (/intern/.test(text)) return 'internship';
  if (/temp/.test(text)) return 'temporary';
  return 'other';
}
