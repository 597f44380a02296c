// One schema.org JobPosting (as jsonld-parse.ts finds it) → a NormalizedPosting.
// Sites fill JobPosting loosely: strings where objects belong, arrays where
// scalars belong, salaries in every shape schema.org and Google allow and a
// few they do not. Each field is read leniently; only a missing title or a
// past validThrough drops the posting.
import { decodeHTML } from 'entities';
import { placeOf } from '../../src/enrich/location.js';
import type { NormalizedPosting, SkippedRecord } from '../../src/posting.js';
import type { SalaryPeriod, StatedSalary } from '../../src/salary/types.js';
import { htmlToLine, looksLikeHtml } from '../../src/text/html-to-text.js';
import type { AdapterContext } from '../adapter.js';
import { employmentTypeOf, isoTime, num, obj, str } from '../fields.js';

export type JobPostingResult = { posting: NormalizedPosting } | { skipped: SkippedRecord };

/**
 * `pageUrl` is the page the JSON-LD was read from. The id is the posting's
 * identifier, else its own url (a listing page holds several postings), else
 * the page's URL. A missing company is kept as null (the posting is
 * still worth its skills and salary; the page's host tells the company).
 */
export function mapJobPosting(
  node: Record<string, unknown>,
  pageUrl: string,
  context: AdapterContext,
): JobPostingResult {
  const ownUrl = httpUrl(node.url, pageUrl);
  const externalId = firstOf(node.identifier, identifierOf) ?? ownUrl ?? pageUrl;
  // `name` is inherited from Thing; some templates fill it instead of `title`.
  const title = lineOf(node.title) ?? lineOf(node.name);
  if (!title) return { skipped: { reason: 'missing-title', externalId } };
  if (isExpired(node.validThrough, context.now)) return { skipped: { reason: 'expired', externalId } };

  const places = listOf(node.jobLocation)
    .map(placeRead)
    .filter((place) => place.text !== null);
  const remote = listOf(node.jobLocationType).some((type) => /^(?:telecommute|remote)$/i.test(str(type) ?? ''));
  const applicants = listOf(node.applicantLocationRequirements)
    .map((area) => lineOf(area) ?? lineOf(obj(area)?.name))
    .filter((name): name is string => name !== null);
  // Google: applicantLocationRequirements without a jobLocation is a remote job limited to those areas.
  const remoteOnly = places.length === 0 && applicants.length > 0;
  // Without a jobLocation, a remote job's location is where its applicants may live ("United States").
  const located = places.length > 0 ? places : applicants.map((name) => ({ text: name, country: countryCode(name) }));
  const countries = new Set(located.map((place) => place.country));

  return {
    posting: {
      externalId,
      url: ownUrl ?? pageUrl,
      title,
      company: firstOf(
        node.hiringOrganization,
        (org) => lineOf(org) ?? lineOf(obj(org)?.name) ?? lineOf(obj(org)?.legalName),
      ),
      location: located.length > 0 ? [...new Set(located.map((place) => place.text))].join('; ') : null,
      // Several places in several countries state no one country.
      country: countries.size === 1 ? ([...countries][0] ?? null) : null,
      workMode: remote || remoteOnly ? 'remote' : null,
      employmentType: firstOf(node.employmentType, employmentTypeOf),
      description: descriptionOf(node.description),
      salary: salaryOf(node),
      postedAt: isoTime(node.datePosted),
      attributionUrl: null,
    },
  };
}

function listOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return value === undefined || value === null ? [] : [value];
}

/** The first non-null reading of a value that may be one item or an array of them. */
function firstOf<T>(value: unknown, read: (item: unknown) => T | null): T | null {
  for (const item of listOf(value)) {
    const result = read(item);
    if (result !== null) return result;
  }
  return null;
}

/** One line of text: tags stripped, entities decoded, white space collapsed. */
function lineOf(value: unknown): string | null {
  const text = typeof value === 'string' ? value : null;
  if (text === null) return null;
  return str(htmlToLine(text));
}

