// What the bulk sample market holds, drawn from a seed: sources, companies,
// jobs over 36 months (growing; some cross-posted on a second source), their
// postings and skill links, and the daily scrape runs that found them. Rows
// come out one posting at a time, in time order, so 1,000,000 never sit in
// memory.
import type { NewPosting, NewPostingSkill } from '../../../db/schema.js';
import { pick, seededRandom } from '../../random.js';
import type { AiClass, EmploymentType, Seniority, WorkMode } from '../../../src/domain.js';
import { companyKey, normalizeName } from '../../../src/posting-identity.js';
import { annualize } from '../../../src/salary/annualize.js';
import { CONCEPT_GROUPS } from '../../../src/taxonomy/groups-data.js';
import { SKILLS, TAXONOMY_VERSION } from '../../../src/taxonomy/skills-data.js';
import * as data from './data.js';
import {
  companyNames,
  type DrawnLink,
  type DrawnSalary,
  describe,
  drawSalary,
  drawSkills,
  htmlOf,
  skillSamplers,
  titleOf,
  weighted,
} from './draws.js';
import { runCalendar, type ScrapeRunRow } from './runs.js';

export type PostingRow = Required<NewPosting>;
export type { ScrapeRunRow };

export interface GeneratedPosting {
  row: PostingRow;
  skills: Array<Required<NewPostingSkill>>;
}

export interface Market {
  sources: Array<{ id: number; name: string; type: string; settings: string; createdAt: string }>;
  /** Company names; a company's id is its index + 1. */
  companies: string[];
  /** The next posting in time order, or null when all are out. */
  nextPosting(): GeneratedPosting | null;
  /** One run per source and day, its counts read from the postings drawn (call after the last posting). */
  scrapeRuns(): ScrapeRunRow[];
  stats: { jobs: number; crossPosted: number };
}

const DAY_MS = 86_400_000;
/** 36 months: 2023-11-01 to 2026-10-31, days 0 … DAYS - 1. */
const START_MS = Date.UTC(2023, 10, 1);
const MONTHS = 36;
export const DAYS = (Date.UTC(2026, 9, 31) - START_MS) / DAY_MS + 1;
/** Postings per day grow this much over the three years. */
const GROWTH = 2.5;
const CROSS_POST_SHARE = 0.12;
const BACKEND_SHARE = 0.85;
const CLOSED_SHARE = 0.25;
const COMPANY_COUNT = 20_000;
/** Zipf exponent of company size: the biggest company posts about 2% of the aggregators' jobs. */
const COMPANY_ZIPF = 0.75;

const hex = (n: number, width: number) => (n >>> 0).toString(16).padStart(width, '0').slice(-width);
const iso = (ms: number) => new Date(ms).toISOString();

interface Job {
  day: number;
  title: string;
  backend: boolean;
  seniority: Seniority | null;
  companyIndex: number | null;
  country: data.CountrySpec;
  city: string | null;
  workMode: WorkMode | null;
  locationText: string | null;
  employment: EmploymentType | null;
  identity: string;
  text: string;
  html: string | null;
  links: DrawnLink[];
  salary: DrawnSalary | null;
  aiClass: AiClass | null;
}

