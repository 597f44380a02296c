// What a page hands the client script for one chart: plain JSON, already in
// Chart.js's shapes ({x, y} points, floating bars as [low, high]); the script
// only adds colours, scales and tooltip text.
import type { Spread } from '../stats/quantiles.js';

/** How the y values read: a share of postings (0..1) or a count. */
export type ValueUnit = 'share' | 'count';

/** A point of a time series. x is a day (YYYY-MM-DD): a month's first day, an ISO week's Monday. */
export interface TimePoint {
  x: string;
  /** null: the period has no postings under the filters; the line breaks, no band is drawn. */
  y: number | null;
  /** Postings behind y (the numerator), when y is a share or a count. */
  n?: number;
  /** The share's denominator. */
  total?: number;
  /** Said in the tooltip: which sources failed on a marked day. */
  note?: string;
}

/**
 * series: a line; band-low/band-high: the 95% interval of the series before them, drawn as the area
 * between the two; failed: markers on days a source's scrape failed.
 */
export type DatasetRole = 'series' | 'band-low' | 'band-high' | 'failed';

export interface TimeDataset {
  label: string;
  role: DatasetRole;
  /** Which series it belongs to: picks the colour. */
  series: number;
  data: TimePoint[];
}

export interface TimeChart {
  kind: 'time';
  unit: ValueUnit;
  interval: 'month' | 'week';
  /** The periods charted, in order ("2026-03", "2026-W10"): tooltip titles and the table's rows. */
  periods: string[];
  /** One x per period (the day it is drawn at): the ticks. */
  labels: string[];
  /** Under each tick: the postings behind that period ("3 / 4"). */
  notes: string[];
  datasets: TimeDataset[];
}

export interface SpreadRow extends Spread {
  label: string;
  /** Fewer postings than the page's minimum: drawn greyed. */
  low: boolean;
}

/** Salary spreads as horizontal floating bars (p10–p90, p25–p75) with the median marked. */
export interface SpreadChart {
  kind: 'spread';
  currency: string;
  rows: SpreadRow[];
}

export type ChartSpec = TimeChart | SpreadChart;
