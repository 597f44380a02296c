// The synthetic market's draws, each a function of a seeded PRNG: company
// names, skills by month, titles, salaries and a short description that
// names each skill at the offsets its link records.
import { pick, type Random, shuffled } from '../../random.js';
import { escapeHtml } from '../../../scrapers/sources/ats-common.js';
import type { Requirement, Seniority } from '../../../src/domain.js';
import { companyKey } from '../../../src/posting-identity.js';
import { currencyForCountry } from '../../../src/salary/annualize.js';
import type { SalaryPeriod } from '../../../src/salary/types.js';
import type { SkillDef } from '../../../src/taxonomy/types.js';
import { drawTrackedSkills, TRACKED_SKILLS } from '../curves.js';
import * as data from './data.js';

/** Zipf exponent of skill popularity by rank. */
const SKILL_ZIPF = 0.95;

export interface DrawnSalary {
  min: number | null;
  max: number | null;
  currency: string;
  period: SalaryPeriod;
  origin: 'structured' | 'text';
}

export interface DrawnLink {
  skillId: string;
  requirement: Requirement;
  /** The alias written in the text, at [start, end). */
  text: string;
  start: number;
  end: number;
}

/** A sampler of indexes by weight: cumulative sums and a binary search. */
export function weighted(weights: readonly number[]): (random: Random) => number {
  const cumulative = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => {
    sum += w;
    cumulative[i] = sum;
  });
  return (random) => {
    const target = random() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) <= target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** `count` company names with distinct keys (a legal suffix on some, which the key drops). */
export function companyNames(random: Random, count: number): string[] {
  const names: string[] = [];
  const keys = new Set<string>();
  const combinations = data.NAME_FIRST.length * data.NAME_SECOND.length * data.NAME_KIND.length;
  for (const n of shuffled(random, [...Array(combinations).keys()])) {
    if (names.length === count) break;
    const kind = n % data.NAME_KIND.length;
    const rest = Math.floor(n / data.NAME_KIND.length);
    const second = data.NAME_SECOND[rest % data.NAME_SECOND.length] as string;
    const first = data.NAME_FIRST[Math.floor(rest / data.NAME_SECOND.length)] as string;
    const legal = random() < 0.15 ? pick(random, data.LEGAL_SUFFIXES) : '';
    const name = `${first}${second}${data.NAME_KIND[kind]}${legal}`;
    const key = companyKey(name);
    if (keys.has(key)) continue;
    keys.add(key);
    names.push(name);
  }
  return names;
}

/**
 * Skill samplers per month (0 … months - 1) for the skills the served market
 * does not track: Zipf by popularity rank, times each moving skill's trend.
 */
export function skillSamplers(
  skills: readonly SkillDef[],
  months: number,
): { ids: string[]; byMonth: Array<(random: Random) => number> } {
  const known = new Set(skills.map((s) => s.id));
  const mentioned = [
    ...data.POPULAR_SKILLS,
    ...Object.keys(data.SKILL_TRENDS),
    ...[...data.BACKEND_ROLES, ...data.OTHER_ROLES].flatMap((r) => r.core),
    ...TRACKED_SKILLS,
  ];
  const unknown = mentioned.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new Error(`market: skills not in the taxonomy: ${unknown.join(', ')}`);
  const ids = [...new Set([...data.POPULAR_SKILLS, ...skills.map((s) => s.id)])].filter(
    (id) => !TRACKED_SKILLS.includes(id),
  );
  const byMonth = Array.from({ length: months }, (_, month) => {
    const t = (month + 0.5) / months;
    return weighted(
      ids.map((id, rank) => {
        const trend = data.SKILL_TRENDS[id];
        const factor = trend ? trend.from * (trend.to / trend.from) ** t : 1;
        return factor / (rank + 1) ** SKILL_ZIPF;
      }),
    );
  });
  return { ids, byMonth };
}

/**
 * 3–12 distinct skills: most of the role's core, then the month's market-wide
 * draw; then each tracked skill on its own, with its intended share at time t
 * (0 in the first month, 1 in the last), as the served market draws them.
 */
export function drawSkills(
  random: Random,
  sample: (random: Random) => number,
  ids: readonly string[],
  core: readonly string[],
  t: number,
): string[] {
  const count = 3 + Math.floor(9 * random() ** 1.6);
  const chosen: string[] = [];
  for (const id of core) if (!TRACKED_SKILLS.includes(id) && random() < 0.8) chosen.push(id);
  while (chosen.length < count) {
    const id = ids[sample(random)] as string;
    if (!chosen.includes(id)) chosen.push(id);
  }
  return [...chosen.slice(0, count), ...drawTrackedSkills(random, t)];
}

