// The Skill page's tables: skills asked with it (by lift) and the companies
// asking for it, each with the jobs behind the number.
import type { CoOccurringSkill } from '../../db/skill-detail.js';
import type { Filters } from '../../src/filters/filters.js';
import { int, pct } from './format.js';
import { skillHref } from './links.js';

export function CoOccurringTable(props: { skills: readonly CoOccurringSkill[]; filters: Filters; minBoth: number }) {
  if (props.skills.length === 0) {
    return <p class="empty">{`No skill is asked together with it in ${props.minBoth} or more jobs.`}</p>;
  }
  return (
    <>
      <p class="note">
        {`Lift: how much more often the two are asked together than by chance (1 = independent). Pairs in fewer than ${props.minBoth} jobs are left out.`}
      </p>
      <div class="table-scroll">
        <table>
          <caption class="visually-hidden">Skills asked together with it, by lift</caption>
          <thead>
            <tr>
              <th scope="col">Skill</th>
              <th scope="col">Lift</th>
              <th scope="col">Jobs with both</th>
              <th scope="col">Of jobs asking for it</th>
            </tr>
          </thead>
          <tbody>
            {props.skills.map((s) => (
              <tr>
                <th scope="row">
                  <a href={skillHref(s.skill, props.filters)}>{s.name}</a>
                </th>
                <td>{s.lift.toFixed(2)}</td>
                <td>{int(s.both)}</td>
                <td>
                  {s.withSkill > 0 ? pct(s.both / s.withSkill) : '–'} <span class="n">of {int(s.withSkill)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

export function CompaniesTable(props: { companies: ReadonlyArray<{ company: string; jobs: number }>; total: number }) {
  if (props.companies.length === 0) return <p class="empty">No company named in these jobs.</p>;
  return (
    <div class="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">Company</th>
            <th scope="col">Jobs asking for it</th>
          </tr>
        </thead>
        <tbody>
          {props.companies.map((c) => (
            <tr>
              <th scope="row">{c.company}</th>
              <td>
                {int(c.jobs)} <span class="n">of {int(props.total)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
