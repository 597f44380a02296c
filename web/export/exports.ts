// What an export is, for the HTTP routes and `skillpulse export` alike: its
// query schema (the shared filters, plus bom and, for skills, currency), its
// method note, its file name and its rows, read lazily. A bad window throws
// WindowError, naming the parameter (a 400 over HTTP, a usage error in the CLI).
import { z } from '@hono/zod-openapi';
import type { Db } from '../../db/connection.js';
import type { Counting } from '../../db/job-counts.js';
import { postingScope } from '../../db/job-filter.js';
import { exportPostingPages } from '../../db/postings-export.js';
import { salaryCurrencies } from '../../db/salaries.js';
import { skillExportRows } from '../../db/skill-export.js';
import { filtersWindow } from '../../db/skill-summary.js';
import { columnNames, POSTING_COLUMNS, SKILL_COLUMNS } from '../../src/export/columns.js';
import type { CsvPages } from '../../src/export/csv.js';
import { type ExportKind, type MethodNote, postingsMethod, skillsMethod } from '../../src/export/method.js';
import { describeFilters } from '../../src/filters/filters.js';
import { CURRENCY, checkDayOrder, FilterParams, type FilterQuery, filtersOf } from '../filter-params.js';

export const PostingsExportQuery = FilterParams.extend({
  bom: z
    .enum(['0', '1'])
    .optional()
    .openapi({ description: '1: start the file with a UTF-8 byte order mark, for spreadsheets' }),
});

export const SkillsExportQuery = PostingsExportQuery.extend({
  currency: CURRENCY.optional().openapi({
    description: 'salary currency (default: the one most salaried jobs state)',
    example: 'EUR',
  }),
});

export type PostingsExportParams = z.infer<typeof PostingsExportQuery>;
export type SkillsExportParams = z.infer<typeof SkillsExportQuery>;

export interface PreparedExport {
  kind: ExportKind;
  /** File name for Content-Disposition: skillpulse-<kind>-<from>-<to>.csv. */
  filename: string;
  meta: MethodNote;
  columns: string[];
  /** The rows, in pages: objects keyed by column name, or arrays in column order; iterate once. */
  pages(): Promise<CsvPages>;
}

export async function prepareSkillsExport(
  db: Db,
  counting: Counting,
  query: SkillsExportParams,
  generatedAt: Date,
): Promise<PreparedExport> {
  const filters = filtersOf(query);
  const window = await filtersWindow(db, filters, counting);
  let currency = query.currency ?? null;
  let chosen: 'asked' | 'most common' | 'none stated' = 'asked';
  if (!currency) {
    // Without asked days the window is the data's whole span: no salary lies outside it.
    const scope =
      filters.from || filters.to
        ? { ...postingScope(filters), from: window?.from, to: window?.to }
        : postingScope(filters);
    const stated = window ? await salaryCurrencies(db, scope, counting) : [];
    currency = stated[0]?.currency ?? null;
    chosen = currency ? 'most common' : 'none stated';
  }
  return {
    kind: 'skills',
    filename: window ? `skillpulse-skills-${window.from}-${window.to}.csv` : 'skillpulse-skills.csv',
    meta: skillsMethod({ generatedAt, filters, window, currency, currencyChosen: chosen }),
    columns: columnNames(SKILL_COLUMNS),
    // One page, its rows made as they are read; nothing stored: a header and no rows.
    pages: async () => (window ? [await skillExportRows(db, { window, filters, counting, currency })] : []),
  };
}

export async function preparePostingsExport(
  db: Db,
  query: PostingsExportParams,
  generatedAt: Date,
): Promise<PreparedExport> {
  checkDayOrder(query);
  const filters = filtersOf(query);
  return {
    kind: 'postings',
    filename: `skillpulse-postings-${query.from ?? 'start'}-${query.to ?? 'end'}.csv`,
    meta: postingsMethod({ generatedAt, filters }),
    columns: columnNames(POSTING_COLUMNS),
    pages: async () => exportPostingPages(db, filters),
  };
}

/** The query string that asks for the same export (its filters and currency), for the meta link. */
export function sameExportQuery(query: FilterQuery & { currency?: string | undefined }): string {
  // describeFilters names each filter as its query parameter.
  const params = new URLSearchParams(describeFilters(filtersOf(query)));
  if (query.currency) params.set('currency', query.currency);
  return `?${params.toString()}`;
}
