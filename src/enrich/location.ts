// Country (ISO 3166-1 alpha-2) and city from free-text locations such as
// "Remote - US", "Berlin, Germany", "NYC or REMOTE", "Bengaluru, KA, India".
import { isWordAt } from '../text/chars.js';
import { memoizeByString } from '../text/memo.js';

const COUNTRIES: Record<string, string> = {
  'united states': 'US',
  usa: 'US',
  'u.s.': 'US',
  'u.s.a.': 'US',
  us: 'US',
  america: 'US',
  'united states of america': 'US',
  'united kingdom': 'GB',
  uk: 'GB',
  'u.k.': 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'great britain': 'GB',
  britain: 'GB',
  canada: 'CA',
  germany: 'DE',
  deutschland: 'DE',
  france: 'FR',
  netherlands: 'NL',
  'the netherlands': 'NL',
  holland: 'NL',
  spain: 'ES',
  portugal: 'PT',
  italy: 'IT',
  ireland: 'IE',
  belgium: 'BE',
  austria: 'AT',
  switzerland: 'CH',
  sweden: 'SE',
  norway: 'NO',
  denmark: 'DK',
  finland: 'FI',
  poland: 'PL',
  czechia: 'CZ',
  'czech republic': 'CZ',
  estonia: 'EE',
  lithuania: 'LT',
  latvia: 'LV',
  romania: 'RO',
  bulgaria: 'BG',
  greece: 'GR',
  hungary: 'HU',
  croatia: 'HR',
  serbia: 'RS',
  ukraine: 'UA',
  turkey: 'TR',
  türkiye: 'TR',
  israel: 'IL',
  'united arab emirates': 'AE',
  uae: 'AE',
  india: 'IN',
  singapore: 'SG',
  japan: 'JP',
  'south korea': 'KR',
  korea: 'KR',
  china: 'CN',
  'hong kong': 'HK',
  taiwan: 'TW',
  australia: 'AU',
  'new zealand': 'NZ',
  brazil: 'BR',
  mexico: 'MX',
  argentina: 'AR',
  chile: 'CL',
  colombia: 'CO',
  peru: 'PE',
  uruguay: 'UY',
  'south africa': 'ZA',
  nigeria: 'NG',
  kenya: 'KE',
  egypt: 'EG',
  philippines: 'PH',
  vietnam: 'VN',
  indonesia: 'ID',
  malaysia: 'MY',
  thailand: 'TH',
  pakistan: 'PK',
  bangladesh: 'BD',
  luxembourg: 'LU',
  iceland: 'IS',
  cyprus: 'CY',
  malta: 'MT',
  slovakia: 'SK',
  slovenia: 'SI',
};

/** Cities that name their country on their own. */
const CITIES: Record<string, string> = {
  'new york': 'US',
  nyc: 'US',
  'new york city': 'US',
  'san francisco': 'US',
  sf: 'US',
  'bay area': 'US',
  'sf bay area': 'US',
  'los angeles': 'US',
  la: 'US',
  seattle: 'US',
  boston: 'US',
  chicago: 'US',
  austin: 'US',
  denver: 'US',
  portland: 'US',
  atlanta: 'US',
  miami: 'US',
  'washington dc': 'US',
  'washington, dc': 'US',
  dc: 'US',
  'palo alto': 'US',
  'mountain view': 'US',
  'menlo park': 'US',
  'san jose': 'US',
  'redwood city': 'US',
  oakland: 'US',
  berkeley: 'US',
  'san diego': 'US',
  philadelphia: 'US',
  pittsburgh: 'US',
  'salt lake city': 'US',
  dallas: 'US',
  houston: 'US',
  phoenix: 'US',
  minneapolis: 'US',
  detroit: 'US',
  nashville: 'US',
  raleigh: 'US',
  brooklyn: 'US',
  'santa monica': 'US',
  'st. louis': 'US',
  london: 'GB',
  manchester: 'GB',
  edinburgh: 'GB',
  bristol: 'GB',
  berlin: 'DE',
  munich: 'DE',
  münchen: 'DE',
  hamburg: 'DE',
  frankfurt: 'DE',
  cologne: 'DE',
  köln: 'DE',
  stuttgart: 'DE',
  paris: 'FR',
  lyon: 'FR',
  amsterdam: 'NL',
  rotterdam: 'NL',
  utrecht: 'NL',
  'the hague': 'NL',
  eindhoven: 'NL',
  dublin: 'IE',
  madrid: 'ES',
  barcelona: 'ES',
  lisbon: 'PT',
  porto: 'PT',
  milan: 'IT',
  rome: 'IT',
  zurich: 'CH',
  zürich: 'CH',
  geneva: 'CH',
  basel: 'CH',
  vienna: 'AT',
  wien: 'AT',
  stockholm: 'SE',
  gothenburg: 'SE',
  oslo: 'NO',
  copenhagen: 'DK',
  helsinki: 'FI',
  warsaw: 'PL',
  krakow: 'PL',
  kraków: 'PL',
  wroclaw: 'PL',
  prague: 'CZ',
  tallinn: 'EE',
  vilnius: 'LT',
  riga: 'LV',
  bucharest: 'RO',
  sofia: 'BG',
  athens: 'GR',
  budapest: 'HU',
  kyiv: 'UA',
  istanbul: 'TR',
  'tel aviv': 'IL',
  dubai: 'AE',
  bangalore: 'IN',
  bengaluru: 'IN',
  mumbai: 'IN',
  pune: 'IN',
  hyderabad: 'IN',
  chennai: 'IN',
  delhi: 'IN',
  'new delhi': 'IN',
  gurgaon: 'IN',
  gurugram: 'IN',
  noida: 'IN',
  tokyo: 'JP',
  seoul: 'KR',
  shanghai: 'CN',
  beijing: 'CN',
  shenzhen: 'CN',
  taipei: 'TW',
  sydney: 'AU',
  melbourne: 'AU',
  brisbane: 'AU',
  perth: 'AU',
  auckland: 'NZ',
  wellington: 'NZ',
  toronto: 'CA',
  vancouver: 'CA',
  montreal: 'CA',
  montréal: 'CA',
  ottawa: 'CA',
  calgary: 'CA',
  waterloo: 'CA',
  'são paulo': 'BR',
  'sao paulo': 'BR',
  'mexico city': 'MX',
  'buenos aires': 'AR',
  santiago: 'CL',
  bogota: 'CO',
  bogotá: 'CO',
  'cape town': 'ZA',
  johannesburg: 'ZA',
  lagos: 'NG',
  nairobi: 'KE',
  manila: 'PH',
  jakarta: 'ID',
  'kuala lumpur': 'MY',
  bangkok: 'TH',
};

