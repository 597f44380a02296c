// The Overview's tables: sources' freshness, top skills with their change,
// and rising / falling skills, each number beside the postings it rests on.
import type { SourceHealth } from '../../db/run-health.js';
import type { Filters } from '../../src/filters/filters.js';
import type { DemandSummary, PeriodShare, SkillDemand } from '../../src/trends/summary.js';
import { ageLabel, int, pct, pctRange, points } from './format.js';
import { skillHref } from './links.js';

/** A source not read successfully for this long is marked stale. */
const STALE_MS = 3 * 86_400_000;

export function SourcesTable(props: { sources: readonly SourceHealth[]; now: Date }) {
  if (props.sources.length === 0) return <p class="empty">No source has been configured and run yet.</p>;
  return (
    <div class="table-scroll">
      <table>
        <caption>Sources and their freshness</caption>
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Last run</th>
            <th scope="col">Last success</th>
            <th scope="col">Runs (failed), 30 days</th>
            <th scope="col">Open / stored postings</th>
          </tr>
        </thead>
        <tbody>
          {props.sources.map((s) => {
            const age = s.lastSuccessAt ? props.now.getTime() - Date.parse(s.lastSuccessAt) : null;
            const stale = age === null || age > STALE_MS;
            return (
              <tr>
                <th scope="row">
                  {s.source} <span class="muted">({s.type})</span>
                </th>
                <td>{s.lastRunAt ? `${s.lastStatus ?? ''}, ${ageLabel(props.now, s.lastRunAt)}` : 'never run'}</td>
                <td class={stale ? 'stale' : undefined}>
                  {s.lastSuccessAt ? ageLabel(props.now, s.lastSuccessAt) : 'never'}
                  {stale ? <span class="badge">stale</span> : null}
                </td>
                <td>
                  {int(s.runs30d)} ({int(s.failed30d)})
                </td>
                <td>
                  {int(s.openPostings)} / {int(s.postings)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** "12.0% (3 of 25)", or "no postings" for an empty period. */
function PeriodCell(props: { period: PeriodShare | null }) {
  const p = props.period;
  if (!p || p.share === null) return <span class="muted">no postings</span>;
  return (
    <>
      {pct(p.share)} <span class="n">({`${int(p.postings)} of ${int(p.total)}`})</span>
    </>
  );
}

function Change(props: { skill: SkillDemand }) {
  const { change, withinNoise } = props.skill;
  if (change === null) return <span class="muted">n/a</span>;
  return (
    <>
      {points(change)}
      {withinNoise ? <span class="badge noise">within noise</span> : null}
    </>
  );
}

/** Three cells: the previous period, the last period, and the change between them. */
function ChangeCells(props: { skill: SkillDemand }) {
  return (
    <>
      <td>
        <PeriodCell period={props.skill.previous} />
      </td>
      <td>
        <PeriodCell period={props.skill.last} />
      </td>
      <td>
        <Change skill={props.skill} />
      </td>
    </>
  );
}

export function TopSkillsTable(props: { summary: DemandSummary; filters: Filters; limit: number }) {
  const { summary } = props;
  const top = summary.skills.filter((s) => s.postings > 0).slice(0, props.limit);
  if (top.length === 0) return <p class="empty">No skill is asked for in these postings.</p>;
  return (
    <>
      <p class="note">
        Share of the window's {int(summary.total)} backend jobs, and its change between the last two periods, each with
        its counts.
      </p>
      <div class="table-scroll">
        <table>
          <caption class="visually-hidden">Top skills by share</caption>
          <thead>
            <tr>
              <th scope="col">Skill</th>
              <th scope="col">Share (95% interval)</th>
              <th scope="col">Jobs</th>
              <th scope="col">Previous period</th>
              <th scope="col">Last period</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {top.map((s) => (
              <tr>
                <th scope="row">
                  <a href={skillHref(s.id, props.filters)}>{s.name}</a>
                </th>
                <td>
                  {pct(s.share)} <span class="ci">({pctRange(s.ciLow, s.ciHigh)})</span>
                </td>
                <td>
                  {int(s.postings)} <span class="n">of {int(summary.total)}</span>
                </td>
                <ChangeCells skill={s} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

export function MoversTable(props: { title: string; skills: readonly SkillDemand[]; filters: Filters }) {
  return (
    <div class="table-scroll">
      <table>
        <caption>{props.title}</caption>
        <thead>
          <tr>
            <th scope="col">Skill</th>
            <th scope="col">Before</th>
            <th scope="col">Now</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {props.skills.length === 0 ? (
            <tr>
              <td colspan={4} class="muted">
                No change beyond noise.
              </td>
            </tr>
          ) : (
            props.skills.map((s) => (
              <tr>
                <th scope="row">
                  <a href={skillHref(s.id, props.filters)}>{s.name}</a>
                </th>
                <ChangeCells skill={s} />
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
