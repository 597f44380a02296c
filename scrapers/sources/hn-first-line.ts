// The header line of a "Who is hiring?" post: `Company | Role | Location |
// REMOTE | Full-time | $salary | URL` by convention, but in any order, with
// " - ", " — ", ": " or ". " instead of pipes (the convention only settled
// around 2015), and often as a sentence. Each fragment is classified by what
// it looks like; the company is the first fragment that is nothing else.
import type { EmploymentType, WorkMode } from '../../src/domain.js';
import { placeOf } from '../../src/enrich/location.js';
import {
  cutLocation,
  isCountryCode,
  isPlace,
  isPlaceContinuation,
  proseLocation,
  splitOutsideParens,
} from './hn-places.js';
import { endsWithRole, isRoleText, PROSE, ROLE_NOUN, rolesInProse, splitRoles, words } from './hn-roles.js';

export interface HnHeader {
  company: string | null;
  /** Role titles, singular nouns; several when the line lists several. */
  roles: string[];
  /** The fragment that names the place, as written ("Berlin (Mitte)"). */
  location: string | null;
  workMode: WorkMode | null;
  employmentType: EmploymentType | null;
}

interface Fragment {
  /** As written, parentheses included. */
  text: string;
  /** Without its parenthesized asides ("Acme (https://acme.example)" → "Acme"). */
  core: string;
  asides: string[];
  /** Named after "@" or "at" following a role: the company, wherever it stands. */
  afterAt: boolean;
}