function httpUrl(value: unknown, base: string): string | null {
  const text = str(value);
  if (!text) return null;
  try {
    const url = new URL(text, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** PropertyValue {value}, or a bare string or number. */
function identifierOf(value: unknown): string | null {
  return str(value) ?? str(obj(value)?.value);
}

/** A date without a time is valid through the whole of that day (UTC). */
function isExpired(value: unknown, now: Date): boolean {
  const until = isoTime(value);
  if (!until) return false;
  const dateOnly = typeof value === 'string' && /^\s*\d{4}-\d\d-\d\d\s*$/.test(value);
  const end = Date.parse(until) + (dateOnly ? 86_400_000 : 0);
  return end <= now.getTime();
}

interface PlaceRead {
  text: string | null;
  country: string | null;
}

/** Place {address: PostalAddress | string, name}, or a plain string. */
function placeRead(value: unknown): PlaceRead {
  const place = obj(value);
  if (!place) return { text: lineOf(value), country: null };
  const address = obj(place.address);
  if (!address) return { text: lineOf(place.address) ?? lineOf(place.name), country: null };
  const countryName = lineOf(address.addressCountry) ?? lineOf(obj(address.addressCountry)?.name);
  const parts: string[] = [];
  for (const part of [lineOf(address.addressLocality), lineOf(address.addressRegion), countryName]) {
    if (part && part.toLowerCase() !== parts.at(-1)?.toLowerCase()) parts.push(part);
  }
  const text = parts.length > 0 ? parts.join(', ') : (lineOf(address.streetAddress) ?? lineOf(place.name));
  return { text, country: countryName ? countryCode(countryName) : null };
}

/**
 * ISO 3166-1 alpha-2 from a 2-letter code ("de", and "UK" as GB) or a
 * country's name ("Germany", "USA"), read with the enrichment's own table.
 * A list or a city is no one country.
 */
function countryCode(name: string): string | null {
  if (/^[a-z]{2}$/i.test(name)) return name.toUpperCase() === 'UK' ? 'GB' : name.toUpperCase();
  if (/[,;/&|]|\s(?:and|or)\s/i.test(name)) return null;
  const place = placeOf(name);
  return place.city === null ? place.country : null;
}

const ESCAPED_TAG = /&(?:amp;)*lt;\/?[a-z]/i;

/** HTML as given; entity-escaped HTML (`&lt;p&gt;`, even `&amp;lt;p&amp;gt;`) unescaped until it is markup. */
function descriptionOf(value: unknown): string {
  let text = str(value) ?? '';
  for (let round = 0; round < 3 && !looksLikeHtml(text) && ESCAPED_TAG.test(text.slice(0, 20_000)); round++) {
    text = decodeHTML(text);
  }
  return text;
}

/** baseSalary first, then estimatedSalary: the first amount that reads. */
function salaryOf(node: Record<string, unknown>): StatedSalary | null {
  const fallbackCurrency = currencyOf(node.salaryCurrency);
  for (const amount of [...listOf(node.baseSalary), ...listOf(node.estimatedSalary)]) {
    const salary = amountRead(amount, fallbackCurrency);
    if (salary) return salary;
  }
  return null;
}

/**
 * MonetaryAmount {currency, value: QuantitativeValue | number}, min/max/unit
 * put on the MonetaryAmount itself, PriceSpecification {price, minPrice,
 * maxPrice, priceCurrency}, or a bare number or numeric string.
 */
function amountRead(value: unknown, fallbackCurrency: string | null): StatedSalary | null {
  const amount = obj(value);
  if (!amount) return statedSalary(num(value), num(value), fallbackCurrency, null);
  const currency = currencyOf(amount.currency) ?? currencyOf(amount.priceCurrency) ?? fallbackCurrency;
  const quantity = obj(Array.isArray(amount.value) ? amount.value[0] : amount.value) ?? amount;
  const exact = num(quantity.value) ?? num(quantity.price);
  const min = num(quantity.minValue) ?? num(quantity.minPrice) ?? exact;
  const max = num(quantity.maxValue) ?? num(quantity.maxPrice) ?? exact;
  const period =
    periodOf(quantity.unitText) ??
    periodOf(amount.unitText) ??
    periodOf(quantity.unitCode) ??
    periodOf(amount.unitCode);
  return statedSalary(min, max, currency, period);
}

/**
 * Zero is a placeholder, not a wage. Without a unit an amount is read as
 * yearly only when it is big enough to be one (≥ 10,000); a smaller one could
 * be hourly, daily or monthly, so it is dropped rather than guessed.
 */
function statedSalary(
  rawMin: number | null,
  rawMax: number | null,
  currency: string | null,
  unit: SalaryPeriod | null,
): StatedSalary | null {
  let min = rawMin !== null && rawMin > 0 ? rawMin : null;
  let max = rawMax !== null && rawMax > 0 ? rawMax : null;
  if (min === null && max === null) return null;
  if (min !== null && max !== null && min > max) [min, max] = [max, min];
  const period = unit ?? (Math.max(min ?? 0, max ?? 0) >= 10_000 ? 'year' : null);
  return period ? { min, max, currency, period } : null;
}

const PERIODS: Record<string, SalaryPeriod> = {
  hour: 'hour',
  hourly: 'hour',
  hur: 'hour',
  day: 'day',
  daily: 'day',
  week: 'week',
  weekly: 'week',
  wee: 'week',
  month: 'month',
  monthly: 'month',
  mon: 'month',
  year: 'year',
  yearly: 'year',
  annual: 'year',
  annually: 'year',
  annum: 'year',
  ann: 'year',
};

/** HOUR … YEAR in any case, with PER_ and the -LY forms, or a UN/CEFACT unitCode (HUR, DAY, WEE, MON, ANN). */
function periodOf(value: unknown): SalaryPeriod | null {
  const word = str(value)
    ?.toLowerCase()
    .replace(/^(?:per|a|an)[\s_-]+/, '');
  return word ? (PERIODS[word] ?? null) : null;
}

function currencyOf(value: unknown): string | null {
  const text = str(value)?.toUpperCase();
  if (!text) return null;
  if (text === '€') return 'EUR';
  if (text === '£') return 'GBP';
  return /^[A-Z]{3}$/.test(text) ? text : null;
}
