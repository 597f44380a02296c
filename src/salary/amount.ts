// Reads one amount as postings write it: currency, digits with thousands separators and decimals, a multiplier
// ("150k", "1.2M", "25 LPA") and the period that may follow ("/hr", "per annum"). All reads are bounded.
import { isAsciiLetter } from '../text/chars.js';
import { readCurrency, type CurrencyRead } from './currency.js';
import type { SalaryPeriod } from './types.js';

/** One end of a range, or a single amount: "$150k", "65.000 €", "140k+". */
export interface Amount {
  /** With the multiplier applied. */
  value: number;
  /** As written, before the multiplier: "150" in "$150-200k" takes its magnitude from the other end. */
  number: number;
  end: number;
  currency: CurrencyRead | null;
  mult: Multiplier | null;
  /** Written with thousands separators ("150,000"), which marks it as money rather than a count. */
  grouped: boolean;
  digits: number;
  /** "$140k+": open-ended upwards. */
  plus: boolean;
}

export interface Multiplier {
  factor: number;
  /** Lakh notation ("25L", "25 lakhs", "25 LPA") is Indian: it implies INR. */
  lakh: boolean;
  /** "LPA" carries its own period: lakhs per annum. */
  perYear: boolean;
}

export interface PeriodRead {
  period: SalaryPeriod;
  end: number;
  /** "pm"/"p.m.": per month only after a real amount, since "5pm" is a time. */
  pm: boolean;
}

/** The spaces that may sit inside and around amounts: space, tab, no-break, thin and narrow no-break space. */
export const GAP = '[ \\t\\u00a0\\u2009\\u202f]';
// Longer digit runs are ids, phone numbers or timestamps.
const MAX_LEAD_DIGITS = 9;
const MAX_GROUPS = 4;
const MULTIPLIER_STARTS = [0x6b, 0x6d, 0x6c, 0x74];
const MULTIPLIER_RE = /(?:[ \u00a0\u2009\u202f]?(lakhs?|lacs?|lpa|million|mn|thousand)|(k|mm|m|l))(?![A-Za-z])/iy;
// Word end that also holds before non-ASCII letters ("/mån" is not "/m").
const B = '(?![\\p{L}\\p{N}_])';
const PER = `(?:\\/${GAP}?|per${GAP}{1,2}|an?${GAP}{1,2})`;
// "€4.500 netto monthly", "$5,000 gross per month": a tax word may stand between the amount and its period.
const TAX = `(?:gross|net|brutto|netto|pre-tax|before${GAP}tax)${GAP}{1,2}`;
const PERIOD_RE = new RegExp(
  `${GAP}{0,2}(?:${TAX})?(?:(?<hour>${PER}(?:hour|hr)${B}|\\/${GAP}?h${B}|hourly${B}|p\\/h${B})` +
    `|(?<day>${PER}day${B}|\\/${GAP}?d${B}|daily(?:${GAP}rate)?${B}|day${GAP}rate${B}|per${GAP}diem${B}|p\\/d${B})` +
    `|(?<week>${PER}(?:week|wk)${B}|\\/${GAP}?w${B}|weekly${B}|p\\/w${B})` +
    `|(?<month>${PER}(?:month|mo|mth|mån(?:ad)?)${B}|\\/${GAP}?m${B}|monthly${B}|p\\/m${B}|pcm${B})` +
    `|(?<pm>p\\.m\\.|pm${B})` +
    `|(?<year>${PER}(?:year|yr|annum)${B}|\\/${GAP}?y${B}|p\\.${GAP}?a\\.?|pa${B}|annual(?:ly)?${B}|yearly${B}` +
    `|ctc${B}|base${GAP}salary${B}))`,
  'iuy',
);
const LETTER = /\p{L}/u;

/** Reads an amount starting at `start` (at its currency or its first digit), or null when none stands there. */
export function readAmount(text: string, start: number, fallback: string | null): Amount | null {
  const pre = readCurrency(text, start, fallback);
  const num = readNumber(text, pre ? skipGap(text, pre.end) : start);
  if (!num) return null;
  let p = num.end;
  const mult = readMultiplier(text, p);
  if (mult) p = mult.end;
  // "100ms", "5GB", "10x", "20%": a measurement, not money ("3,000pm" and "100EUR" are fine).
  if (text[p] === '%' || (isLetterAt(text, p) && !readPeriod(text, p) && !readCurrency(text, p, fallback))) return null;
  // "401k" / "401(k)" is a retirement plan.
  if (num.value === 401 && !num.grouped && (mult?.factor === 1000 || text.startsWith('(k)', p))) return null;
  const plus = text[p] === '+';
  if (plus) p++;
  let currency = pre;
  const post = readCurrency(text, skipGap(text, p), fallback);
  // A symbol followed by a number belongs to the next end ("150 - $200"), not to this one.
  if (post && !isDigitAt(text, skipGap(text, post.end))) {
    if (!currency || currency.generic) currency = post;
    p = post.end;
  }
  return {
    value: num.value * (mult?.factor ?? 1),
    number: num.value,
    end: p,
    currency,
    mult,
    grouped: num.grouped,
    digits: num.digits,
    plus,
  };
}

/** Reads the period words that directly follow an amount: "/hr", " per annum", " a month", "pcm". */
export function readPeriod(text: string, at: number): PeriodRead | null {
  let p = at;
  while (p < at + 2 && isGap(text.charCodeAt(p))) p++;
  const c = text.charCodeAt(p);
  if (c !== 47 && !isAsciiLetter(c)) return null;
  PERIOD_RE.lastIndex = at;
  const m = PERIOD_RE.exec(text);
  const period = periodOf(m?.groups);
  return m && period ? { period, end: at + m[0].length, pm: m.groups?.pm !== undefined } : null;
}