/** Pipes when there are any (then hyphens are inside names: "Full-time", "Jean-Luc"), else dashes, colons, sentences. */
const PIPE = /\s*\|\s*/;
/** What a removed link leaves: a separator in both modes (an empty pipe field is dropped like any). */
const SEPARATOR = ' — ';
const LOOSE =
  /\s+[-–—]+>?\s+|\s*-{2,}>?\s*|\s*[–—]\s*|:\s+|(?<!\b(?:inc|st|co|ltd|sr|jr|mt|ft|corp|dr|vs|no))\.\s+(?=[A-Z([\uE000])|\s*[!?]\s+|\s+\/{2,}\s+/i;
const URL_ONLY =
  /^(?:https?:\/\/|www\.)\S+$|^[\w-]+(?:\.[\w-]+)*\.(?:com|io|co|net|org|me|ly|ai|im|edu|fr|de|uk|in|eu)(?:\/\S*)?$/i;
const BARE_DOMAIN = /^[\w-]+\.(?:com|io|co|net|org|me|ly|ai|im|fr|de|eu)$/i;
/** A fragment made only of the convention's flags ("REMOTE OK", "FULLTIME, INTERN, H1B", "No remote"). */
const FLAGS_ONLY =
  /^(?:(?:remote|on-?\s?site|onsite|hybrid|full[- ]?time|part[- ]?time|half[- ]?time|contract(?:ors?)?|freelance(?:rs?)?|interns?(?:hips?)?|h-?1-?bs?|visas?|sponsorship|relocation|ok|okay|welcome|yes|no|not|only|and|or|friendly|possible|local|permanent|available|summer|temp|all|are|in|office|[,.+/()&*-]+)\s*)+$/i;
const SALARY = /[$€£]\s?\d|\d\s?[kK]\s?[$€£]|\b\d{2,3}\s?[kK]\b|\bsalary\b|\bequity\b|\bOTE\b/;
/** A title fragment that runs on past its role noun ("Web Developer and more") is a title only when this short. */
const MAX_LOOSE_ROLE_WORDS = 5;
/** Lines that open a post without saying anything about the job. */
const GREETING = /^(?:hi|hello|hey|greetings)\b|who(?:'s| is) hiring|^[\w ]{1,20}:$/i;

export function readFirstLine(line: string): HnHeader {
  // Links and e-mail addresses say nothing the header needs, and their "://" and "-" would split it.
  // They stand between fields, though ("Acme (https://…) Cupertino, CA"): a separator replaces them.
  const bare = line
    .replace(/\bhttps?:\/\/[^\s()]+|\bwww\.[^\s()]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi, SEPARATOR)
    .replace(/\(\s*[;,]?\s*(?:—\s*)?\)/g, SEPARATOR)
    .replace(/^\s*\[?hiring\]?\s*:?\s*/i, '')
    .replace(/\s+/g, ' ');
  const fragments = fragmentsOf(bare);
  let company: string | null = null;
  let location: string | null = null;
  const roleTexts: string[] = [];
  // "REMOTE (US, Canada)": where a remote job may be done, when no fragment names an office. Not
  // "REMOTE (we are a team of 16 across …)": a sentence in the aside is not a place.
  let remoteFrom: string | null = null;
  fragments.forEach((fragment, index) => {
    const core = unflagged(fragment.core);
    if (/\bremote\b/i.test(core) && fragment.asides.some((aside) => words(aside) <= 6 && !PROSE.test(aside))) {
      remoteFrom ??= fragment.text;
    }
    if (core === '' || URL_ONLY.test(core) || FLAGS_ONLY.test(core) || SALARY.test(core)) return;
    if (isPlace(core, index > 0)) location ??= cutLocation(fragment.text);
    else if (isRoleText(core) && (endsWithRole(core) || words(core) <= MAX_LOOSE_ROLE_WORDS)) roleTexts.push(core);
    else if (company === null && (index <= 2 || fragment.afterAt) && looksLikeName(core)) company = cleanCompany(core);
  });
  location ??= remoteFrom;
  // Asides are read last: "Acme (Oakland, CA)" names the place only if no fragment did.
  for (const aside of fragments.flatMap((fragment) => fragment.asides)) {
    if (location === null && isPlace(aside, true)) location = cutLocation(aside);
    // "Acme (UI Designers, Data Engineers)".
    else if (roleTexts.length === 0 && !isFlags(aside) && isRoleText(unflagged(aside)))
      roleTexts.push(unflagged(aside));
  }
  // "acme.io", "Santa Monica, CA - Acme.com": a bare domain is the name when nothing else is.
  const domain = fragments.slice(0, 2).find((fragment) => BARE_DOMAIN.test(fragment.core))?.core ?? null;
  company ??= fragments.map((fragment) => proseCompany(fragment.text)).find(Boolean) ?? domain;
  location ??= proseLocation(bare);
  const roles = roleTexts.length > 0 ? roleTexts.flatMap((text) => splitRoles(text)) : rolesInProse(bare);
  return { company, roles, location, workMode: workModeOf(bare), employmentType: employmentTypeOf(bare) };
}

const FLAG_TERMS =
  /\b(?:full[- ]?time|part[- ]?time|interns?(?:hips?)?|remote|on-?site|h-?1-?bs?|contract|freelance)\b/gi;

/** "Full Time/Intern Lyon": with two flags or more, "Intern" is a flag too, and the rest is the fragment. */
function unflagged(core: string): string {
  if ((core.match(FLAG_TERMS) ?? []).length < 2) return core;
  return core
    .replace(FLAG_TERMS, ' ')
    .replace(/^[\s/,&+-]+|[\s/,&+-]+$/g, '')
    .replace(/\s+/g, ' ');
}

/** True when a fragment holds nothing but the convention's flags ("INTERN: no", "REMOTE OK"). */
export function isFlags(text: string): boolean {
  return FLAGS_ONLY.test(text.replace(/:/g, ' '));
}

/** True when a line is a greeting, names the thread rather than the job, or is a bare label ("Details:"). */
export function isGreeting(line: string): boolean {
  return GREETING.test(line);
}

function fragmentsOf(line: string): Fragment[] {
  // Separators inside asides do not split: "[ONSITE | VISA OK]", "(INTERN: yes, REMOTE: no)". Asides
  // are swapped for numbered placeholders in private-use characters (which no post holds) while the line is cut.
  const asides: string[] = [];
  const masked = line.replace(/\([^()]*\)|\[[^\]]*\]/g, (aside) => `\uE000${asides.push(aside) - 1}\uE000`);
  const restore = (part: string): string =>
    part.replace(/\uE000(\d+)\uE000/g, (_, at: string) => asides[Number(at)] ?? '');
  const parts = masked.split(masked.includes('|') ? PIPE : LOOSE).map(restore);
  return parts.flatMap((part, index) => splitAtPlaces(part, index)).flatMap((part) => splitAtCompany(part));
}

function fragment(text: string, afterAt = false): Fragment {
  const asides = [...text.matchAll(/\(([^()]*)\)|\[([^[\]]*)\]/g)].map((match) => (match[1] ?? match[2] ?? '').trim());
  const core = text
    .replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,.;:*\-–—]+|[\s,.;:*\-–—]+$/g, '');
  return { text: text.replace(/^[\s,.;:*\-–—]+|[\s,.;:\-–—]+$/g, ''), core, asides, afterAt };
}

