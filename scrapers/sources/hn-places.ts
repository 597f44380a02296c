// Places in the header of a "Who is hiring?" post: whether a fragment names
// one ("Denver, CO is hiring …" does, "Acme based in NYC" does not) and
// how much of it is the place. The enrichment's own place table decides what
// a place is, with US states by name added (HN posts write them out).
import { placeOf } from '../../src/enrich/location.js';
import { ROLE_NOUN, words } from './hn-roles.js';

/** Which the enrichment's table leaves to their codes: "Flint, Michigan", "Boise, Idaho". */
const US_STATES =
  /\b(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington State|West Virginia|Wisconsin|Wyoming)\b/;
/** Lower-case words a place may hold ("London or Birmingham", "Denver / remote", "SF Bay area", "TX preferred"). */
const PLACE_WORDS = new Set(
  'or and of the de la le del da am an area bay near only remote preferred primarily downtown greater metro fulltime full-time onsite on-site ok okay possible friendly welcome'.split(
    ' ',
  ),
);
/** Words that end a place's text whatever their case: "Austin, TX No remote, but …", "Denver, CO is hiring …", "Boston, Positions: …". */
const PLACE_END = new Set(
  'no not but is are we who looking hiring seeking with for to positions position roles role openings jobs salary'.split(
    ' ',
  ),
);
/** "Acme, INC" has the shape of "Town, Region" but is a company. */
const CORPORATE = /\b(?:inc|llc|ltd|gmbh|corp|co|plc|s\.?a|b\.?v|ag|oy|ab)\.?$/i;
const TOWN_REGION = /^[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2},\s*[A-Z][\w'.-]*(?: [A-Z][\w'.-]*)?$/;

/**
 * A known place or a US state, or "Town, Region" in capitals after the
 * first fragment (the first is usually the company: "Acme, Inc"), at the
 * start of the fragment.
 */
export function isPlace(text: string, notFirst: boolean): boolean {
  const head = placePrefix(text)
    .replace(/\([^()]*\)?|\[[^\]]*\]?/g, ' ')
    .trim();
  if (head === '' || words(head) > 8 || ROLE_NOUN.test(head)) return false;
  const place = placeOf(head);
  if (place.city !== null || place.country !== null || US_STATES.test(head)) return true;
  return notFirst && TOWN_REGION.test(head) && !CORPORATE.test(head);
}

/** The location as written, without the prose after it nor a dangling "and" (lower case only: "OR" is Oregon). */
export function cutLocation(text: string): string | null {
  const cut = placePrefix(text)
    .replace(/^(?:and|or)\s+/, '')
    .replace(/\s+(?:and|or|&)$/, '');
  return cut === '' ? null : cut.slice(0, 120);
}

/** The words of a fragment up to the first that cannot belong to a place; asides are kept whole. */
function placePrefix(text: string): string {
  const kept: string[] = [];
  for (const token of text.match(/\([^()]*\)?|\[[^\]]*\]?|[^\s()[\]]+/g) ?? []) {
    const word = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const aside = token.startsWith('(') || token.startsWith('[');
    if (!aside && (PLACE_END.has(word.toLowerCase()) || (/^[a-z]/.test(word) && !PLACE_WORDS.has(word)))) break;
    kept.push(token);
  }
  return kept
    .join(' ')
    .replace(/\s+([,;])/g, '$1')
    .replace(/[\s,.;:\-–—]+$/, '');
}

/** "CA", "USA", "Bristol UK" after a place: more of the same place. */
export function isPlaceContinuation(segment: string): boolean {
  const place = placeOf(segment);
  // "Santa Cruz, Ca": after a place, a two-letter region in any case.
  const region = /^[A-Z][A-Za-z]\.?$/.test(segment.trim());
  return words(segment) <= 3 && (place.city !== null || place.country !== null || region || isCountryCode(segment));
}

/** A country or region alone: "UK", "India", "CA", "Michigan". */
export function isCountryCode(segment: string): boolean {
  const text = segment.replace(/[.\s]+$/, '');
  if ((/^[A-Z]{2,3}$/.test(text) && !/^(?:INC|LLC|LTD|PLC)$/.test(text)) || US_STATES.test(text)) return true;
  const place = placeOf(text);
  return words(text) <= 2 && place.country !== null && place.city === null;
}

/** "Austin TX (REMOTE, H1B)" splits before the parentheses, never inside. */
export function splitOutsideParens(text: string, separator: string): string[] {
  const masked = text.replace(/\([^()]*\)/g, (aside) => aside.replaceAll(separator, '\uE001'));
  return masked.split(separator).map((segment) => segment.replaceAll('\uE001', separator));
}

/** "… engineers in San Francisco." → "San Francisco", when the words name a known place. */
export function proseLocation(line: string): string | null {
  for (const match of line.matchAll(/\b(?:in|based in)\s+((?:[A-Z][\w'.-]*,?\s?){1,4})/g)) {
    const text = (match[1] ?? '').replace(/[\s,.]+$/, '');
    const place = placeOf(text);
    if (place.city !== null || place.country !== null) return text;
  }
  return null;
}