const US_STATES = new Set(
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC'.split(
    ' ',
  ),
);
const CA_PROVINCES = new Set('ON BC QC AB MB SK NS NB NL PE'.split(' '));

export interface PlaceGuess {
  country: string | null;
  city: string | null;
}

/** Every country and city phrase, by its number of words (1 to 5). */
const PHRASE_TABLE = new Map<string, string>([
  ...Object.entries(COUNTRIES),
  ...Object.entries(CITIES).filter(([phrase]) => !(phrase in COUNTRIES)),
]);
/** First word of a phrase → the most words a phrase starting with it has ("new" → 3, for "new york city"). */
const PHRASE_WORDS_BY_FIRST = new Map<string, number>();
for (const phrase of PHRASE_TABLE.keys()) {
  // Split as placeOf splits a location, so the first words agree ("st. louis" → "st").
  const spans = wordSpans(phrase);
  const first = phrase.slice(...(spans[0] as [number, number]));
  PHRASE_WORDS_BY_FIRST.set(first, Math.max(PHRASE_WORDS_BY_FIRST.get(first) ?? 0, spans.length));
}

/** The country and city a location names. Locations repeat across postings, so each is read once (see memo.ts). */
export function placeOf(location: string | null | undefined): Readonly<PlaceGuess> {
  return location ? placeOfMemo(location) : NO_PLACE;
}

const NO_PLACE: Readonly<PlaceGuess> = Object.freeze({ country: null, city: null });
// Frozen: one object is handed to every caller with the same location.
const placeOfMemo = memoizeByString((location: string) => Object.freeze(readPlace(location)));

function readPlace(location: string): PlaceGuess {
  const text = location.length > 500 ? location.slice(0, 500) : location;
  const lower = text.toLowerCase();
  // toLowerCase keeps offsets for the scripts place names use; if not, give up on the text.
  if (lower.length !== text.length) return { country: null, city: null };
  const words = wordSpans(lower);
  let country: string | null = null;
  let cityCountry: string | null = null;
  let city: string | null = null;
  for (let i = 0; i < words.length; i++) {
    const [wordStart, wordEnd] = words[i] as [number, number];
    const longest = PHRASE_WORDS_BY_FIRST.get(lower.slice(wordStart, wordEnd));
    if (longest === undefined) continue;
    // Longest phrase first, so "new york city" wins over "new york".
    for (let n = Math.min(longest, words.length - i); n >= 1; n--) {
      const from = wordStart;
      const to = words[i + n - 1]?.[1] as number;
      const phrase = n === 1 ? lower.slice(from, to) : lower.slice(from, to).replace(/\s+/g, ' ');
      const found = PHRASE_TABLE.get(phrase);
      if (!found) continue;
      const written = text.slice(from, to);
      // Short words are only codes in capitals ("US", "SF"; not "us").
      if (phrase.length <= 3 && !phrase.includes('.') && written !== written.toUpperCase()) continue;
      if (phrase in COUNTRIES) country ??= found;
      else if (city === null) {
        city = titleCase(written);
        cityCountry = found;
      }
      i += n - 1;
      break;
    }
  }
  // A country written out beats the one a city implies ("London, Ontario, Canada").
  country ??= cityCountry;
  if (!country) {
    // "Austin, TX", "Toronto, ON": a region code after a comma.
    const region = /,\s*([A-Z]{2})\b/.exec(text)?.[1];
    if (region && US_STATES.has(region)) country = 'US';
    else if (region && CA_PROVINCES.has(region)) country = 'CA';
  }
  return { country, city };
}

/**
 * [start, end) of each word of a lower-cased location: letters and digits,
 * with inner dots, apostrophes and hyphens ("u.s.", "são", "st.-denis");
 * a final dot stays only on initialisms ("u.s.").
 */
function wordSpans(lower: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let i = 0;
  while (i < lower.length) {
    if (!isWordAt(lower, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < lower.length && (isWordAt(lower, j) || ".'’-".includes(lower.charAt(j)))) j++;
    let end = j;
    while (end > i + 1 && ".'’-".includes(lower.charAt(end - 1))) end--;
    if (lower.charAt(end) === '.' && /^[a-z]\.[a-z]$/.test(lower.slice(Math.max(i, end - 3), end))) end++;
    spans.push([i, end]);
    i = j;
  }
  return spans;
}

function titleCase(s: string): string {
  if (s.length <= 3) return s.toUpperCase();
  // Not \b: it is ASCII-only, and would capitalize the "ã" of "São".
  return s.replace(/(?<![\p{L}\p{N}])\p{L}/gu, (c) => c.toUpperCase());
}
