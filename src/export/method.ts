// The method note that travels with an export (served as *.meta.json next
// to the CSV, written as FILE.meta.json by the CLI): what was counted, how,
// over which days, under which filters, with which taxonomy, when; and what
// each column means, with its unit. Plain data: the caller passes the clock.
import { type Filters, describeFilters } from '../filters/filters.js';
import type { Granularity } from '../stats/periods.js';
import { TAXONOMY_VERSION } from '../taxonomy/skills-data.js';
import { type ExportColumn, POSTING_COLUMNS, SKILL_COLUMNS } from './columns.js';

export type ExportKind = 'skills' | 'postings';

export interface MethodNote {
  export: ExportKind;
  /** ISO 8601, UTC. */
  generatedAt: string;
  taxonomyVersion: string;
  /** Days counted (inclusive); null when open (postings) or when nothing is stored (skills). */
  window: { from: string | null; to: string | null; interval: Granularity | null };
  /** The filters as asked, as query parameters. */
  filters: Record<string, string>;
  /** Skills only: the currency of the salary columns, and how it was chosen. */
  salary?: { currency: string | null; chosen: 'asked' | 'most common' | 'none stated' };
  counting: string;
  csv: { encoding: string; header: boolean; recordDelimiter: string; formulaNeutralization: string };
  columns: ExportColumn[];
}

const CSV_FORMAT: MethodNote['csv'] = {
  encoding: 'UTF-8 (with a byte order mark when asked: bom=1 / --bom)',
  header: true,
  recordDelimiter: 'CRLF (RFC 4180)',
  formulaNeutralization:
    "a text cell starting with =, +, -, @, tab or carriage return gets a leading apostrophe (') so " +
    'spreadsheets show it as text; numbers are written as numbers',
};

export interface SkillsMethodInput {
  generatedAt: Date;
  filters: Filters;
  /** The counted window (whole periods); null when nothing is stored. */
  window: { from: string; to: string } | null;
  currency: string | null;
  currencyChosen: 'asked' | 'most common' | 'none stated';
}

export function skillsMethod(input: SkillsMethodInput): MethodNote {
  const currency = input.currency ?? '(no currency: no salaried jobs)';
  return {
    export: 'skills',
    generatedAt: input.generatedAt.toISOString(),
    taxonomyVersion: TAXONOMY_VERSION,
    window: { from: input.window?.from ?? null, to: input.window?.to ?? null, interval: input.filters.interval },
    filters: describeFilters(input.filters),
    salary: { currency: input.currency, chosen: input.currencyChosen },
    counting:
      'one row per skill × period of the window (periods counted whole, empty ones with zeros); ' +
      'one count per job (cross-posted duplicates merged); ' +
      'share = postings/total backend jobs of the period under the same filters; ci = Wilson 95%; ' +
      `salary = median of annualized midpoints in ${currency}, n = jobs with a salary in that currency ` +
      '(amounts in other currencies are left out, never converted); ' +
      'the category filter narrows the skills listed, not the jobs counted',
    csv: CSV_FORMAT,
    columns: SKILL_COLUMNS.map((c) => ({ ...c, unit: c.unit?.replace('{currency}', currency) ?? null })),
  };
}

export interface PostingsMethodInput {
  generatedAt: Date;
  filters: Filters;
}

export function postingsMethod(input: PostingsMethodInput): MethodNote {
  // Postings are not grouped into periods: the interval means nothing here.
  const { interval: _interval, ...filters } = describeFilters(input.filters);
  return {
    export: 'postings',
    generatedAt: input.generatedAt.toISOString(),
    taxonomyVersion: TAXONOMY_VERSION,
    window: { from: input.filters.from ?? null, to: input.filters.to ?? null, interval: null },
    filters,
    counting:
      'one row per stored backend posting matching the filters, in id order; a job cross-posted on several ' +
      'boards has one row per board, sharing its duplicate_key (the skill export counts it once); ' +
      'a posting counts on the day it was posted, else the day it was first seen; ' +
      'the category filter keeps postings tagged with a skill of those categories',
    csv: CSV_FORMAT,
    columns: POSTING_COLUMNS.map((c) => ({ ...c })),
  };
}
