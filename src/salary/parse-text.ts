// Finds the first salary stated in a posting's plain text (descriptions, HN comments).
//
// A scanner, not one big pattern: a regex finds where a salary could start (a currency or a number), small sticky
// regexes read forward from there, and context is read at most WINDOW characters either side, so the work stays
// linear in the input whatever it holds.
import { type Amount, GAP, isDigitAt, isGap, isLetterAt, periodOf, readAmount, readPeriod } from './amount.js';
import { isAsciiLetter } from '../text/chars.js';
import { annualCeiling, type CurrencyRead } from './currency.js';
import { ANNUAL_FACTOR, type SalaryFromText, type SalaryPeriod } from './types.js';

export interface ParseSalaryOptions {
  /** The currency of the posting's country, used only when the text writes none. */
  defaultCurrency?: string | null;
  /**
   * The start of every word of `text` that holds a digit, in order, when the
   * caller's word scan has them: the search then starts near each number
   * instead of reading the whole text. A salary always has a digit within
   * its first CANDIDATE_REACH characters ("USD 150k", "CA$ 90,000").
   */
  numberWords?: readonly number[];
}

const WINDOW = 40;
// Below this a yearly amount is a perk or a price, not a salary ("$300/month", "$1 an hour").
const MIN_ANNUAL = 5_000;
// Where a salary can start, found by the regex engine rather than a per-character loop:
// - a number that does not continue a token ("H100", "3.12", "10:30", "2024-01", "#1", "24/7", "$5" read from its
//   symbol) and that could be money on its own: two digits or more, a decimal, a group, or a multiplier ("5k");
// - a currency symbol, or a letter-led symbol or code at a word start ("USD 150", "CA$150", "Rs. 500"), before a digit.
// No `u` flag: it makes this scan several times slower, so non-ASCII letters before a match are checked in code.
const CANDIDATE = new RegExp(
  `[0-9](?<!(?:[A-Za-z0-9_/#$£¥€₹₪円]|[0-9][.,:'’\\-–])[0-9])(?=[0-9]|[.,'’][0-9]|[kKmMlL]|${GAP}[0-9]{3}|${GAP}[lLmMtT])` +
    `|[$£¥€₹₪円](?=${GAP}?[0-9])|\\b[A-Za-z](?:[A-Za-z]{0,2}\\$?|s\\.|ł)(?=${GAP}?[0-9])`,
  'g',
);
/** How far before its first digit a candidate can start: "USD 150", "CA$ 150", "Rs. 500". */
const CANDIDATE_REACH = 5;
const RANGE_SEP = new RegExp(`${GAP}{0,3}[-–—‒−~]${GAP}{0,3}|${GAP}{1,3}(to|and|up to)${GAP}{1,3}`, 'iy');
// "2024-01-15", "555-123-4567", "$1-$1-$1": a run of dashes joins dates and phone numbers, not a salary range.
const CHAIN = /[-–—/]\$?\d/y;
// A period named just before the amount: "Hourly rate: $50", "Monthly salary: €4,000", "Annual base salary of $150k".
const PERIOD_BEFORE =
  /\b(?:(?<hour>hourly|per hour)|(?<day>daily|day rate|per diem)|(?<week>weekly)|(?<month>monthly)|(?<year>annual(?:ly)?|yearly|per annum|base salary|ctc))(?:\s+(?:base|gross|net|salary|pay|rate|compensation|comp|wages?|income|remuneration|range|total|of|is))?(?:\s+(?:salary|pay|rate|compensation|range|of|is)){0,2}\s*[)\]:=–-]{0,2}\s*$/i;
const UP_TO = /\b(?:up\s*to|max(?:imum)?|no more than|less than|under|below)\s*:?\s*$/i;
const FROM = /\b(?:from|starting(?:\s+(?:at|from))?|starts\s+at|min(?:imum)?|at\s+least|over|more than)\s*:?\s*$/i;
const BETWEEN = /\bbetween\s*$/i;
const CUE =
  /\b(?:salary|salaries|compensation|comp|pay|paid|paying|base|range|ote|tc|rate|wages?|ctc|package|earn|remuneration|gross)\b/i;
// Words that make a nearby amount something other than pay: funding, company metrics, perks, counts.
const DECOY_BEFORE =
  /\b(?:raised?|raising|fund(?:ing|ed)?|series\s+[a-h]|seed|valuation|valued|revenue|arr|mrr|gmv|run\s+rate|generat(?:ed|ing|es)|grossed|grew|growing|going\s+from|nothing\s+to|quotas?|budgets?|stipends?|allowances?|reimburs\w*|backed|invest\w*|grants?|sign(?:ing|-on)\s+bonus|bonus\s+(?:of|up)|referral|team\s+of|relocation|on[- ]call|overtime|(?:have|has|had)\s+to\s+pay|costs?|priced?|charg(?:e|es|ed|ing)|fees?|sells?\s+for|spen[dt]|sav(?:e|es|ed|ing)|average|median|mean)\b|\b401/i;
