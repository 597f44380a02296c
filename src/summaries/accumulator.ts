// What the summary tables hold, worked out one job at a time from its
// backend postings (a duplicate group, in id order): the numbers the
// unfiltered views would count from the rows, gathered in one pass so the
// views read them instead. Each part follows the row query it stands in for
// (db/salaries.ts, db/skill-detail.ts) posting for posting:
// - a job counts by its first posting: its day, skills and company;
// - it is open until the last day any of its postings was (closed, else last seen);
// - its salary in a currency is its first posting stating an annual amount in it,
//   and for one skill's salaries, its first such posting asking for that skill.
import { type Granularity, periodOf, periodsCovering } from '../stats/periods.js';
import { type Spread, spreadOf } from '../stats/quantiles.js';
import { memoizeByString } from '../text/memo.js';
import { ALL_JOBS, GRANULARITIES } from '../trends/contributions.js';

/** One backend posting as the summaries read it. */
export interface SummaryPosting {
  /** Posted, else first seen (YYYY-MM-DD). */
  day: string;
  /** Closed, else last seen (YYYY-MM-DD). */
  openUntil: string;
  company: string | null;
  seniority: string | null;
  workMode: string | null;
  country: string | null;
  currency: string | null;
  /** The annual amount: the range's midpoint, else its one bound; null when none is stated. */
  salary: number | null;
  skills: readonly string[];
}

/** The group of a salary without the grouped fact, and the one group of 'all'. */
export const UNKNOWN_GROUP = 'unknown';
export const ALL_GROUP = 'all';

export type SalaryDimension =
  | 'all'
  | 'skill'
  | 'seniority'
  | 'remote'
  | 'country'
  | 'skill-seniority'
  | 'skill-month'
  | 'skill-week';

export interface SalarySpreadRow extends Spread {
  dimension: SalaryDimension;
  currency: string;
  key: string;
  /** A seniority or period for the two-part dimensions; '' otherwise. */
  subKey: string;
}

export interface ActivityRow {
  granularity: Granularity;
  skill: string;
  period: string;
  newly: number;
  active: number;
}

/** Companies kept per skill: enough for a top list, with every company tied at the cut. */
export const COMPANIES_KEPT = 25;

const SEP = '\u001f';
/** Pair and company keys pack two small indexes into one number (a Map keyed by numbers is fast). */
const STRIDE = 1 << 20;

interface Timeline {
  periods: string[];
  indexOf: (day: string) => number;
  /** Per skill ('' = every job): jobs starting in each period, and +1/-1 where an open span starts/ends. */
  newly: Map<string, Int32Array>;
  delta: Map<string, Int32Array>;
}

export class SummaryAccumulator {
  private readonly skillIds: string[] = [];
  private readonly skillIndex = new Map<string, number>();
  private readonly companyNames: string[] = [];
  private readonly companyIndex = new Map<string, number>();
  private readonly pairs = new Map<number, number>();
  private readonly companies = new Map<number, number>();
  private readonly salaries = new Map<string, number[]>();
  private readonly timelines: Timeline[];
  private readonly monthOf = memoizeByString((day) => periodOf(day, 'month'));
  private readonly weekOf = memoizeByString((day) => periodOf(day, 'week'));
  private jobs = 0;

  /** `first` and `last`: days that cover every job's start and end (YYYY-MM-DD), or null when there are none. */
  constructor(span: { first: string; last: string } | null) {
    this.timelines = GRANULARITIES.map((granularity) => {
      const periods = span ? periodsCovering(span.first, span.last, granularity) : [];
      const index = new Map(periods.map((p, i) => [p, i]));
      const indexOf = memoizeByString((day) => {
        const i = index.get(periodOf(day, granularity));
        if (i === undefined) throw new RangeError(`summaries: ${day} is outside ${span?.first}…${span?.last}`);
        return i;
      });
      return { periods, indexOf, newly: new Map(), delta: new Map() };
    });
  }

  /** One job: its backend postings, in id order. */
  addJob(postings: readonly SummaryPosting[]): void {
    const first = postings[0];
    if (!first) return;
    this.jobs++;
    let end = first.day;
    for (const p of postings) if (p.openUntil > end) end = p.openUntil;
    const skills = first.skills.map((s) => this.skillOf(s));
    this.countActivity(first.day, end, first.skills);
    this.countPairs(skills);
    if (first.company !== null) {
      const company = this.companyOf(first.company);
      for (const s of skills)
        this.companies.set(company * STRIDE + s, (this.companies.get(company * STRIDE + s) ?? 0) + 1);
    }
    this.countSalaries(postings);
  }

  private skillOf(id: string): number {
    let i = this.skillIndex.get(id);
    if (i === undefined) {
      i = this.skillIds.push(id) - 1;
      this.skillIndex.set(id, i);
    }
    return i;
  }

  private companyOf(name: string): number {
    let i = this.companyIndex.get(name);
    if (i === undefined) {
      i = this.companyNames.push(name) - 1;
      this.companyIndex.set(name, i);
    }
    return i;
  }

