import { describe, expect, it } from 'vitest';
import { type DayInterval, activePerPeriod, newlyPerPeriod } from '../../../src/trends/active.js';

const MONTHS = ['2026-01', '2026-02', '2026-03'];
// ISO weeks 10–12 of 2026: 2–8, 9–15 and 16–22 March.
const WEEKS = ['2026-W10', '2026-W11', '2026-W12'];

describe('activePerPeriod', () => {
  it.each<[string, DayInterval[], readonly string[], number[]]>([
    ['a job inside one month', [['2026-02-03', '2026-02-20']], MONTHS, [0, 1, 0]],
    ['a job open across three months counts in each', [['2026-01-31', '2026-03-01']], MONTHS, [1, 1, 1]],
    ['a job started before the window, still open in it', [['2025-11-10', '2026-01-05']], MONTHS, [1, 0, 0]],
    ['a job started before and ended after the window', [['2025-12-01', '2026-05-01']], MONTHS, [1, 1, 1]],
    ['a job ended before the window', [['2025-11-10', '2025-12-31']], MONTHS, [0, 0, 0]],
    ['a job started after the window', [['2026-04-01', '2026-04-02']], MONTHS, [0, 0, 0]],
    ['first and last days of a period are inside it', [['2026-02-28', '2026-02-28']], MONTHS, [0, 1, 0]],
    ['an end before the start counts on the start day only', [['2026-02-10', '2026-01-02']], MONTHS, [0, 1, 0]],
    ['no jobs', [], MONTHS, [0, 0, 0]],
    ['no periods', [['2026-02-10', '2026-02-11']], [], []],
    [
      'several jobs overlap',
      [
        ['2026-01-05', '2026-02-10'], // Jan, Feb
        ['2026-02-01', '2026-02-01'], // Feb
        ['2025-06-01', '2026-03-31'], // Jan, Feb, Mar
        ['2026-03-15', '2026-06-01'], // Mar
      ],
      MONTHS,
      [2, 3, 2],
    ],
    // Sunday 8 March ends W10; Monday 9 March starts W11.
    ['ISO weeks: Sunday to Monday spans two weeks', [['2026-03-08', '2026-03-09']], WEEKS, [1, 1, 0]],
    ['ISO weeks: a job open the whole window', [['2026-02-01', '2026-03-31']], WEEKS, [1, 1, 1]],
  ])('%s', (_name, intervals, periods, expected) => {
    expect(activePerPeriod(intervals, periods)).toEqual(expected);
  });
});

describe('newlyPerPeriod', () => {
  it.each<[string, string[], readonly string[], number[]]>([
    ['days by month, first and last days included', ['2026-01-01', '2026-01-31', '2026-03-31'], MONTHS, [2, 0, 1]],
    ['days outside the periods are left out', ['2025-12-31', '2026-02-14', '2026-04-01'], MONTHS, [0, 1, 0]],
    ['ISO weeks', ['2026-03-02', '2026-03-08', '2026-03-09', '2026-03-23'], WEEKS, [2, 1, 0]],
    ['no days', [], WEEKS, [0, 0, 0]],
  ])('%s', (_name, days, periods, expected) => {
    expect(newlyPerPeriod(days, periods)).toEqual(expected);
  });
});
