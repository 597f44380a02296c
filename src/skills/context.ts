// The guards that keep English words from counting as skills: the words
// around a match, lists of skills ("Go, Rust and C"), and "Stack:" lines.
import { isWordCode } from '../text/chars.js';
import type { Candidate } from './candidates.js';

/** Characters skipped between a match and its neighbouring word. */
const NEIGHBOUR_GAP = new Set([
  32, 9, 0xa0, 45 /* - */, 40 /* ( */, 41 /* ) */, 34 /* " */, 39 /* ' */, 0x201c, 0x201d,
]);

export function previousWord(text: string, start: number): string {
  let i = start - 1;
  while (i >= 0 && NEIGHBOUR_GAP.has(text.charCodeAt(i))) i--;
  const end = i + 1;
  while (i >= 0 && isWordCode(text.charCodeAt(i))) i--;
  return text.slice(i + 1, end).toLowerCase();
}

export function nextWord(text: string, end: number): string {
  let i = end;
  while (i < text.length && NEIGHBOUR_GAP.has(text.charCodeAt(i))) i++;
  const start = i;
  while (i < text.length && isWordCode(text.charCodeAt(i))) i++;
  return text.slice(start, i).toLowerCase();
}

/** Words after a language name that make it the language ("Go developer"). */
const LANGUAGE_NEXT = new Set(
  'programming programmer programmers language languages developer developers dev devs engineer engineers engineering code codebase codebases coding services service backend microservices experience expertise proficiency skills knowledge stack apis api sdk libraries library modules applications application tooling runtime ecosystem generics concurrency routines'.split(
    ' ',
  ),
);
/** Words before a language name that make it the language ("written in Go"). */
const LANGUAGE_PREV = new Set(
  'in with using write writing written know knowing learn learning love proficient fluent expert strong modern idiomatic embedded ansi production'.split(
    ' ',
  ),
);
/** Words after any other ambiguous name that make it technical ("Helm charts" is not needed: those have their own rules). */
const TOOL_NEXT = new Set(
  'framework experience expertise skills knowledge stack apps applications services'.split(' '),
);
const TOOL_PREV = new Set(['with', 'using', 'on', 'via', 'through', 'atop']);
/** Role words that make a name in a job title technical ("Engineer (Julia)", "Go Developer"). */
const ROLE_WORDS = new Set(
  'engineer engineers developer developers dev devs programmer programmers architect lead sre swe devops consultant specialist hacker hackers'.split(
    ' ',
  ),
);

/** A line that introduces a list of technologies ("Tech stack: …", "Languages: …"). */
const STACK_LINE =
  /^[•*\-\s]*(?:our\s+|the\s+)?(?:main\s+|primary\s+|core\s+)?(?:languages?|tech(?:nology|nologies)?(?:\s+stack)?|stack|tools?|tooling|skills|frameworks?|technologies|environment)\s*(?:[:|\-–]|include|we use)/i;

/** Guards that depend only on the words around one match. */
export function passesWordGuards(text: string, c: Candidate): boolean {
  const a = c.alias;
  if (a.notFollowedBy?.has(nextWord(text, c.end))) return false;
  if (a.notPrecededBy?.has(previousWord(text, c.start))) return false;
  return true;
}

/** An ambiguous alias made technical by the word right before or after it. */
export function hasContextWord(text: string, c: Candidate, inTitle = false): boolean {
  const next = nextWord(text, c.end);
  const prev = previousWord(text, c.start);
  if ((inTitle || c.alias.listOnly) && (ROLE_WORDS.has(next) || ROLE_WORDS.has(prev))) return true;
  if (c.alias.listOnly) return false;
  const own = c.alias.contextWords;
  if (own && (own.has(next) || own.has(prev))) return true;
  if (c.alias.skill.category === 'language') return LANGUAGE_NEXT.has(next) || LANGUAGE_PREV.has(prev);
  return TOOL_NEXT.has(next) || TOOL_PREV.has(prev);
}

export function onStackLine(text: string, lineStart: number): boolean {
  return STACK_LINE.test(text.slice(lineStart, lineStart + 60));
}

/**
 * True when the match starts a sentence or line: there an English word is
 * capitalized too ("Express your ideas"), so case says nothing.
 */
export function startsSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (
    i >= 0 &&
    (text.charCodeAt(i) === 32 ||
      text.charCodeAt(i) === 9 ||
      text.charCodeAt(i) === 0x2022 /* • */ ||
      text.charCodeAt(i) === 45)
  )
    i--;
  if (i < 0) return true;
  const code = text.charCodeAt(i);
  return code === 10 || code === 46 || code === 33 || code === 63 || code === 34 || code === 0x201c;
}

/** List punctuation or "and"/"or" (a bare space is not a list: "OpenStack Swift"). */
const LIST_GAP =
  /^\s*(?:[,/&|+;:]|\(|\)|\s(?:and|or|as well as|plus|and\/or)\s)[\s,/&|+();:]*(?:(?:and|or|as well as|plus|and\/or)\s[\s,/&|+();:]*)?$/i;

/** True when only list punctuation or "and"/"or" stands between two matches. */
export function isListGap(text: string, from: number, to: number): boolean {
  if (to < from || to - from > 14) return false;
  const gap = text.slice(from, to);
  if (gap.includes('\n')) return false;
  return LIST_GAP.test(gap);
}

/** No alias is longer than this; bounds the look-back of dropShadowed. */
const MAX_ALIAS_CHARS = 60;

/**
 * Drops matches that stand inside a longer match of another skill when the
 * inner alias is `standalone` ("SQL" inside "SQL Server"). Others are kept:
 * "Ruby on Rails" names Ruby too. `candidates` are in start order.
 */
export function dropShadowed(candidates: Candidate[]): Candidate[] {
  return candidates.filter((inner, index) => {
    if (!inner.alias.standalone) return true;
    for (let k = index - 1; k >= 0; k--) {
      const outer = candidates[k] as Candidate;
      if (outer.start < inner.start - MAX_ALIAS_CHARS) break;
      const longer = outer.end - outer.start > inner.end - inner.start;
      if (longer && outer.alias.skill.id !== inner.alias.skill.id && outer.end >= inner.end) return false;
    }
    return true;
  });
}