/**
 * "Acme, Palo Alto, CA" → "Acme" + "Palo Alto, CA": a new fragment
 * starts at the comma where a place begins after something that is not one.
 * "San Francisco, CA" stays whole.
 */
function splitAtPlaces(part: string, index: number): string[] {
  // "Ely (near Cambridge), UK" after the company is one place; "Acme, Palo Alto, CA" first is not.
  if (index > 0 && isPlace(part, true)) return [part];
  const groups: string[][] = [];
  let previousPlace = false;
  for (const segment of splitOutsideParens(part, ', ')) {
    const last = groups.at(-1);
    // "Ely, UK", "Acme, Ojai, CA": a town the place table does not know, then its
    // country; the town leaves the fragment it was added to.
    if (last && !previousPlace && placeOf(segment).city === null && isCountryCode(segment)) {
      const town = last.length > 1 ? last.pop() : undefined;
      if (town === undefined) last.push(segment);
      else groups.push([town, segment]);
      previousPlace = true;
      continue;
    }
    const continues: boolean = previousPlace && isPlaceContinuation(segment);
    const place: boolean = continues || isPlace(segment, true);
    // "Backend developer, Corvid Instruments": a title, then the company.
    const nameAfterRole =
      index === 0 && ROLE_NOUN.test(last?.join(', ') ?? '') && !ROLE_NOUN.test(segment) && words(segment) >= 2;
    // A new fragment where a place starts or ends; "Acme, INC" and "Backend Engineer, SRE" stay whole.
    if (!last || (!continues && (place || previousPlace || nameAfterRole || isFlags(segment)))) groups.push([segment]);
    else last.push(segment);
    previousPlace = place;
  }
  return groups.map((group) => group.join(', '));
}

/**
 * "Front End Engineer at Acme", "Data Scientist @ Acme", "Engineer in
 * Berlin", "Acme in Mountain View": a role or a name, then its company or place.
 */
function splitAtCompany(part: string): Fragment[] {
  const inPlace = /\s+(?:(?:based|located)\s+)?in\s+(?=[A-Z])/.exec(part);
  if (inPlace) {
    const [head, rest] = [part.slice(0, inPlace.index), part.slice(inPlace.index + inPlace[0].length)];
    // "Software Engineer in Test" is one title: "in" only leads to a place.
    if (isPlace(rest, true) && (ROLE_NOUN.test(head) || looksLikeName(head))) return [fragment(head), fragment(rest)];
  }
  const at = /\s+(?:at|@)\s+(?=[A-Z0-9])/.exec(part);
  if (!at || !ROLE_NOUN.test(part.slice(0, at.index)) || PROSE.test(part)) return [fragment(part)];
  return [fragment(part.slice(0, at.index)), fragment(part.slice(at.index + at[0].length), true)];
}