/** Maps the named groups of a period regex (hour, day, week, month or pm, year) to the period. */
export function periodOf(groups: Record<string, string | undefined> | undefined): SalaryPeriod | null {
  if (!groups) return null;
  if (groups.hour) return 'hour';
  if (groups.day) return 'day';
  if (groups.week) return 'week';
  if (groups.month || groups.pm) return 'month';
  if (groups.year) return 'year';
  return null;
}

interface NumberRead {
  value: number;
  end: number;
  grouped: boolean;
  digits: number;
}

// Arithmetic on character codes rather than slicing and Number(): this runs at every candidate position.
function readNumber(text: string, start: number): NumberRead | null {
  let p = start;
  let whole = 0;
  for (; p - start <= MAX_LEAD_DIGITS && isDigitAt(text, p); p++) whole = whole * 10 + digitAt(text, p);
  const lead = p - start;
  if (lead === 0 || lead > MAX_LEAD_DIGITS) return null;
  let digits = lead;
  let separator = -1;
  const lakhEnd = lead <= 2 ? lakhGroupsEnd(text, p) : null;
  if (lakhEnd !== null) {
    for (; p < lakhEnd; p++) {
      if (isDigitAt(text, p)) {
        whole = whole * 10 + digitAt(text, p);
        digits++;
      }
    }
    separator = 44;
  } else if (lead <= 3 && isSeparator(text.charCodeAt(p)) && isGroupOf3(text, p + 1)) {
    // "80 100% remote" is two numbers, not 80,100.
    const c = text.charCodeAt(p);
    separator = isGap(c) && text.charCodeAt(p + 4) === 37 ? -1 : c;
    for (let groups = 0; separator >= 0 && groups < MAX_GROUPS && text.charCodeAt(p) === separator; groups++) {
      if (!isGroupOf3(text, p + 1)) break;
      whole = whole * 1000 + digitAt(text, p + 1) * 100 + digitAt(text, p + 2) * 10 + digitAt(text, p + 3);
      digits += 3;
      p += 4;
    }
  }
  let value = whole;
  const mark = text.charCodeAt(p);
  if ((mark === 46 || mark === 44) && mark !== separator && isDigitAt(text, p + 1)) {
    let q = p + 1;
    let fraction = 0;
    let scale = 1;
    for (; q - p <= 3 && isDigitAt(text, q); q++) {
      fraction = fraction * 10 + digitAt(text, q);
      scale *= 10;
    }
    // "3.1415" or "1234.567" are not money; "65.000" was already read as a group.
    if (q - p - 1 > 2) return null;
    value = (whole * scale + fraction) / scale;
    p = q;
  }
  return { value, end: p, grouped: separator >= 0, digits };
}

function digitAt(text: string, at: number): number {
  return text.charCodeAt(at) - 48;
}

// Thousands separators: "150,000", "65.000", "120'000", "120’000" and spaces ("120 000", with no-break or thin ones).
function isSeparator(c: number): boolean {
  return c === 44 || c === 46 || c === 39 || c === 0x2019 || (c !== 9 && isGap(c));
}

function isGroupOf3(text: string, at: number): boolean {
  return isDigitAt(text, at) && isDigitAt(text, at + 1) && isDigitAt(text, at + 2) && !isDigitAt(text, at + 3);
}

// Indian grouping: "12,00,000" (twelve lakh), "1,20,00,000".
function lakhGroupsEnd(text: string, at: number): number | null {
  let p = at;
  let pairs = 0;
  while (pairs < 3 && text[p] === ',' && isDigitAt(text, p + 1) && isDigitAt(text, p + 2) && text[p + 3] === ',') {
    p += 3;
    pairs++;
  }
  return pairs > 0 && isGroupOf3(text, p + 1) ? p + 4 : null;
}

function readMultiplier(text: string, at: number): (Multiplier & { end: number }) | null {
  const c = text.charCodeAt(at) | 0x20;
  // Every multiplier starts with k, m, l or t, directly or after one space.
  if (
    !MULTIPLIER_STARTS.includes(c) &&
    !(isGap(text.charCodeAt(at)) && MULTIPLIER_STARTS.includes(text.charCodeAt(at + 1) | 0x20))
  ) {
    return null;
  }
  MULTIPLIER_RE.lastIndex = at;
  const m = MULTIPLIER_RE.exec(text);
  if (!m) return null;
  const word = (m[1] ?? m[2] ?? '').toLowerCase();
  const end = at + m[0].length;
  if (word === 'k' || word === 'thousand') return { factor: 1_000, end, lakh: false, perYear: false };
  if (word === 'm' || word === 'mm' || word === 'million' || word === 'mn') {
    return { factor: 1_000_000, end, lakh: false, perYear: false };
  }
  return { factor: 100_000, end, lakh: true, perYear: word === 'lpa' };
}

export function isDigitAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 48 && c <= 57;
}

export function isLetterAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 0xc0 || Number.isNaN(c)) return isAsciiLetter(c) || c === 0xaa || c === 0xb5 || c === 0xba;
  // General punctuation, spaces and currency symbols (U+2000–U+20FF) are common here and never letters.
  if (c >= 0x2000 && c <= 0x20ff) return c === 0x2071 || c === 0x207f || (c >= 0x2090 && c <= 0x209c);
  return LETTER.test(text[at] ?? '');
}

export function isGap(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f;
}

function skipGap(text: string, at: number): number {
  return isGap(text.charCodeAt(at)) ? at + 1 : at;
}