const DECOY_AFTER =
  /\b(?:users?|customers?|clients?|requests?|reqs?|rps|qps|tps|events?|transactions?|messages?|queries|calls|downloads?|installs?|employees|people|engineers|developers|members|stars|devices|visitors|merchants|businesses|companies|records|rows|dau|mau|series\s+[a-h]|seed|round|funding|raised|valuation|revenue|arr|mrr|gmv|budgets?|stipends?|allowances?|reimburs\w*|bonus|grants?|credits?|investment|equity|rsus?|relocation|on[- ]call|overtime|learning|conferences?|training|education|wellness|gym|equipment|coworking|home\s+office|billion|bn|trillion|per\s+second|a\s+second|in\s+sales|quotas?|run\s+rate|in\s+(?:revenue|funding|assets?)|assets?|to\s+(?:read|buy|use|access|download|subscribe)|per\s+(?:user|seat|license|customer)|in\s+the\s+bank|cash)\b|\/\s?s(?:ec)?\b/i;
const CONJUNCTION = /\b(?:plus|and|with|or)\b/i;

export function parseSalaryText(text: string, options: ParseSalaryOptions = {}): SalaryFromText | null {
  if (typeof text !== 'string') return null;
  const fallback = options.defaultCurrency ?? null;
  const numbers = options.numberWords;
  let next = 0;
  for (let i = 0; i < text.length; ) {
    if (numbers) {
      while (next < numbers.length && (numbers[next] as number) < i) next++;
      if (next === numbers.length) return null;
      i = Math.max(i, (numbers[next] as number) - CANDIDATE_REACH);
    }
    CANDIDATE.lastIndex = i;
    const candidate = CANDIDATE.exec(text);
    if (!candidate) return null;
    const at = candidate.index;
    const attempt = isLetterAt(text, at - 1) ? fail(at + 1) : readSalaryAt(text, at, fallback);
    if (attempt.salary) return attempt.salary;
    i = Math.max(i + 1, at + 1, attempt.resume);
  }
  return null;
}

interface Attempt {
  salary: SalaryFromText | null;
  /** Where scanning resumes when this candidate was not a salary. */
  resume: number;
}

function fail(resume: number): Attempt {
  return { salary: null, resume };
}

function readSalaryAt(text: string, start: number, fallback: string | null): Attempt {
  const first = readAmount(text, start, fallback);
  if (!first) return fail(start + 1);
  let last = first;
  let bounds: [number, number] | null = null;
  // A period may follow each end: "$25/hr - $30/hr".
  const firstPeriod = first.plus ? null : readPeriod(text, first.end);
  const sepAt = firstPeriod && (!firstPeriod.pm || first.currency) ? firstPeriod.end : first.end;
  const sep = first.plus ? null : rangeSeparator(text, sepAt);
  const between = sep?.[1]?.toLowerCase() === 'and';
  // Read only when needed: most candidates fail on cheaper checks first.
  let before = between ? clauseBefore(text, start) : null;
  if (sep && (!between || BETWEEN.test(before ?? ''))) {
    const second = readAmount(text, sepAt + sep[0].length, fallback);
    if (second) {
      CHAIN.lastIndex = second.end;
      if (CHAIN.test(text)) return fail(skipChain(text, second.end));
      bounds = rangeBounds(first, second);
      if (bounds) last = second;
    }
  }
  const [low, top] = bounds ?? [first.value, first.value];
  // Nothing this small or zero reaches the annual floor, whatever its period: spare the context work.
  if (low <= 0 || top * ANNUAL_FACTOR.hour < MIN_ANNUAL) return fail(last.end);

  const mult = first.mult?.lakh ? first.mult : (last.mult ?? first.mult);
  const written = pickCurrency(first.currency, last.currency);
  let currency = written ? written.code : fallback;
  if (mult?.lakh) {
    if (written && written.code !== 'INR') return fail(last.end);
    currency = 'INR';
  }
  const isWritten = written !== null || mult?.lakh === true;
  if (top > annualCeiling(currency)) return fail(last.end);

  before ??= clauseBefore(text, start);
  const after = readPeriod(text, last.end);
  const afterUsable = after !== null && !(after.pm && (!isWritten || top < 300));
  const end = afterUsable ? after.end : last.end;
  const stated = afterUsable ? after.period : last !== first && sepAt > first.end ? firstPeriod?.period : undefined;
  const beforePeriod = periodOf(PERIOD_BEFORE.exec(before)?.groups);
  // Without a currency, a number needs a period after it, its own "| 150-200k |" field, or a cue and either a
  // money-like shape or a period before it ("Hourly rate: 45-60").
  if (!isWritten && !stated && !(mult && before.trim() === '' && text[start - before.length - 1] === '|')) {
    const moneyLike = mult !== null || first.grouped || last.grouped || Math.max(first.digits, last.digits) >= 5;
    if (!moneyLike && !beforePeriod) return fail(end);
    if (!CUE.test(before) && !CUE.test(clauseAfter(text, end))) return fail(end);
  }
  if (DECOY_BEFORE.test(before) || DECOY_AFTER.test(clauseAfter(text, end))) return fail(end);

  const period = stated ?? beforePeriod ?? (mult?.perYear ? 'year' : periodByMagnitude(low, top));
  if (period === null) return fail(end);
  const annual = top * ANNUAL_FACTOR[period];
  if (annual < MIN_ANNUAL || annual > annualCeiling(currency)) return fail(end);

  const upTo = bounds === null && !first.plus ? UP_TO.exec(before) : null;
  const from = bounds === null && !upTo ? FROM.exec(before) : null;
  const qualifier = upTo ?? from ?? (bounds && between ? BETWEEN.exec(before) : null);
  const evidenceStart = qualifier ? start - before.length + qualifier.index : start;
  const evidence = { text: text.slice(evidenceStart, end), start: evidenceStart, end };
  return {
    salary: { min: upTo ? null : low, max: from || first.plus ? null : top, currency, period, evidence },
    resume: end,
  };
}

