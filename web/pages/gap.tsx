// GET /gap?have=…: for a job seeker's own skills, the skills most asked
// together with them that they lack, how often each comes with theirs, and
// how the salaries of jobs asking for it differ from the other jobs'.
import { z } from '@hono/zod-openapi';
import type { Hono } from 'hono';
import { postingScope } from '../../db/job-filter.js';
import { salaryCurrencies } from '../../db/salaries.js';
import { skillGap } from '../../db/skill-gap.js';
import { listSkills } from '../../db/skill-summary.js';
import { anyPostings, sourceNames } from '../../db/sources.js';
import type { SkillRef } from '../../src/trends/summary.js';
import { badRequest } from '../errors.js';
import { CURRENCY, FilterParams, filtersOf } from '../filter-params.js';
import { CurrencyLinks } from '../views/currency-links.js';
import { FilterFields } from '../views/filter-bar.js';
import { int } from '../views/format.js';
import { GapTable } from '../views/gap-table.js';
import { Layout } from '../views/layout.js';
import { NoPostingsYet } from '../views/messages.js';
import { chooseCurrency, type PageDeps, pageQuery } from './context.js';

const MAX_HAVE = 20;
const LIMIT = 20;
const GapQuery = FilterParams.extend({ have: z.string().max(1_000).optional(), currency: CURRENCY.optional() });

/** "Go, postgresql" → skill ids: each entry an id or a name, any case. */
function haveSkills(text: string | undefined, skills: readonly SkillRef[]): SkillRef[] {
  if (!text) return [];
  const byKey = new Map<string, SkillRef>();
  for (const s of skills) {
    byKey.set(s.name.toLowerCase(), s);
    byKey.set(s.id, s);
  }
  const entries = [...new Set(text.split(',').map((e) => e.trim().toLowerCase()))].filter((e) => e !== '');
  if (entries.length > MAX_HAVE) throw badRequest(`have: at most ${MAX_HAVE} skills`);
  const unknown = entries.filter((e) => !byKey.has(e));
  if (unknown.length > 0) throw badRequest(`have: unknown ${unknown.join(', ')}`);
  return [...new Map(entries.map((e) => byKey.get(e) as SkillRef).map((s) => [s.id, s])).values()];
}

export function mountGap(pages: Hono, deps: PageDeps): void {
  pages.get('/gap', async (c) => {
    const query = pageQuery(c, GapQuery);
    const filters = filtersOf(query);
    const { db, counting } = deps;
    const skills = await listSkills(db);
    const have = haveSkills(query.have, skills);
    const scope = postingScope(filters);
    const [stated, sources, stored] = await Promise.all([
      salaryCurrencies(db, scope, counting),
      sourceNames(db),
      anyPostings(db),
    ]);
    // The table needs a currency even when no job states one: its salary columns then read "none stated".
    const currency = chooseCurrency(query.currency, stated) ?? 'USD';
    const haveText = have.map((s) => s.id).join(',');
    const frame = {
      title: 'Skill gap',
      path: '/gap',
      filters,
      keep: { have: haveText, currency: query.currency },
      sources,
      section: 'gap' as const,
    };
    const form = (
      <form class="have-form" method="get" action="/gap">
        <FilterFields filters={filters} />
        {query.currency ? <input type="hidden" name="currency" value={query.currency} /> : null}
        <label>
          <span>Your skills (comma-separated names or ids)</span>
          <input
            type="text"
            name="have"
            value={have.map((s) => s.name).join(', ')}
            list="skill-names"
            maxlength={1000}
            autocomplete="off"
          />
        </label>
        <datalist id="skill-names">
          {skills.map((s) => (
            <option value={s.name} />
          ))}
        </datalist>
        <button type="submit">Show the gap</button>
      </form>
    );
    if (!stored) {
      return c.html(
        <Layout {...frame}>
          <NoPostingsYet />
          {form}
        </Layout>,
      );
    }
    const gap = await skillGap(
      db,
      have.map((s) => s.id),
      scope,
      currency,
      LIMIT,
    );
    return c.html(
      <Layout {...frame}>
        {form}
        <p class="headline">
          {have.length === 0
            ? `Name your skills above. Until then: the most asked skills across ${int(gap.jobs)} backend jobs.`
            : `${int(gap.withHave)} of ${int(gap.jobs)} backend jobs ask for at least one of your skills; these are the skills they most often ask for besides.`}
        </p>
        <CurrencyLinks path="/gap" filters={filters} extra={{ have: haveText }} stated={stated} current={currency} />
        <GapTable gap={gap} filters={filters} currency={currency} hasHave={have.length > 0} />
      </Layout>,
    );
  });
}
