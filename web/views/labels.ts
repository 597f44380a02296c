// Words for stored values: work modes, seniorities, and the 'unknown' group
// of postings that do not say.
import { SENIORITIES } from '../../src/domain.js';

export const WORK_MODE_LABELS: Readonly<Record<string, string>> = {
  remote: 'Remote',
  hybrid: 'Hybrid',
  onsite: 'On site',
};

/** Seniorities in career order, then postings that do not say. */
export const SENIORITY_ORDER: readonly string[] = [...SENIORITIES, 'unknown'];

/** A salary group's key as a reader sees it; skill ids are named by the caller. */
export function groupLabel(by: 'seniority' | 'remote' | 'country' | 'all', key: string): string {
  if (key === 'unknown') return 'not stated';
  if (by === 'remote') return WORK_MODE_LABELS[key] ?? key;
  return key;
}