// No period written: thousands are yearly, small amounts ("$60-80") hourly; "$500" alone could be anything.
function periodByMagnitude(low: number, top: number): SalaryPeriod | null {
  if (low >= 1000) return 'year';
  return top < 300 && top >= 10 ? 'hour' : null;
}

function rangeSeparator(text: string, at: number): RegExpExecArray | null {
  let p = at;
  while (p < at + 3 && isGap(text.charCodeAt(p))) p++;
  const c = text.charCodeAt(p);
  const dash = c === 45 || c === 126 || c === 0x2012 || c === 0x2013 || c === 0x2014 || c === 0x2212;
  // Quick refusal before the regex: a dash, or a word ("to", "and") after a space.
  if (!dash && !(p > at && isAsciiLetter(c))) return null;
  RANGE_SEP.lastIndex = at;
  return RANGE_SEP.exec(text);
}

/** Orders and scales the two ends of a range, or null when they are too far apart to be one ("$150k - 5 days"). */
function rangeBounds(a: Amount, b: Amount): [number, number] | null {
  let lo = a.value;
  let hi = b.value;
  // "$150-200k", "12-18 LPA", "60-80.000": the first end leaves its magnitude to the second.
  if (!a.mult && !a.grouped && a.number < 1000) {
    const lifted = a.number * (b.mult?.factor ?? (b.value >= 1000 ? 1000 : 1));
    if (near(lifted, hi)) lo = lifted;
  } else if (a.mult && !b.mult && !b.grouped && b.number < 1000 && near(lo, b.number * a.mult.factor)) {
    hi = b.number * a.mult.factor;
  }
  if (!near(lo, hi)) return null;
  return lo <= hi ? [lo, hi] : [hi, lo];
}

function near(x: number, y: number): boolean {
  return Math.max(x, y) <= 20 * Math.min(x, y);
}

// A code beats a bare "$" written on the other end: "$150k - 180k CAD" is in Canadian dollars.
function pickCurrency(a: CurrencyRead | null, b: CurrencyRead | null): CurrencyRead | null {
  if (a && !a.generic) return a;
  if (b && !b.generic) return b;
  return a ?? b;
}

// Digits, dashes, slashes, "$", "." and "," make up date, phone and "$1-$1-$1" chains.
const CHAIN_CODES = new Set([...'0123456789-–—/$.,'].map((c) => c.charCodeAt(0)));

function skipChain(text: string, at: number): number {
  let p = at;
  while (p < text.length && CHAIN_CODES.has(text.charCodeAt(p))) p++;
  return p;
}

// Punctuation that ends the clause an amount stands in.
function endsClause(c: number): boolean {
  return c === 10 || c === 13 || c === 124 || c === 59 || c === 46 || c === 33 || c === 63 || c === 44 || c === 0x2022;
}

// The clause an amount stands in, cut at punctuation and at neighbouring numbers, so that words about one
// amount ("raised $20M") do not disqualify another ("... and pay $150k").
function clauseBefore(text: string, at: number): string {
  let p = at;
  while (p > 0 && at - p < WINDOW && !endsClause(text.charCodeAt(p - 1)) && !isDigitAt(text, p - 1)) p--;
  return text.slice(p, at);
}

// After the amount the clause also ends at brackets, "+", "&" and currency symbols ("$150k (we raised $20M)",
// "$150k + $2k stipend"), and at a conjunction ("$150k base plus bonus").
function clauseAfter(text: string, at: number): string {
  let p = at;
  for (; p < text.length && p - at < WINDOW; p++) {
    const c = text.charCodeAt(p);
    if (endsClause(c) || (c >= 48 && c <= 57) || c === 40 || c === 41 || c === 43 || c === 38 || c === 36) break;
    if (c === 0x20ac || c === 0xa3 || c === 0xa5 || c === 0x20b9 || c === 0x20aa) break;
  }
  const clause = text.slice(at, p);
  const cut = clause.search(CONJUNCTION);
  return cut >= 0 ? clause.slice(0, cut) : clause;
}
