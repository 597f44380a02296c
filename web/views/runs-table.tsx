// The Runs page's tables: one row per run with what it found and why things
// failed, and the days a source's scrapes all failed.
import type { RunRecord } from '../../db/run-health.js';
import { dayLabel, int } from './format.js';

function reasonsText(reasons: Record<string, number>): string {
  return Object.entries(reasons)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([reason, n]) => `${reason} ${n}`)
    .join(', ');
}

function duration(ms: number | null): string {
  if (ms === null) return 'running';
  if (ms < 1000) return `${ms} ms`;
  const s = Math.round(ms / 1000);
  return s < 120 ? `${s} s` : `${Math.round(s / 60)} min`;
}

export function RunsTable(props: { runs: readonly RunRecord[] }) {
  if (props.runs.length === 0)
    return (
      <p class="empty">
        No runs yet — run <code>skillpulse scrape</code>.
      </p>
    );
  return (
    <div class="table-scroll">
      <table class="runs">
        <thead>
          <tr>
            <th scope="col">Started (UTC)</th>
            <th scope="col">Source</th>
            <th scope="col">Status</th>
            <th scope="col">Took</th>
            <th scope="col">Pages</th>
            <th scope="col">New / updated / unchanged</th>
            <th scope="col">Closed</th>
            <th scope="col">Skipped</th>
            <th scope="col">Failed</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {props.runs.map((r) => (
            <tr class={`status-${r.status}`}>
              <th scope="row">{r.startedAt.slice(0, 16).replace('T', ' ')}</th>
              <td>{r.source}</td>
              <td>
                {r.status} <span class="muted">({r.trigger})</span>
              </td>
              <td>{duration(r.durationMs)}</td>
              <td>{int(r.pagesFetched)}</td>
              <td>
                {int(r.new)} / {int(r.updated)} / {int(r.unchanged)}
              </td>
              <td>{int(r.closed)}</td>
              <td>{int(r.skipped)}</td>
              <td>{int(r.failed)}</td>
              <td class="reasons">
                {[
                  r.error,
                  reasonsText(r.failureReasons),
                  reasonsText(r.skipReasons) && `skipped: ${reasonsText(r.skipReasons)}`,
                ]
                  .filter(Boolean)
                  .join('; ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function FailedDaysList(props: { days: ReadonlyArray<{ day: string; sources: readonly string[] }> }) {
  if (props.days.length === 0) return <p class="empty">None: every source that ran had a successful run each day.</p>;
  return (
    <ul class="failed-days">
      {props.days.map((d) => (
        <li>
          {dayLabel(d.day)}: {d.sources.join(', ')}
        </li>
      ))}
    </ul>
  );
}
