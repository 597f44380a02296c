// GET /salaries?currency=…: annual salary ranges (p10 … p90, n) by skill,
// seniority, work mode and country, in one currency chosen explicitly
// (default: the one most jobs state; amounts are never converted). Groups
// under 10 jobs are greyed and labelled.
import type { Hono } from 'hono';
import { postingScope } from '../../db/job-filter.js';
import { type SalaryGroup, type SalaryGroupBy, salaryCurrencies, salarySpreads } from '../../db/salaries.js';
import { listSkills } from '../../db/skill-summary.js';
import { anyPostings, sourceNames } from '../../db/sources.js';
import { MIN_SALARY_POSTINGS, spreadChart } from '../../src/charts/spread-chart.js';
import { CURRENCY, FilterParams, filtersOf } from '../filter-params.js';
import { SpreadChartFigure } from '../views/chart.js';
import { CurrencyLinks } from '../views/currency-links.js';
import { int } from '../views/format.js';
import { groupLabel, SENIORITY_ORDER } from '../views/labels.js';
import { Layout } from '../views/layout.js';
import { NoPostingsYet } from '../views/messages.js';
import { chooseCurrency, type PageDeps, pageQuery } from './context.js';

const SalariesQuery = FilterParams.extend({ currency: CURRENCY.optional() });

const MAX_SKILLS = 25;
const MAX_COUNTRIES = 20;

interface Grouping {
  by: SalaryGroupBy;
  title: string;
  groupLabel: string;
  limit: number;
  order?: (a: SalaryGroup, b: SalaryGroup) => number;
}

const GROUPINGS: readonly Grouping[] = [
  { by: 'skill', title: 'By skill', groupLabel: 'Skill', limit: MAX_SKILLS },
  {
    by: 'seniority',
    title: 'By seniority',
    groupLabel: 'Seniority',
    limit: SENIORITY_ORDER.length,
    order: (a, b) => SENIORITY_ORDER.indexOf(a.key) - SENIORITY_ORDER.indexOf(b.key),
  },
  { by: 'remote', title: 'By work mode', groupLabel: 'Work mode', limit: 4 },
  { by: 'country', title: 'By country', groupLabel: 'Country', limit: MAX_COUNTRIES },
];

export function mountSalaries(pages: Hono, deps: PageDeps): void {
  pages.get('/salaries', async (c) => {
    const query = pageQuery(c, SalariesQuery);
    const filters = filtersOf(query);
    const { db, counting } = deps;
    const scope = postingScope(filters);
    const [stated, skills, sources, stored] = await Promise.all([
      salaryCurrencies(db, scope, counting),
      listSkills(db),
      sourceNames(db),
      anyPostings(db),
    ]);
    const currency = chooseCurrency(query.currency, stated);
    const frame = {
      title: 'Salaries',
      path: '/salaries',
      filters,
      keep: { currency: query.currency },
      sources,
      section: 'salaries' as const,
    };
    if (!currency) {
      return c.html(
        <Layout {...frame}>
          {stored ? <p class="empty">No job under these filters states a salary.</p> : <NoPostingsYet />}
        </Layout>,
      );
    }
    const names = new Map(skills.map((s) => [s.id, s.name]));
    const groupSkills = filters.category
      ? skills.filter((s) => filters.category?.includes(s.category)).map((s) => s.id)
      : undefined;
    const spreads = await Promise.all(
      GROUPINGS.map((g) => salarySpreads(db, { filters: scope, currency, groupBy: g.by, groupSkills, counting })),
    );
    const labelOf = (by: SalaryGroupBy, key: string) =>
      by === 'skill' ? (names.get(key) ?? key) : groupLabel(by, key);
    const chosen = query.currency ? 'as chosen' : 'the currency most jobs state';
    const statedHere = stated.find((s) => s.currency === currency)?.jobs ?? 0;
    return c.html(
      <Layout {...frame}>
        <p class="headline">
          Annual salaries in <strong>{currency}</strong> ({chosen}), from {int(statedHere)} jobs stating one. Amounts
          are never converted:{' '}
          {stated.length > 1 ? 'choose another currency below to see the rest.' : 'no other currency is stated.'} Groups
          with fewer than {MIN_SALARY_POSTINGS} jobs are greyed.
        </p>
        <CurrencyLinks path="/salaries" filters={filters} stated={stated} current={currency} />
        {GROUPINGS.map((g, i) => {
          const groups = [...(spreads[i] ?? [])];
          if (g.order) groups.sort(g.order);
          const shown = groups.slice(0, g.limit);
          return (
            <section aria-labelledby={`by-${g.by}`}>
              <h2 id={`by-${g.by}`}>{g.title}</h2>
              {groups.length > shown.length ? (
                <p class="note">{`The ${shown.length} groups with the most jobs, of ${groups.length}.`}</p>
              ) : null}
              <SpreadChartFigure
                id={`chart-${g.by}`}
                title={`Annual salary ${g.title.toLowerCase()}, ${currency}`}
                groupLabel={g.groupLabel}
                spec={spreadChart(
                  currency,
                  shown.map((s) => ({ ...s, label: labelOf(g.by, s.key) })),
                )}
              />
            </section>
          );
        })}
      </Layout>,
    );
  });
}
