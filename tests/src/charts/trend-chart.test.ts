import { describe, expect, it } from 'vitest';
import { newlyActiveChart } from '../../../src/charts/newly-active-chart.js';
import { failedDataset, failedDaysWithin, periodDate } from '../../../src/charts/time-axis.js';
import { trendChart } from '../../../src/charts/trend-chart.js';
import { buildSeries } from '../../../src/trends/series.js';
import { countKey } from '../../../src/trends/series.js';
import { wilson } from '../../../src/stats/wilson.js';

describe('periodDate', () => {
  it.each([
    ['2026-03', '2026-03-01'],
    ['2026-W10', '2026-03-02'],
    ['2026-W01', '2025-12-29'],
    ['2020-W53', '2020-12-28'],
  ])('%s is drawn at %s (a month at its first day, an ISO week at its Monday)', (period, day) => {
    expect(periodDate(period)).toBe(day);
  });
});

describe('failedDaysWithin', () => {
  it('keeps the days inside the range, one per day, sources merged and sorted', () => {
    const days = [
      { day: '2026-02-28', sources: ['gh'] },
      { day: '2026-03-05', sources: ['lever'] },
      { day: '2026-03-05', sources: ['gh', 'lever'] },
      { day: '2026-03-01', sources: ['gh'] },
      { day: '2026-04-01', sources: ['gh'] },
    ];
    expect(failedDaysWithin(days, '2026-03-01', '2026-03-31')).toEqual([
      { day: '2026-03-01', sources: ['gh'] },
      { day: '2026-03-05', sources: ['gh', 'lever'] },
    ]);
  });

  it('marks nothing when no failed day falls in the charted periods', () => {
    expect(failedDataset([{ day: '2026-01-10', sources: ['gh'] }], ['2026-03', '2026-04'])).toBeNull();
    expect(failedDataset(undefined, ['2026-03'])).toBeNull();
    expect(failedDataset([{ day: '2026-03-10', sources: ['gh'] }], [])).toBeNull();
  });

  it("reaches to the last day of the last period, a week's Sunday included", () => {
    const marker = failedDataset([{ day: '2026-03-08', sources: ['gh'] }], ['2026-W10']);
    expect(marker?.data).toEqual([{ x: '2026-03-08', y: 0, note: 'failed: gh' }]);
  });
});

/** Jobs per period: [all backend jobs, asking for kafka]. */
function counts(rows: Record<string, [number, number]>): Map<string, number> {
  const jobs = new Map<string, number>();
  for (const [period, [all, kafka]] of Object.entries(rows)) {
    jobs.set(countKey('', period), all);
    jobs.set(countKey('kafka', period), kafka);
  }
  return jobs;
}

describe('trendChart', () => {
  const periods = ['2026-03', '2026-04', '2026-05'];
  const [kafka] = buildSeries(['kafka'], periods, counts({ '2026-03': [4, 3], '2026-05': [2, 1] }));

  it('gives the line, its 95% band as two datasets, and the counts under each tick; an empty period is a gap', () => {
    const chart = trendChart({ interval: 'month', series: [{ label: 'Kafka', points: kafka?.points ?? [] }] });
    const march = wilson(3, 4);
    const may = wilson(1, 2);
    expect(chart).toEqual({
      kind: 'time',
      unit: 'share',
      interval: 'month',
      periods,
      labels: ['2026-03-01', '2026-04-01', '2026-05-01'],
      notes: ['3 / 4', '0 / 0', '1 / 2'],
      datasets: [
        {
          label: 'Kafka',
          role: 'series',
          series: 0,
          data: [
            { x: '2026-03-01', y: 0.75, n: 3, total: 4 },
            { x: '2026-04-01', y: null, n: 0, total: 0 },
            { x: '2026-05-01', y: 0.5, n: 1, total: 2 },
          ],
        },
        {
          label: 'Kafka 95% low',
          role: 'band-low',
          series: 0,
          data: [
            { x: '2026-03-01', y: march?.low },
            { x: '2026-04-01', y: null },
            { x: '2026-05-01', y: may?.low },
          ],
        },
        {
          label: 'Kafka 95% high',
          role: 'band-high',
          series: 0,
          data: [
            { x: '2026-03-01', y: march?.high },
            { x: '2026-04-01', y: null },
            { x: '2026-05-01', y: may?.high },
          ],
        },
      ],
    });
  });

  it('puts several series on one axis, each followed by its band, with the totals under the ticks', () => {
    const both = buildSeries(['kafka', 'rust'], periods, counts({ '2026-03': [4, 3] }));
    const chart = trendChart({
      interval: 'month',
      series: both.map((s) => ({ label: s.skill, points: s.points })),
      failed: [{ day: '2026-04-10', sources: ['gh'] }],
    });
    expect(chart.datasets.map((d) => [d.role, d.series])).toEqual([
      ['series', 0],
      ['band-low', 0],
      ['band-high', 0],
      ['series', 1],
      ['band-low', 1],
      ['band-high', 1],
      ['failed', -1],
    ]);
    expect(chart.notes).toEqual(['of 4', 'of 0', 'of 0']);
    expect(chart.datasets.at(-1)?.data).toEqual([{ x: '2026-04-10', y: 0, note: 'failed: gh' }]);
  });

  it('draws weeks at their Mondays', () => {
    const [weekly] = buildSeries(['kafka'], ['2026-W09', '2026-W10'], new Map());
    const chart = trendChart({ interval: 'week', series: [{ label: 'Kafka', points: weekly?.points ?? [] }] });
    expect(chart.labels).toEqual(['2026-02-23', '2026-03-02']);
  });

  it('has no periods and no points without series', () => {
    expect(trendChart({ interval: 'month', series: [] })).toMatchObject({ periods: [], labels: [], datasets: [] });
  });
});

describe('newlyActiveChart', () => {
  const rows = [
    { period: '2026-03', newly: 3, active: 3, totalNewly: 4, totalActive: 4 },
    { period: '2026-04', newly: 0, active: 2, totalNewly: 0, totalActive: 4 },
  ];

  it('as shares: each over its own total, a period without new jobs a gap', () => {
    const chart = newlyActiveChart('month', rows, 'share');
    expect(chart.notes).toEqual(['3 / 4', '0 / 0']);
    expect(chart.datasets.map((d) => d.data.map((p) => p.y))).toEqual([
      [0.75, null],
      [0.75, 0.5],
    ]);
  });

  it('as counts, with failed days marked', () => {
    const chart = newlyActiveChart('month', rows, 'count', [{ day: '2026-04-02', sources: ['lever'] }]);
    expect(chart.unit).toBe('count');
    expect(chart.datasets.map((d) => d.data.map((p) => p.y))).toEqual([[3, 0], [3, 2], [0]]);
    expect(chart.datasets.map((d) => d.role)).toEqual(['series', 'series', 'failed']);
  });
});