/** Labels and words that head a line without naming anyone ("Apply: …", "Location: …"). */
const NOT_NAMES =
  /^(?:apply|contact|email|e-mail|location|locations|website|web|site|jobs?|careers?|us|about|note|details|requirements|responsibilities|benefits|perks|summary|tl;?dr|hiring|positions?|roles?|company|who|what|where|why|how|when|keywords|salary|compensation|stack|tech|technologies|more|info|links?|url)$/i;

/** A company name: short, mostly capitalized words ("Blue Finch", "Moth & Flame"), or one word in any case ("acmecorp"). */
function looksLikeName(text: string): boolean {
  if (PROSE.test(text) || /[?!]/.test(text) || NOT_NAMES.test(text)) return false;
  const parts = text.split(/\s+/).filter((word) => /\w/.test(word));
  if (parts.length === 1) return text.length <= 40;
  const capitalized = parts.filter((word) => /^[A-Z0-9À-Þ]/.test(word)).length;
  return parts.length <= 5 && capitalized * 2 >= parts.length;
}

function cleanCompany(text: string): string {
  return text
    .replace(/^(?:company(?: name)?\s*:\s*|at\s+)/i, '')
    .replace(/[\s\-–—,:;/]+$/, '')
    .slice(0, 80);
}

/** "Acme is hiring …", "Acme. We're hiring …", "Acme based in NYC": the name before the verb. */
function proseCompany(line: string): string | null {
  const match =
    /^(?:[Aa]t\s+)?([A-Z][\w.&'’-]*(?:\s+[A-Z0-9&][\w.&'’-]*){0,3})(?:\s*\([^)]*\))?,?\s+(?:is|are|has|based|we['’]re|we are)\b/.exec(
      line,
    );
  return match?.[1] && looksLikeName(match[1]) ? match[1] : null;
}

/**
 * Only what the line states in words: HYBRID, then a refused remote ("No
 * remote", "REMOTE: no", "local only") as onsite, then REMOTE (offered, even
 * beside an office: "SF or REMOTE"), then ONSITE.
 */
function workModeOf(line: string): WorkMode | null {
  if (/\bhybrid\b/i.test(line)) return /\bremote\s*(?:or|\/)\s*hybrid\b/i.test(line) ? 'remote' : 'hybrid';
  if (
    /\b(?:no|not|non)[- ]remote\b|\bremote(?:\/[\w-]+)?\s*(?::|=|is)?\s*(?:probably\s+)?(?:no|not)\b|\blocals? only\b/i.test(
      line,
    )
  )
    return 'onsite';
  if (/\bremote(?!\s+sensing)\b/i.test(line)) return 'remote';
  if (/\bon[- ]?site\b|\bin[- ]office\b/i.test(line)) return 'onsite';
  return null;
}

const EMPLOYMENT: ReadonlyArray<readonly [EmploymentType, RegExp]> = [
  ['full-time', /\bfull[- ]?time\b|\bpermanent\b/i],
  ['part-time', /\b(?:part|half)[- ]?time\b/i],
  ['contract', /\bcontract(?:ors?)?\b|\bfreelance(?:rs?)?\b/i],
  ['internship', /\binterns?(?:hips?)?\b/i],
];

/**
 * The one employment type the line states. "FULLTIME, INTERN" offers
 * internships beside the main full-time jobs: full-time. Two other types
 * together ("Part Time or Contract") leave it open: null. A type followed by
 * "no" ("INTERN: no") is not offered.
 */
function employmentTypeOf(line: string): EmploymentType | null {
  const stated = EMPLOYMENT.filter(([, pattern]) => {
    const match = pattern.exec(line);
    return match !== null && !/^\s*(?::|=)?\s*(?:no|not)\b/i.test(line.slice(match.index + match[0].length));
  }).map(([type]) => type);
  if (stated.includes('full-time')) return 'full-time';
  return stated.length === 1 ? (stated[0] ?? null) : null;
}
