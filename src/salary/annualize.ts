// Turns a stated salary into yearly amounts, and a posting's country into the currency its salaries are in.
import { ANNUAL_FACTOR, type StatedSalary } from './types.js';

/** Yearly amounts by the documented full-time factors, rounded to whole currency units. */
export function annualize(salary: StatedSalary): { annualMin: number | null; annualMax: number | null } {
  const factor = ANNUAL_FACTOR[salary.period];
  return {
    annualMin: salary.min === null ? null : Math.round(salary.min * factor),
    annualMax: salary.max === null ? null : Math.round(salary.max * factor),
  };
}

const COUNTRY_CURRENCY: Readonly<Record<string, string>> = {
  US: 'USD',
  GB: 'GBP',
  // Not ISO 3166, but what people and some sources write for the United Kingdom.
  UK: 'GBP',
  CA: 'CAD',
  AU: 'AUD',
  IN: 'INR',
  CH: 'CHF',
  SE: 'SEK',
  NO: 'NOK',
  DK: 'DKK',
  PL: 'PLN',
  JP: 'JPY',
  SG: 'SGD',
  BR: 'BRL',
  MX: 'MXN',
  NZ: 'NZD',
  IL: 'ILS',
};

// The euro area as of 2026 (Bulgaria joined on 1 January 2026).
const EURO_AREA = new Set('AT BE BG CY DE EE ES FI FR GR HR IE IT LT LU LV MT NL PT SI SK'.split(' '));

/** The currency salaries are stated in for an ISO 3166-1 alpha-2 country, or null when not known. */
export function currencyForCountry(iso2: string | null): string | null {
  if (iso2 === null) return null;
  const code = iso2.trim().toUpperCase();
  return COUNTRY_CURRENCY[code] ?? (EURO_AREA.has(code) ? 'EUR' : null);
}
