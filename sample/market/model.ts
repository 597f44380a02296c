// The sample market: about 150 companies hiring backend engineers over the
// 24 months up to `today`, drawn from a seed. Some companies run their own
// ATS board (Greenhouse, Lever, Ashby, SmartRecruiters, Workable, Recruitee)
// or careers site (JSON-LD pages, one rendered by script); the rest post only
// on the aggregators (RemoteOK, Himalayas, Arbeitnow) and HN's monthly
// threads, where board companies cross-post some of their jobs too. Jobs
// grow in number month by month, ask for skills along the intended curves
// (curves.ts), state pay in their place's currency, and a few are reposted
// or served broken. Pure: no clock, no I/O.
import { NAME_FIRST, NAME_SECOND } from '../company-names.js';
import { STACKS } from '../postings.js';
import { pick, type Random, seededRandom, shuffled } from '../random.js';
import { drawTrackedSkills, TRACKED_SKILLS } from './curves.js';
import { jobDescription, writtenSkill } from './job-text.js';
import type { SampleJob, SampleSalary, SampleSource } from './types.js';

export interface MarketOptions {
  seed: number;
  /** The market's last day: its months end with this one. */
  today: Date;
  /** About how many postings the sources list in all (jobs, their cross-posts and reposts). */
  postings: number;
}

export interface SampleMarket {
  sources: SampleSource[];
  /** The market's months, YYYY-MM, oldest first. */
  months: string[];
  companies: number;
  /** Distinct jobs, and the postings listing them (cross-posts and reposts included). */
  jobs: number;
  postings: number;
}

export const MARKET_MONTHS = 24;
const BROWSER_JOBS = 30;
const COMPANIES = 150;
/** Companies with their own board, by ATS, in company order; then careers sites; the rest post on aggregators only. */
const BOARDS = [
  ...Array<'greenhouse'>(24).fill('greenhouse'),
  ...Array<'lever'>(12).fill('lever'),
  ...Array<'ashby'>(9).fill('ashby'),
  ...Array<'smartrecruiters'>(5).fill('smartrecruiters'),
  ...Array<'workable'>(4).fill('workable'),
  ...Array<'recruitee'>(4).fill('recruitee'),
  ...Array<'jsonld'>(5).fill('jsonld'),
  'browser' as const,
];

const PLACES = [
  { city: 'New York, NY', country: 'US', currency: 'USD', low: 135_000, eu: false },
  { city: 'San Francisco, CA', country: 'US', currency: 'USD', low: 150_000, eu: false },
  { city: 'Austin, TX', country: 'US', currency: 'USD', low: 120_000, eu: false },
  { city: 'Toronto, Canada', country: 'CA', currency: 'CAD', low: 115_000, eu: false },
  { city: 'London, UK', country: 'GB', currency: 'GBP', low: 70_000, eu: false },
  { city: 'Berlin, Germany', country: 'DE', currency: 'EUR', low: 65_000, eu: true },
  { city: 'Munich, Germany', country: 'DE', currency: 'EUR', low: 70_000, eu: true },
  { city: 'Amsterdam, Netherlands', country: 'NL', currency: 'EUR', low: 68_000, eu: true },
] as const;
type Place = (typeof PLACES)[number];

const LEVELS = [
  { word: 'Junior', step: 0.7 },
  { word: '', step: 0.9 },
  { word: 'Senior', step: 1.1 },
  { word: 'Senior', step: 1.1 },
  { word: 'Staff', step: 1.35 },
  { word: 'Principal', step: 1.6 },
];
/** Titles a board lists beside its engineering jobs: the pipeline counts them as not backend. */
const OTHER_TITLES = ['Product Designer', 'Account Executive', 'Technical Recruiter', 'Marketing Manager'];

/**
 * The role stacks jobs are drawn from, less those whose title names a tracked
 * skill ("Ruby on Rails Developer"): the title would ask for it beside its curve.
 */
const MARKET_STACKS = STACKS.filter((stack) =>
  TRACKED_SKILLS.every((id) => !new RegExp(`\\b${writtenSkill(id) ?? id}\\b`, 'i').test(stack.role)),
);

