import { describe, expect, it } from 'vitest';
import { annualize, currencyForCountry } from '../../../src/salary/annualize.js';
import type { StatedSalary } from '../../../src/salary/types.js';

describe('annualize', () => {
  it.each<[string, StatedSalary, number | null, number | null]>([
    ['a yearly range', { min: 150_000, max: 200_000, currency: 'USD', period: 'year' }, 150_000, 200_000],
    ['an hourly range', { min: 60, max: 80, currency: 'USD', period: 'hour' }, 124_800, 166_400],
    ['an hourly rate with cents', { min: 62.5, max: 62.5, currency: 'USD', period: 'hour' }, 130_000, 130_000],
    ['a day rate', { min: 500, max: 600, currency: 'GBP', period: 'day' }, 130_000, 156_000],
    ['a weekly rate', { min: 2_000, max: 2_000, currency: 'USD', period: 'week' }, 104_000, 104_000],
    ['a monthly salary', { min: 4_000, max: 5_000, currency: 'EUR', period: 'month' }, 48_000, 60_000],
    ['"up to"', { min: null, max: 90_000, currency: 'USD', period: 'year' }, null, 90_000],
    ['"from"', { min: 60_000, max: null, currency: 'GBP', period: 'year' }, 60_000, null],
    ['rounding to whole units', { min: 7.25, max: 33.333, currency: 'USD', period: 'hour' }, 15_080, 69_333],
    ['no currency', { min: 100, max: 120, currency: null, period: 'day' }, 26_000, 31_200],
  ])('%s', (_name, salary, annualMin, annualMax) => {
    expect(annualize(salary)).toEqual({ annualMin, annualMax });
  });
});

describe('currencyForCountry', () => {
  it.each<[string | null, string | null]>([
    ['US', 'USD'],
    ['GB', 'GBP'],
    ['UK', 'GBP'],
    ['CA', 'CAD'],
    ['AU', 'AUD'],
    ['IN', 'INR'],
    ['CH', 'CHF'],
    ['SE', 'SEK'],
    ['NO', 'NOK'],
    ['DK', 'DKK'],
    ['PL', 'PLN'],
    ['JP', 'JPY'],
    ['SG', 'SGD'],
    ['BR', 'BRL'],
    ['MX', 'MXN'],
    ['NZ', 'NZD'],
    ['IL', 'ILS'],
    ['DE', 'EUR'],
    ['FR', 'EUR'],
    ['NL', 'EUR'],
    ['ES', 'EUR'],
    ['IE', 'EUR'],
    ['PT', 'EUR'],
    ['FI', 'EUR'],
    ['HR', 'EUR'],
    ['BG', 'EUR'],
    ['de', 'EUR'],
    [' us ', 'USD'],
    ['CZ', null],
    ['HU', null],
    ['CN', null],
    ['XX', null],
    ['', null],
    [null, null],
  ])('%j → %j', (iso2, currency) => {
    expect(currencyForCountry(iso2)).toBe(currency);
  });
});