export function titleOf(role: string, seniority: Seniority | null): string {
  switch (seniority) {
    case 'intern':
      return `${role} Intern`;
    case 'junior':
      return `Junior ${role}`;
    case 'senior':
      return `Senior ${role}`;
    case 'staff':
      return `Staff ${role}`;
    case 'principal':
      return `Principal ${role}`;
    case 'manager':
      return `Engineering Manager, ${role.replace(/ (Engineer|Developer)$/, '')}`;
    default:
      return role;
  }
}

/** A stated salary (or none, by the country's share): mostly yearly, hourly for contracts, monthly in PL and IN. */
export function drawSalary(
  random: Random,
  country: data.CountrySpec,
  seniority: Seniority | null,
  contract: boolean,
): DrawnSalary | null {
  if (random() >= country.salaryShare) return null;
  let currency = currencyForCountry(country.code) ?? 'USD';
  if (data.MID_SALARY[currency] === undefined) currency = 'USD';
  const yearly =
    (data.MID_SALARY[currency] as number) * data.SENIORITY_PAY[seniority ?? 'mid'] * (0.8 + 0.4 * random());
  const r = random();
  const period: SalaryPeriod =
    contract || r < 0.05
      ? 'hour'
      : (currency === 'PLN' || currency === 'INR') && r < 0.5
        ? 'month'
        : r < 0.08
          ? 'month'
          : 'year';
  const step = period === 'hour' ? 1 : period === 'month' ? 100 : 1000;
  const perPeriod = period === 'hour' ? 2080 : period === 'month' ? 12 : 1;
  const low = Math.round(yearly / perPeriod / step) * step;
  const high = Math.round((low * (1.1 + 0.35 * random())) / step) * step;
  const shape = random();
  return {
    min: shape < 0.04 ? null : low,
    max: shape > 0.92 ? null : high,
    currency,
    period,
    origin: random() < 0.6 ? 'structured' : 'text',
  };
}

/** A short description that names each skill where its link says it does (required, preferred, unknown). */
export function describe(
  random: Random,
  skillById: ReadonlyMap<string, SkillDef>,
  job: { company: string | null; title: string; location: string | null; salary: DrawnSalary | null },
  chosen: readonly string[],
): { text: string; links: DrawnLink[] } {
  const { company, title, location, salary } = job;
  let text = `${company ?? 'We'} ${company ? 'is' : 'are'} hiring a ${title}${location ? ` (${location})` : ''}. `;
  text += `You will design, build and run the backend of ${pick(random, data.PRODUCTS)}. `;
  const links: DrawnLink[] = [];
  const required = Math.max(1, Math.ceil(chosen.length * 0.6));
  const sections: Array<[string, Requirement, readonly string[]]> = [
    ['Requirements: ', 'required', chosen.slice(0, required)],
    ['Nice to have: ', 'preferred', chosen.slice(required, chosen.length - 1)],
    ['Our stack also includes ', 'unknown', chosen.slice(Math.max(required, chosen.length - 1))],
  ];
  for (const [label, requirement, ids] of sections) {
    if (ids.length === 0) continue;
    text += label;
    ids.forEach((id, i) => {
      if (i > 0) text += ', ';
      const aliases = skillById.get(id)?.aliases ?? [id];
      const alias = aliasText((random() < 0.8 ? aliases[0] : pick(random, aliases)) ?? id);
      links.push({ skillId: id, requirement, text: alias, start: text.length, end: text.length + alias.length });
      text += alias;
    });
    text += '. ';
  }
  if (salary?.origin === 'text') text += `Salary: ${salaryText(salary)}. `;
  text += pick(random, data.BENEFITS);
  return { text, links };
}

const aliasText = (a: SkillDef['aliases'][number]) => (typeof a === 'string' ? a : a.text);

const SYMBOL: Record<string, string> = { USD: '$', EUR: '€', GBP: '£' };

function salaryText(s: DrawnSalary): string {
  const money = (n: number) => `${SYMBOL[s.currency] ?? `${s.currency} `}${thousands(n)}`;
  const range =
    s.min !== null && s.max !== null
      ? `${money(s.min)} – ${money(s.max)}`
      : s.min !== null
        ? `from ${money(s.min)}`
        : `up to ${money(s.max as number)}`;
  return `${range} per ${s.period}`;
}

/** 120000 → "120,000", without toLocaleString (slow at a million calls). */
function thousands(n: number): string {
  const s = String(Math.round(n));
  return s.length <= 3 ? s : `${thousands(Math.floor(n / 1000))},${s.slice(-3)}`;
}

/** The description as a board's small HTML: a paragraph a sentence. */
export function htmlOf(text: string): string {
  return `<p>${escapeHtml(text).replace(/\. /g, '.</p><p>')}</p>`;
}