interface Company {
  name: string;
  board: (typeof BOARDS)[number] | null;
  place: Place;
  /** Relative hiring volume. */
  weight: number;
}

export function sampleMarket(options: MarketOptions): SampleMarket {
  const random = seededRandom(options.seed);
  const months = marketMonths(options.today);
  const companies = drawCompanies(random);
  const sources = new Map<string, SampleSource>();
  const sourceOf = (type: SampleSource['type'], name: string, token: string, company: string | null) => {
    let source = sources.get(name);
    if (!source) {
      source = { type, name, token, company, jobs: [], malformed: [] };
      sources.set(name, source);
    }
    return source;
  };
  for (const c of companies) if (c.board) sourceOf(c.board, slug(c.name), slug(c.name), c.name);
  const hn = sourceOf('hn', 'hn', '', null);
  const remoteok = sourceOf('remoteok', 'remoteok', '', null);
  const himalayas = sourceOf('himalayas', 'himalayas', '', null);
  const arbeitnow = sourceOf('arbeitnow', 'arbeitnow', '', null);

  const totalWeight = companies.reduce((sum, c) => sum + c.weight, 0);
  const baseJobs = Math.max(1, Math.round(options.postings / 1.22));
  let jobs = 0;
  for (const company of companies) {
    // The script-rendered site is crawled in Chromium, a page at a time: it stays small.
    const share = Math.max(1, Math.round((baseJobs * company.weight) / totalWeight));
    const count = company.board === 'browser' ? Math.min(share, BROWSER_JOBS) : share;
    for (let i = 0; i < count; i++) {
      const job = drawJob(random, company, months, options.today);
      jobs += 1;
      const board = company.board ? sources.get(slug(company.name)) : undefined;
      const aggregators = [
        ...(job.workMode === 'remote' && random() < 0.25 ? [remoteok] : []),
        ...(job.workMode === 'remote' && random() < 0.2 ? [himalayas] : []),
        ...(company.place.eu && random() < 0.3 ? [arbeitnow] : []),
        ...(random() < (board ? 0.08 : 0.5) ? [hn] : []),
      ];
      // A company without a board is seen somewhere.
      if (!board && aggregators.length === 0) aggregators.push(job.workMode === 'remote' ? remoteok : hn);
      for (const source of board ? [board, ...aggregators] : aggregators) list(source, job);
      // Reposted on its board a month or two later: the same job, a new id.
      const repostAt = new Date(Date.parse(job.postedAt) + (30 + Math.floor(random() * 45)) * 86_400_000);
      if (board && random() < 0.04 && repostAt <= options.today)
        list(board, { ...job, postedAt: repostAt.toISOString() });
    }
  }
  // A few records served broken, on a few sources: the run counts them and goes on.
  for (const source of shuffled(random, [...sources.values()]).slice(0, 8)) {
    const broken = source.jobs[0];
    if (!broken) continue;
    list(source, { ...broken });
    source.malformed.push(source.jobs.at(-1)?.id as string);
  }
  const all = [...sources.values()].filter((s) => s.jobs.length > 0);
  return {
    sources: all,
    months,
    companies: companies.length,
    jobs,
    postings: all.reduce((sum, s) => sum + s.jobs.length, 0),
  };
}

/** Adds the job to the source under the source's next id. */
function list(source: SampleSource, job: Omit<SampleJob, 'id'>): void {
  const n = source.jobs.length + 1;
  const id = ['lever', 'ashby'].includes(source.type) ? uuidOf(source.name, n) : String(4_000_000 + n);
  source.jobs.push({ ...job, id });
}

function drawCompanies(random: Random): Company[] {
  const names = shuffled(
    random,
    NAME_FIRST.flatMap((head) => NAME_SECOND.map((tail) => `${head}${tail}`)),
  ).slice(0, COMPANIES);
  return names.map((name, i) => ({
    name: i % 3 === 0 ? `${name} Inc` : name,
    board: BOARDS[i] ?? null,
    place: pick(random, PLACES),
    // A few big employers, many small ones.
    weight: 1 / (1 + i) ** 0.6,
  }));
}