  private countActivity(start: string, end: string, skills: readonly string[]): void {
    for (const timeline of this.timelines) {
      const from = timeline.indexOf(start);
      const to = timeline.indexOf(end);
      for (const key of [ALL_JOBS, ...skills]) {
        const size = timeline.periods.length + 1;
        let newly = timeline.newly.get(key);
        let delta = timeline.delta.get(key);
        if (!newly || !delta) {
          newly = new Int32Array(size);
          delta = new Int32Array(size);
          timeline.newly.set(key, newly);
          timeline.delta.set(key, delta);
        }
        newly[from] = (newly[from] as number) + 1;
        delta[from] = (delta[from] as number) + 1;
        delta[to + 1] = (delta[to + 1] as number) - 1;
      }
    }
  }

  /** Each unordered pair once (smaller index first), and each skill with itself: its own jobs. */
  private countPairs(skills: readonly number[]): void {
    for (let i = 0; i < skills.length; i++) {
      const a = skills[i] as number;
      for (let j = i; j < skills.length; j++) {
        const b = skills[j] as number;
        const key = a < b ? a * STRIDE + b : b * STRIDE + a;
        this.pairs.set(key, (this.pairs.get(key) ?? 0) + 1);
      }
    }
  }

  private countSalaries(postings: readonly SummaryPosting[]): void {
    const currencies = new Set<string>();
    const askedIn = new Map<string, Set<string>>();
    for (const p of postings) {
      if (p.currency === null || p.salary === null) continue;
      const { currency, salary } = p;
      if (!currencies.has(currency)) {
        currencies.add(currency);
        this.push('all', currency, ALL_GROUP, '', salary);
        this.push('seniority', currency, p.seniority ?? UNKNOWN_GROUP, '', salary);
        this.push('remote', currency, p.workMode ?? UNKNOWN_GROUP, '', salary);
        this.push('country', currency, p.country ?? UNKNOWN_GROUP, '', salary);
        const month = this.monthOf(p.day);
        const week = this.weekOf(p.day);
        for (const skill of p.skills) {
          this.push('skill', currency, skill, '', salary);
          this.push('skill-month', currency, skill, month, salary);
          this.push('skill-week', currency, skill, week, salary);
        }
      }
      let asked = askedIn.get(currency);
      if (!asked) {
        asked = new Set();
        askedIn.set(currency, asked);
      }
      for (const skill of p.skills) {
        if (asked.has(skill)) continue;
        asked.add(skill);
        this.push('skill-seniority', currency, skill, p.seniority ?? UNKNOWN_GROUP, salary);
      }
    }
  }

  private push(dimension: SalaryDimension, currency: string, key: string, subKey: string, value: number): void {
    const group = `${dimension}${SEP}${currency}${SEP}${key}${SEP}${subKey}`;
    const values = this.salaries.get(group);
    if (values) values.push(value);
    else this.salaries.set(group, [value]);
  }

  *salarySpreads(): Generator<SalarySpreadRow> {
    for (const [group, values] of this.salaries) {
      const spread = spreadOf(values);
      if (!spread) continue;
      const [dimension, currency, key, subKey] = group.split(SEP) as [SalaryDimension, string, string, string];
      yield { dimension, currency, key, subKey, ...spread };
    }
  }

  /** Both directions of each pair, each skill's own jobs (skill = other), and every job ('', ''). */
  *pairRows(): Generator<{ skill: string; other: string; jobs: number }> {
    if (this.jobs > 0) yield { skill: ALL_JOBS, other: ALL_JOBS, jobs: this.jobs };
    for (const [key, jobs] of this.pairs) {
      const a = this.skillIds[Math.floor(key / STRIDE)] as string;
      const b = this.skillIds[key % STRIDE] as string;
      yield { skill: a, other: b, jobs };
      if (a !== b) yield { skill: b, other: a, jobs };
    }
  }

  /** Per skill, its COMPANIES_KEPT companies with the most jobs, and every company tied with the last. */
  *companyRows(): Generator<{ skill: string; company: string; jobs: number }> {
    const bySkill = new Map<number, Array<[company: number, jobs: number]>>();
    for (const [key, jobs] of this.companies) {
      const skill = key % STRIDE;
      const list = bySkill.get(skill);
      const entry: [number, number] = [Math.floor(key / STRIDE), jobs];
      if (list) list.push(entry);
      else bySkill.set(skill, [entry]);
    }
    for (const [skill, list] of bySkill) {
      list.sort((a, b) => b[1] - a[1]);
      const cut = list[Math.min(COMPANIES_KEPT, list.length) - 1]?.[1] ?? 0;
      for (const [company, jobs] of list) {
        if (jobs < cut) break;
        yield { skill: this.skillIds[skill] as string, company: this.companyNames[company] as string, jobs };
      }
    }
  }

  /** Jobs new and open per period and skill, where either is above 0. */
  *activityRows(): Generator<ActivityRow> {
    for (let g = 0; g < GRANULARITIES.length; g++) {
      const granularity = GRANULARITIES[g] as Granularity;
      const timeline = this.timelines[g] as Timeline;
      for (const [skill, newly] of timeline.newly) {
        const delta = timeline.delta.get(skill) as Int32Array;
        let open = 0;
        for (let i = 0; i < timeline.periods.length; i++) {
          open += delta[i] as number;
          const n = newly[i] as number;
          if (n > 0 || open > 0)
            yield { granularity, skill, period: timeline.periods[i] as string, newly: n, active: open };
        }
      }
    }
  }
}