export function buildMarket(seed: number, postings: number): Market {
  const random = seededRandom(seed);
  const companies = companyNames(random, COMPANY_COUNT);
  const companyKeys = companies.map(companyKey);
  const pickCompany = weighted(companies.map((_, i) => 1 / (i + 1) ** COMPANY_ZIPF));
  const boardSlugs = companyKeys.slice(0, data.BOARD_COUNT).map((k) => k.replace(/ /g, ''));
  const specs = data.sourceSpecs(boardSlugs);
  const createdAt = iso(START_MS);
  const sources = specs.map((spec, i) => ({
    id: i + 1,
    name: data.sourceName(spec),
    type: spec.type,
    settings: JSON.stringify(data.sourceSettings(spec)),
    createdAt,
  }));
  const aggregators = specs.flatMap((s, i) => (s.board ? [] : [i]));
  const pickSource = weighted(specs.map((s) => s.weight));
  const pickCountry = weighted(data.COUNTRIES.map((c) => c.weight));
  const pickSeniority = weighted(data.SENIORITY_WEIGHTS.map(([, w]) => w));
  const skills = skillSamplers(SKILLS, MONTHS);
  const skillById = new Map(SKILLS.map((s) => [s.id, s]));
  const aiSkills = new Set(CONCEPT_GROUPS.find((g) => g.id === 'ai')?.members ?? []);
  const normalized = new Map<string, string>();
  const norm = (text: string) => {
    let value = normalized.get(text);
    if (value === undefined) {
      value = normalizeName(text);
      normalized.set(text, value);
    }
    return value;
  };
  const monthOf = new Uint8Array(DAYS);
  for (let d = 0; d < DAYS; d++) {
    const date = new Date(START_MS + d * DAY_MS);
    monthOf[d] = (date.getUTCFullYear() - 2023) * 12 + date.getUTCMonth() - 10;
  }

  // Runs first, from a stream of their own: a posting is first seen on a day its source's run did not fail.
  const runs = runCalendar(seed, specs.length, DAYS, START_MS);
  const externalCounter = new Int32Array(specs.length);

  const stats = { jobs: 0, crossPosted: 0 };
  let emitted = 0;
  let queued: GeneratedPosting | null = null;

  /** The day of the posting at fraction u of all: postings per day grow exponentially. */
  const dayAt = (u: number) => {
    const g = Math.log(GROWTH);
    const t = Math.log(1 + u * (GROWTH - 1)) / g;
    return Math.min(DAYS - 1, Math.floor(t * DAYS));
  };

  function drawJob(day: number, sourceIndex: number): Job {
    const source = specs[sourceIndex] as data.SourceSpec;
    const backend = random() < BACKEND_SHARE;
    const roles = backend ? data.BACKEND_ROLES : data.OTHER_ROLES;
    const role = pick(random, roles);
    const seniority = data.SENIORITY_WEIGHTS[pickSeniority(random)]?.[0] ?? null;
    const title = titleOf(role.title, seniority);
    let companyIndex: number | null = source.board ? sourceIndex : pickCompany(random);
    if (source.type === 'hn' && random() < 0.05) companyIndex = null;
    const country =
      source.type === 'arbeitnow' && random() < 0.6
        ? (data.COUNTRIES[1] as data.CountrySpec)
        : (data.COUNTRIES[pickCountry(random)] as data.CountrySpec);
    const remoteBoard = source.type === 'remoteok' || source.type === 'himalayas';
    const r = random();
    const workMode: WorkMode | null =
      (remoteBoard && r < 0.9) || r < 0.3 ? 'remote' : r < 0.68 ? 'hybrid' : r < 0.95 ? 'onsite' : null;
    const city =
      country.cities.length === 0 || (workMode === 'remote' && random() < 0.5) ? null : pick(random, country.cities);
    const locationText =
      random() < 0.03
        ? null
        : workMode === 'remote' && !city
          ? `Remote (${country.name})`
          : `${city ?? 'Remote'}, ${country.name}`;
    const employment: EmploymentType | null =
      seniority === 'intern'
        ? 'internship'
        : r < 0.9
          ? 'full-time'
          : r < 0.96
            ? 'contract'
            : r < 0.98
              ? 'part-time'
              : null;
    const place = [country.code, city].filter(Boolean).join(' ') || workMode || locationText || '';
    const company = companyIndex === null ? null : (companies[companyIndex] as string);
    const identity = companyIndex === null ? '' : `${companyKeys[companyIndex]}|${norm(title)}|${norm(place)}`;
    const sample = skills.byMonth[monthOf[day] as number] as (typeof skills.byMonth)[number];
    const chosen = drawSkills(random, sample, skills.ids, role.core, (monthOf[day] as number) / (MONTHS - 1));
    const salary = drawSalary(random, country, seniority, employment === 'contract');
    const hasAi = chosen.some((id) => aiSkills.has(id));
    const a = random();
    const aiClass: AiClass | null = hasAi ? (a < 0.55 ? 'building' : a < 0.85 ? 'using' : 'generic') : null;
    const { text, links } = describe(random, skillById, { company, title, location: locationText, salary }, chosen);
    const html = random() < 0.25 ? htmlOf(text) : null;
    return {
      day,
      title,
      backend,
      seniority,
      companyIndex,
      country,
      city,
      workMode,
      locationText,
      employment,
      identity,
      text,
      html,
      links,
      salary,
      aiClass,
    };
  }

  function externalId(source: number): string {
    externalCounter[source] = (externalCounter[source] as number) + 1;
    const n = externalCounter[source] as number;
    switch (specs[source]?.type) {
      case 'greenhouse':
        return String(4_000_000 + n * 3);
      case 'lever':
        return `${hex(random() * 2 ** 32, 8)}-${hex(random() * 2 ** 16, 4)}-4${hex(random() * 4096, 3)}-a${hex(n >>> 24, 3)}-${hex(n, 12)}`;
      case 'hn':
        return String(38_000_000 + n * 17);
      default:
        return `${(n * 7919).toString(36)}${hex(n, 6)}`;
    }
  }

  /** One posting of a job on a source, `lag` days after the job's first posting. */
  function postingOf(job: Job, source: number, lag: number, duplicateKey: string | null): GeneratedPosting {
    const spec = specs[source] as data.SourceSpec;
    const posted = random() < 0.9;
    const day = Math.min(DAYS - 1, job.day + lag);
    // Posted during the day, found by the next morning's run (the last day's run finds what came before it).
    const lastDay = day === DAYS - 1;
    const postedMs = START_MS + day * DAY_MS + Math.floor(random() * (lastDay ? 7_200_000 : DAY_MS));
    const seenDay = runs.runDay(source, posted && !lastDay ? day + 1 : day, false);
    const firstSeen = runs.startMs(source, seenDay) + 20_000 + Math.floor(random() * 300_000);
    let lastSeen = runs.startMs(source, DAYS - 1) + 20_000;
    let closedAt: string | null = null;
    if (random() < CLOSED_SHARE) {
      const closedDay = runs.runDay(source, seenDay + 7 + Math.floor(random() * 80), true);
      if (closedDay < DAYS - 1) {
        closedAt = iso(runs.startMs(source, closedDay) + 30_000);
        lastSeen = runs.startMs(source, closedDay - 1) + 20_000;
        runs.countClosed(source, closedDay);
      }
    }
    runs.countNew(source, seenDay);
    const external = externalId(source);
    const id = ++emitted;
    const salary = job.salary;
    const annual = salary ? annualize(salary) : null;
    const row: PostingRow = {
      id,
      source_id: source + 1,
      external_id: external,
      url: data.postingUrl(spec, external),
      attribution_url: data.ATTRIBUTED.has(spec.type) ? data.postingUrl(spec, external) : null,
      title: job.title,
      company_id: job.companyIndex === null ? null : job.companyIndex + 1,
      location_text: job.locationText,
      country: job.country.code,
      city: job.city,
      work_mode: job.workMode,
      seniority: job.seniority,
      years_min: job.seniority ? data.YEARS_MIN[job.seniority] : null,
      employment_type: job.employment,
      description_html: job.html,
      description_text: job.text,
      salary_min: salary?.min ?? null,
      salary_max: salary?.max ?? null,
      salary_currency: salary?.currency ?? null,
      salary_period: salary?.period ?? null,
      salary_origin: salary?.origin ?? null,
      salary_annual_min: annual?.annualMin ?? null,
      salary_annual_max: annual?.annualMax ?? null,
      source_facts:
        salary?.origin === 'structured'
          ? JSON.stringify({
              salary: { min: salary.min, max: salary.max, currency: salary.currency, period: salary.period },
            })
          : '{}',
      ai_class: job.aiClass,
      is_backend: job.backend ? 1 : 0,
      posted_at: posted ? iso(postedMs) : null,
      first_seen_at: iso(firstSeen),
      last_seen_at: iso(Math.max(lastSeen, firstSeen)),
      closed_at: closedAt,
      content_hash: `${hex(random() * 2 ** 32, 8)}${hex(random() * 2 ** 32, 8)}`,
      // A posting's own key is its source and id, as the store forms it; a cross-post takes the first one's.
      duplicate_key: duplicateKey ?? `${source + 1}:${external}`,
      identity_key: job.identity,
      taxonomy_version: TAXONOMY_VERSION,
    };
    const skillsOf = job.links.map((l) => ({
      posting_id: id,
      skill_id: l.skillId,
      requirement: l.requirement,
      matched_text: l.text,
      match_start: l.start,
      match_end: l.end,
    }));
    return { row, skills: skillsOf };
  }

  function nextPosting(): GeneratedPosting | null {
    if (queued) {
      const next = queued;
      queued = null;
      return next;
    }
    if (emitted >= postings) return null;
    const day = dayAt((emitted + random()) / postings);
    const source = pickSource(random);
    const job = drawJob(day, source);
    stats.jobs++;
    const first = postingOf(job, source, 0, null);
    if (emitted < postings && random() < CROSS_POST_SHARE) {
      // The same job on a second board: an aggregator, or the company's own board when it has one.
      const own = job.companyIndex !== null && job.companyIndex < data.BOARD_COUNT ? job.companyIndex : null;
      const others = aggregators.filter((a) => a !== source);
      const second = own !== null && own !== source && random() < 0.5 ? own : pick(random, others);
      queued = postingOf(job, second, Math.floor(random() * 10), first.row.duplicate_key);
      stats.crossPosted++;
    }
    return first;
  }

  // Crawled sites fetch each job's page; every other source reads an API's pages of jobs.
  const scrapeRuns = () => runs.rows((s) => specs[s]?.type !== 'jsonld' && specs[s]?.type !== 'browser');

  return { sources, companies, nextPosting, scrapeRuns, stats };
}