function drawJob(random: Random, company: Company, months: string[], today: Date): Omit<SampleJob, 'id'> {
  const m = weightedMonth(random, months.length);
  const postedAt = dayIn(random, months[m] as string, today);
  const t = months.length > 1 ? m / (months.length - 1) : 1;
  const place = company.place;
  const workMode = pick(random, ['remote', 'remote', 'hybrid', 'hybrid', 'hybrid', 'onsite', 'onsite'] as const);
  const location = workMode === 'remote' ? `Remote (${place.country})` : place.city;
  if (random() < 0.08) {
    const title = pick(random, OTHER_TITLES);
    const html = `<p>${company.name} is hiring a ${title} to join our team in ${place.city}.</p>`;
    return {
      title,
      company: company.name,
      descriptionHtml: html,
      location,
      country: place.country,
      workMode,
      postedAt,
      salary: null,
    };
  }
  const stack = pick(random, MARKET_STACKS);
  const untracked = (ids: readonly string[]) => ids.filter((id) => !TRACKED_SKILLS.includes(id));
  const extras = shuffled(random, untracked(stack.extra)).slice(0, 3 + Math.floor(random() * 4));
  const half = Math.ceil(extras.length / 2);
  const asked = [...untracked(stack.core), ...extras.slice(0, half)];
  asked.push(...drawTrackedSkills(random, t));
  const level = pick(random, LEVELS);
  const title = `${level.word ? `${level.word} ` : ''}${stack.role}`;
  const salary = random() < 0.65 ? drawSalary(random, place, level.step) : null;
  const descriptionHtml = jobDescription(random, {
    company: company.name,
    title,
    asked,
    niceToHave: extras.slice(half),
    city: place.city,
    workMode,
    salary,
  });
  return {
    title,
    company: company.name,
    descriptionHtml,
    location,
    country: place.country,
    workMode,
    postedAt,
    salary,
  };
}

/** Pay around the place's level: log-normal spread, rounded as people write it; some hourly, some monthly. */
function drawSalary(random: Random, place: Place, step: number): SampleSalary {
  const spread = Math.exp((random() + random() + random() - 1.5) * 0.25);
  const annual = place.low * step * spread;
  if (place.currency === 'USD' && random() < 0.05) {
    const min = Math.round(annual / 2_080);
    return { min, max: Math.round(min * 1.2), currency: 'USD', period: 'hour' };
  }
  if (place.currency === 'EUR' && random() < 0.15) {
    const min = Math.round(annual / 12 / 100) * 100;
    return { min, max: Math.round((min * 1.2) / 100) * 100, currency: 'EUR', period: 'month' };
  }
  const min = Math.round(annual / 5_000) * 5_000;
  return {
    min,
    max: Math.round((min * (1.2 + random() * 0.15)) / 5_000) * 5_000,
    currency: place.currency,
    period: 'year',
  };
}

/** The market's months up to today's, oldest first. */
export function marketMonths(today: Date): string[] {
  const months: string[] = [];
  for (let back = MARKET_MONTHS - 1; back >= 0; back--) {
    const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - back, 1));
    months.push(d.toISOString().slice(0, 7));
  }
  return months;
}

/** A month index, later months likelier: the market grows by half over its two years. */
function weightedMonth(random: Random, count: number): number {
  const weights = Array.from({ length: count }, (_, m) => 1 + (0.5 * m) / Math.max(1, count - 1));
  let r = random() * weights.reduce((a, b) => a + b, 0);
  for (let m = 0; m < count; m++) {
    r -= weights[m] as number;
    if (r < 0) return m;
  }
  return count - 1;
}

/** A moment in the month, never after today. */
function dayIn(random: Random, month: string, today: Date): string {
  const start = Date.parse(`${month}-01T00:00:00Z`);
  const [y, m] = month.split('-').map(Number) as [number, number];
  const end = Math.min(Date.UTC(y, m, 1), today.getTime());
  return new Date(start + Math.floor(random() * Math.max(1, end - start))).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A stable UUID-shaped id from the source and the job's number. */
function uuidOf(source: string, n: number): string {
  let h = 2166136261;
  for (const ch of `${source}:${n}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  const hex = (h.toString(16).padStart(8, '0') + n.toString(16).padStart(8, '0')).repeat(2);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
