// The enrichment pipeline: one raw posting in, its skills, salary, seniority,
// work mode, place, AI class and backend relevance out. Pure and
// deterministic; the scrapers, `retag` and `extract` all run this.
import type { AiClass, Seniority, WorkMode } from '../domain.js';
import { annualize, currencyForCountry } from '../salary/annualize.js';
import { parseSalaryText } from '../salary/parse-text.js';
import type { Salary, StatedSalary } from '../salary/types.js';
import { type SkillTag, scanSkills } from '../skills/extract.js';
import type { CompiledTaxonomy } from '../taxonomy/compile.js';
import { compileDefaultTaxonomy } from '../taxonomy/default.js';
import { TAXONOMY_VERSION } from '../taxonomy/skills-data.js';
import { htmlToLine, htmlToText } from '../text/html-to-text.js';
import { aiClassOf } from './ai-class.js';
import { type BackendRule, isBackendRole } from './backend.js';
import { placeOf } from './location.js';
import { seniorityOf, yearsOfExperience } from './seniority.js';
import { workModeOf } from './work-mode.js';

export interface RawPosting {
  title: string;
  /** HTML or plain text. */
  description: string;
  company?: string | null;
  location?: string | null;
  /** A salary from the source's own structured field; used as given. */
  structuredSalary?: StatedSalary | null;
  /** A work mode the source states in a structured field. */
  structuredWorkMode?: WorkMode | null;
  /** A country (ISO 3166-1 alpha-2) the source states in a structured field. */
  structuredCountry?: string | null;
}

export interface Enrichment {
  /** The description as plain text; skill evidence offsets point into it. */
  text: string;
  skills: SkillTag[];
  salary: Salary | null;
  seniority: Seniority | null;
  yearsMin: number | null;
  workMode: WorkMode | null;
  country: string | null;
  city: string | null;
  aiClass: AiClass | null;
  backend: boolean;
  taxonomyVersion: string;
}

export interface EnricherOptions {
  backend?: BackendRule;
}

export interface Enricher {
  readonly taxonomy: CompiledTaxonomy;
  readonly taxonomyVersion: string;
  enrich(posting: RawPosting): Enrichment;
}

/** Longest description read (real ones stay under 30,000 characters); beyond it the text is cut: a 50 MB "posting" is not a posting. */
export const MAX_DESCRIPTION_CHARS = 100_000;

export function createEnricher(options: EnricherOptions = {}): Enricher {
  const taxonomy = compileDefaultTaxonomy();
  return {
    taxonomy,
    taxonomyVersion: TAXONOMY_VERSION,
    enrich: (posting) => enrichWith(taxonomy, posting, options),
  };
}

function enrichWith(taxonomy: CompiledTaxonomy, posting: RawPosting, options: EnricherOptions): Enrichment {
  const title = htmlToLine(clip(posting.title, 1_000));
  const text = htmlToText(clip(posting.description, MAX_DESCRIPTION_CHARS));
  const header = text.slice(0, Math.max(0, text.indexOf('\n'))) || text.slice(0, 300);
  // One pass over the words finds the skills and the cue words every other rule reads.
  const { skills, cues, numberWords } = scanSkills({ title, text, company: posting.company ?? null }, taxonomy);
  const place = placeOf(posting.location ?? (header.includes('|') ? header : null));
  const country = posting.structuredCountry ?? place.country;
  const yearsMin = yearsOfExperience(text, cues);
  return {
    text,
    skills,
    salary: salaryOf(posting, title, text, country, numberWords),
    seniority: seniorityOf(title, yearsMin),
    yearsMin,
    workMode:
      posting.structuredWorkMode ?? workModeOf({ title, location: posting.location ?? null, header, text, cues }),
    country,
    city: place.city,
    aiClass: aiClassOf(
      skills.map((s) => s.id),
      text,
      cues,
    ),
    backend: isBackendRole({ title, skills }, options.backend),
    taxonomyVersion: TAXONOMY_VERSION,
  };
}

function salaryOf(
  posting: RawPosting,
  title: string,
  text: string,
  country: string | null,
  numberWords: readonly number[],
): Salary | null {
  if (posting.structuredSalary) {
    return { ...posting.structuredSalary, ...annualize(posting.structuredSalary), origin: 'structured' };
  }
  const defaultCurrency = currencyForCountry(country);
  const found = parseSalaryText(text, { defaultCurrency, numberWords }) ?? parseSalaryText(title, { defaultCurrency });
  if (!found) return null;
  const stated: StatedSalary = { min: found.min, max: found.max, currency: found.currency, period: found.period };
  return { ...stated, ...annualize(stated), origin: 'text' };
}

function clip(s: string, max: number): string {
  return s.length > max ? s.slice(0, max) : s;
}
