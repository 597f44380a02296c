// A chart as the pages show it: a <canvas> the client script draws on, its
// data in a JSON block beside it, and the same numbers as a table, so the
// chart is never the only way to read them.
import { MIN_SALARY_POSTINGS } from '../../src/charts/spread-chart.js';
import type { SpreadChart, TimeChart } from '../../src/charts/types.js';
import { int, money, pct, pctRange, periodLabel } from './format.js';
import { JsonScript } from './json-script.js';

export interface ChartProps {
  /** Unique on the page: the canvas's id; the data block is `${id}-data`. */
  id: string;
  title: string;
  /** One line under the title: what is counted. */
  note?: string;
}

export function TimeChartFigure(props: ChartProps & { spec: TimeChart }) {
  const hasData = props.spec.datasets.some((d) => d.role === 'series' && d.data.some((p) => p.y !== null));
  return (
    <figure class="chart" aria-labelledby={`${props.id}-title`}>
      <figcaption id={`${props.id}-title`}>{props.title}</figcaption>
      {props.note ? <p class="note">{props.note}</p> : null}
      {hasData ? (
        <>
          <div class="chart-box">
            <canvas
              id={props.id}
              data-chart={`${props.id}-data`}
              role="img"
              aria-label={`${props.title}; the table below gives the numbers`}
            />
          </div>
          <JsonScript id={`${props.id}-data`} data={props.spec} />
          <details class="chart-table">
            <summary>Table: {props.title}</summary>
            <TimeTable spec={props.spec} />
          </details>
        </>
      ) : (
        <p class="empty">No postings in this window under these filters.</p>
      )}
    </figure>
  );
}

/** One row per period; per series its value, the postings it rests on and (for shares) the 95% interval. */
export function TimeTable(props: { spec: TimeChart }) {
  const { spec } = props;
  const series = spec.datasets.filter((d) => d.role === 'series');
  const bands = new Map(
    series.map((s) => [
      s.series,
      {
        low: spec.datasets.find((d) => d.role === 'band-low' && d.series === s.series),
        high: spec.datasets.find((d) => d.role === 'band-high' && d.series === s.series),
      },
    ]),
  );
  const failed = spec.datasets.find((d) => d.role === 'failed');
  return (
    <div class="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">Period</th>
            {series.map((s) => (
              <th scope="col">{s.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {spec.periods.map((period, i) => (
            <tr>
              <th scope="row">{periodLabel(period)}</th>
              {series.map((s) => {
                const point = s.data[i];
                if (!point) return <td />;
                const band = bands.get(s.series);
                const low = band?.low?.data[i]?.y;
                const high = band?.high?.data[i]?.y;
                if (point.y === null) return <td class="muted">no postings</td>;
                if (spec.unit === 'count') return <td>{int(point.y)}</td>;
                return (
                  <td>
                    {pct(point.y)} <span class="n">({`${int(point.n ?? 0)} of ${int(point.total ?? 0)}`})</span>
                    {low != null && high != null ? <span class="ci"> 95%: {pctRange(low, high)}</span> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {failed ? (
        <p class="note">
          Scrapes failed on:{' '}
          {failed.data.map((d, i) => (
            <>
              {i > 0 ? '; ' : ''}
              {d.x} ({d.note ?? ''})
            </>
          ))}
          . Counts there may be low because a source was not read, not because demand fell.
        </p>
      ) : null}
    </div>
  );
}

export function SpreadChartFigure(props: ChartProps & { spec: SpreadChart; groupLabel: string }) {
  const { spec } = props;
  return (
    <figure class="chart" aria-labelledby={`${props.id}-title`}>
      <figcaption id={`${props.id}-title`}>{props.title}</figcaption>
      {props.note ? <p class="note">{props.note}</p> : null}
      {spec.rows.length === 0 ? (
        <p class="empty">No salaries stated in {spec.currency} under these filters.</p>
      ) : (
        <>
          <div class="chart-box chart-box-rows" data-rows={spec.rows.length}>
            <canvas
              id={props.id}
              data-chart={`${props.id}-data`}
              role="img"
              aria-label={`${props.title}; the table gives the numbers`}
            />
          </div>
          <JsonScript id={`${props.id}-data`} data={spec} />
          <SpreadTable spec={spec} groupLabel={props.groupLabel} />
        </>
      )}
    </figure>
  );
}

/** Spreads as a table; groups under the minimum are greyed and say so. */
export function SpreadTable(props: { spec: SpreadChart; groupLabel: string }) {
  const { spec } = props;
  const m = (v: number) => money(v, spec.currency);
  return (
    <div class="table-scroll">
      <table class="spreads">
        <thead>
          <tr>
            <th scope="col">{props.groupLabel}</th>
            <th scope="col">n</th>
            <th scope="col">p10</th>
            <th scope="col">p25</th>
            <th scope="col">Median</th>
            <th scope="col">p75</th>
            <th scope="col">p90</th>
          </tr>
        </thead>
        <tbody>
          {spec.rows.map((r) => (
            <tr class={r.low ? 'low-n' : undefined}>
              <th scope="row">
                {r.label}
                {r.low ? <span class="badge">{`fewer than ${MIN_SALARY_POSTINGS} postings`}</span> : null}
              </th>
              <td>{int(r.n)}</td>
              <td>{m(r.p10)}</td>
              <td>{m(r.p25)}</td>
              <td>
                <strong>{m(r.median)}</strong>
              </td>
              <td>{m(r.p75)}</td>
              <td>{m(r.p90)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
