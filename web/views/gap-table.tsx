// The Skill-gap table: demand, co-occurrence with the reader's skills and the
// salary difference, every figure beside the jobs it rests on.
import type { SkillGap } from '../../db/skill-gap.js';
import { MIN_SALARY_POSTINGS } from '../../src/charts/spread-chart.js';
import type { Filters } from '../../src/filters/filters.js';
import type { Spread } from '../../src/stats/quantiles.js';
import { int, money, pct } from './format.js';
import { skillHref } from './links.js';

function Median(props: { spread: Spread | null; currency: string }) {
  if (!props.spread) return <span class="muted">none stated</span>;
  return (
    <>
      {money(props.spread.median, props.currency)} <span class="n">(n {int(props.spread.n)})</span>
    </>
  );
}

export function GapTable(props: { gap: SkillGap; filters: Filters; currency: string; hasHave: boolean }) {
  const { gap, currency } = props;
  if (gap.items.length === 0) return <p class="empty">No other skill is asked for in these jobs.</p>;
  return (
    <>
      <p class="note">
        {`Median annual salary in ${currency} of jobs asking for the skill against the other salaried jobs; differences resting on fewer than ${MIN_SALARY_POSTINGS} salaries on either side are greyed.`}
      </p>
      <div class="table-scroll">
        <table>
          <caption class="visually-hidden">Skills you lack, most asked with yours first</caption>
          <thead>
            <tr>
              <th scope="col">Skill</th>
              <th scope="col">Asked in</th>
              {props.hasHave ? <th scope="col">With your skills</th> : null}
              <th scope="col">Median with it</th>
              <th scope="col">Median without</th>
              <th scope="col">Difference</th>
            </tr>
          </thead>
          <tbody>
            {gap.items.map((item) => {
              const few =
                (item.salaryWith?.n ?? 0) < MIN_SALARY_POSTINGS || (item.salaryWithout?.n ?? 0) < MIN_SALARY_POSTINGS;
              const d = item.medianDifference;
              return (
                <tr class={few ? 'low-n' : undefined}>
                  <th scope="row">
                    <a href={skillHref(item.skill, props.filters)}>{item.name}</a>{' '}
                    <span class="muted">{item.category}</span>
                  </th>
                  <td>
                    {pct(item.share)} <span class="n">({`${int(item.demand)} of ${int(gap.jobs)}`})</span>
                  </td>
                  {props.hasHave ? (
                    <td>
                      {item.coShare === null ? '–' : pct(item.coShare)}{' '}
                      <span class="n">({`${int(item.coOccurrence)} of ${int(gap.withHave)}`})</span>
                    </td>
                  ) : null}
                  <td>
                    <Median spread={item.salaryWith} currency={currency} />
                  </td>
                  <td>
                    <Median spread={item.salaryWithout} currency={currency} />
                  </td>
                  <td>
                    {d === null ? (
                      <span class="muted">n/a</span>
                    ) : (
                      `${d > 0 ? '+' : d < 0 ? '−' : '±'}${money(Math.abs(d), currency)}`
                    )}
                    {few && d !== null ? <span class="badge">{`fewer than ${MIN_SALARY_POSTINGS}`}</span> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
