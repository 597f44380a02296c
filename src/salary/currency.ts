// Currency symbols and ISO 4217 codes as postings write them.

export interface CurrencyRead {
  /** ISO 4217, or null for "kr" when the caller's default currency is not a krona/krone. */
  code: string | null;
  end: number;
  /** A bare "$": USD by convention, but a code written beside it ("$150k CAD") wins. */
  generic: boolean;
}

const DOLLAR_PREFIXES: Readonly<Record<string, string>> = {
  US: 'USD',
  USD: 'USD',
  CA: 'CAD',
  CAD: 'CAD',
  C: 'CAD',
  AU: 'AUD',
  AUD: 'AUD',
  A: 'AUD',
  NZ: 'NZD',
  S: 'SGD',
  SG: 'SGD',
  R: 'BRL',
  MX: 'MXN',
  HK: 'HKD',
};

// Single-character symbols, by UTF-16 code; "$" is handled apart because a code beside it wins.
const SYMBOLS = new Map([
  [0x20ac, 'EUR'], // €
  [0xa3, 'GBP'], // £
  [0x20b9, 'INR'], // ₹
  [0xa5, 'JPY'], // ¥
  [0x5186, 'JPY'], // 円
  [0x20aa, 'ILS'], // ₪
]);

const CODES = new Set([
  ...'USD EUR GBP CAD AUD NZD INR CHF SEK NOK DKK ISK PLN CZK'.split(' '),
  ...'HUF RON JPY CNY KRW SGD HKD BRL MXN ILS ZAR AED TRY UAH'.split(' '),
  ...'RUB ARS CLP COP IDR MYR THB VND PKR NGN TWD'.split(' '),
]);
const ALIASES: Readonly<Record<string, string>> = { NIS: 'ILS', RMB: 'CNY' };
// Lower-case forms that are not English words ("try", "cad", "ron" are), so "150k usd" reads but "try 100" does not.
const LOWERCASE_OK = new Set('USD EUR GBP AUD NZD INR CHF SEK NOK DKK PLN JPY SGD'.split(' '));
// "kr" is shared by these; only the posting's country can tell which one.
const KRONA = new Set(['SEK', 'NOK', 'DKK', 'ISK']);

const CURRENCY_RE =
  /(?:(US|USD|CA|CAD|C|AU|AUD|A|NZ|SG|S|R|MX|HK)\$|(Rs|kr)(?![A-Za-z])\.?|zł(?![A-Za-z])|([A-Za-z]{3})(?![A-Za-z]))/y;

/** Reads a currency symbol or code starting exactly at `at`. */
export function readCurrency(text: string, at: number, fallback: string | null): CurrencyRead | null {
  const c = text.charCodeAt(at);
  // Single-character symbols need no regex; every other symbol or code starts with an ASCII letter.
  if (c === 36) return { code: 'USD', end: at + 1, generic: true };
  const symbol = SYMBOLS.get(c);
  if (symbol) return { code: symbol, end: at + 1, generic: false };
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return null;
  CURRENCY_RE.lastIndex = at;
  const m = CURRENCY_RE.exec(text);
  if (!m) return null;
  const end = at + m[0].length;
  if (m[1] !== undefined) return { code: DOLLAR_PREFIXES[m[1]] ?? null, end, generic: false };
  if (m[2] === 'kr') return { code: fallback !== null && KRONA.has(fallback) ? fallback : null, end, generic: false };
  if (m[2] === 'Rs') return { code: 'INR', end, generic: false };
  if (m[3] === undefined) return { code: 'PLN', end, generic: false };
  const upper = m[3].toUpperCase();
  const code = ALIASES[upper] ?? (CODES.has(upper) ? upper : null);
  if (code === null || (m[3] !== upper && !LOWERCASE_OK.has(upper))) return null;
  return { code, end, generic: false };
}

// Rough units per US dollar, only to bound what a plausible annual salary can be; currencies missing here are unbounded.
const USD_SCALE: Readonly<Record<string, number>> = {
  USD: 1,
  EUR: 1,
  GBP: 1,
  CHF: 1,
  CAD: 1.5,
  AUD: 1.6,
  NZD: 1.8,
  SGD: 1.4,
  ILS: 4,
  PLN: 4,
  BRL: 6,
  DKK: 7,
  HKD: 8,
  SEK: 11,
  NOK: 11,
  MXN: 20,
};

/** The largest annual amount still read as a salary (funding rounds are not). */
export function annualCeiling(code: string | null): number {
  const scale = code === null ? undefined : USD_SCALE[code];
  // Even in won, rupiah or dong a yearly salary stays below ten billion.
  return scale === undefined ? 10_000_000_000 : 2_500_000 * scale;
}
