import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  granularityOf,
  isDay,
  isPartial,
  lastDayOf,
  periodBounds,
  periodOf,
  periodsCovering,
} from '../../../src/stats/periods.js';

describe('periodOf', () => {
  // ISO weeks from Python's date.isocalendar().
  it.each([
    ['2026-01-01', '2026-W01'],
    ['2025-12-29', '2026-W01'],
    ['2027-01-03', '2026-W53'],
    ['2020-12-31', '2020-W53'],
    ['2021-01-03', '2020-W53'],
    ['2026-11-21', '2026-W47'],
    ['2015-12-31', '2015-W53'],
    ['2016-01-03', '2015-W53'],
  ])('%s is in ISO week %s', (date, week) => {
    expect(periodOf(date, 'week')).toBe(week);
  });

  it('reads a timestamp by its UTC date', () => {
    expect(periodOf('2026-02-28T23:59:59.000Z', 'month')).toBe('2026-02');
    expect(periodOf('2026-03-01T00:00:00Z', 'month')).toBe('2026-03');
  });

  it('rejects what is not a date, and a date that does not exist', () => {
    expect(() => periodOf('yesterday', 'month')).toThrow(RangeError);
    expect(() => periodOf('2026-02-30', 'month')).toThrow(RangeError);
    expect(() => dayNumber('2026-13-01')).toThrow(RangeError);
  });
});

describe('periodBounds', () => {
  it.each([
    ['2026-02', '2026-02-01', '2026-03-01'],
    ['2026-12', '2026-12-01', '2027-01-01'],
    ['2026-W01', '2025-12-29', '2026-01-05'],
    ['2020-W53', '2020-12-28', '2021-01-04'],
    ['2026-W47', '2026-11-16', '2026-11-23'],
  ])('%s runs from %s to before %s', (period, start, end) => {
    expect(periodBounds(period)).toEqual({ start, end });
  });

  it('rejects a week 53 in a year that has none, and malformed periods', () => {
    expect(() => periodBounds('2025-W53')).toThrow(RangeError);
    expect(() => periodBounds('2026-13')).toThrow(RangeError);
    expect(() => periodBounds('2026-W00')).toThrow(RangeError);
    expect(() => granularityOf('2026/01')).toThrow(RangeError);
  });
});

describe('periodsCovering', () => {
  it('lists every month of a window, the cut ones included', () => {
    expect(periodsCovering('2025-11-15', '2026-02-03', 'month')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('lists weeks across a year boundary', () => {
    expect(periodsCovering('2020-12-20', '2021-01-12', 'week')).toEqual([
      '2020-W51',
      '2020-W52',
      '2020-W53',
      '2021-W01',
      '2021-W02',
    ]);
  });

  it('gives nothing for a window that ends before it starts', () => {
    expect(periodsCovering('2026-03-01', '2026-02-01', 'month')).toEqual([]);
  });
});

describe('isPartial', () => {
  it('tells a period the window cuts from one it holds whole', () => {
    expect(isPartial('2026-02', '2026-02-01', '2026-02-28')).toBe(false);
    expect(isPartial('2026-02', '2026-02-02', '2026-03-31')).toBe(true);
    expect(isPartial('2026-02', '2026-01-01', '2026-02-27')).toBe(true);
  });
});

describe('isDay and lastDayOf', () => {
  it('accepts only dates that exist, written YYYY-MM-DD', () => {
    expect(['2024-02-29', '2026-12-31'].map(isDay)).toEqual([true, true]);
    expect(['2026-02-29', '2026-2-1', '2026-02-01T00:00:00Z', ''].map(isDay)).toEqual([false, false, false, false]);
  });

  it('gives the last day of a month and of an ISO week', () => {
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
    expect(lastDayOf('2020-W53')).toBe('2021-01-03');
  });
});
