// The filter query parameters every page, API route and export takes, with
// one zod schema: lists are comma-separated, each value checked, the whole
// bounded. filtersOf turns a parsed query into the core's Filters. Beside
// them, the single parameters several routes share (a currency, a skill id).
import { z } from '@hono/zod-openapi';
import { SENIORITIES, WORK_MODES } from '../src/domain.js';
import type { Filters } from '../src/filters/filters.js';
import { isDay } from '../src/stats/periods.js';
import { SKILL_CATEGORIES } from '../src/taxonomy/types.js';
import { WindowError } from '../src/trends/window.js';

const MAX_VALUES = 20;

export const DAY = z.string().refine(isDay, 'expected a date, YYYY-MM-DD');

/** A salary currency: amounts are never converted, so views and exports name one. */
export const CURRENCY = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code such as EUR');

/** A taxonomy skill id, checked for its shape only: whether it is stored is the database's to say. */
export const SKILL_ID = z
  .string()
  .max(100)
  .regex(/^[a-z0-9.+#-]+$/, 'expected a skill id');

/** A comma-separated list whose every value passes `valid`; '' means no filter. */
function listOf(what: string, valid: (value: string) => boolean, example: string) {
  return z
    .string()
    .max(400)
    .transform((text) => (text === '' ? [] : [...new Set(text.split(','))]))
    .refine((values) => values.length <= MAX_VALUES, `at most ${MAX_VALUES} values`)
    .refine((values) => values.every(valid), `expected comma-separated ${what}`)
    .openapi({ type: 'string', example });
}

const oneOf = (allowed: readonly string[]) => (value: string) => allowed.includes(value);

export const FilterParams = z.object({
  from: DAY.optional().openapi({ description: 'first day counted (default: the first day with data)' }),
  to: DAY.optional().openapi({ description: 'last day counted (default: the last day with data)' }),
  interval: z.enum(['month', 'week']).default('month'),
  seniority: listOf(SENIORITIES.join(' | '), oneOf(SENIORITIES), 'senior,staff').optional(),
  workMode: listOf(WORK_MODES.join(' | '), oneOf(WORK_MODES), 'remote').optional(),
  country: listOf('ISO 3166-1 alpha-2 codes', (v) => /^[A-Z]{2}$/.test(v), 'US,DE').optional(),
  source: listOf('source names', (v) => /^[\w.-]{1,100}$/.test(v), 'greenhouse-acme').optional(),
  category: listOf('skill categories', oneOf(SKILL_CATEGORIES), 'cloud').optional(),
});

export type FilterQuery = z.infer<typeof FilterParams>;

export function filtersOf(query: FilterQuery): Filters {
  const filters: Filters = { interval: query.interval };
  if (query.from) filters.from = query.from;
  if (query.to) filters.to = query.to;
  if (query.seniority?.length) filters.seniority = query.seniority as Filters['seniority'];
  if (query.workMode?.length) filters.workMode = query.workMode as Filters['workMode'];
  if (query.country?.length) filters.country = query.country;
  if (query.source?.length) filters.source = query.source;
  if (query.category?.length) filters.category = query.category;
  return filters;
}

/**
 * Views that count no window (postings lists and their export) still refuse
 * a from after to, with the same error the counted views get from their window.
 */
export function checkDayOrder(query: { from?: string | undefined; to?: string | undefined }): void {
  if (query.from && query.to && query.from > query.to) throw new WindowError('from', 'after to');
}
