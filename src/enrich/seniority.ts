// Seniority from the title first, else from the years of experience asked for.
import type { Seniority } from '../domain.js';
import type { Cues } from '../skills/cue-words.js';
import { findCues } from '../skills/cues.js';
import { isAsciiLetter } from '../text/chars.js';

const ROLE = '(?:engineer|developer|programmer|sre|swe|scientist|architect)';

/** Checked in order: the first that matches the title wins ("Senior Staff" is staff). */
const TITLE_RULES: Array<[RegExp, Seniority]> = [
  [/\b(?:interns?(?:hip)?|co-?op|werkstudent)\b/i, 'intern'],
  [/\b(?:manager|head of|director|vp|vice president|cto|chief technology officer)\b/i, 'manager'],
  [/\b(?:principal|distinguished|fellow)\b/i, 'principal'],
  [/\bstaff\b/i, 'staff'],
  [/\b(?:senior|sr|snr|lead)\b/i, 'senior'],
  // Levels as numerals are case-sensitive: "Engineer II", never the word "I".
  [new RegExp(String.raw`\b${ROLE}\s+(?:III|IV|3|4)\b`, 'i'), 'senior'],
  [/\b(?:mid[- ]?level|intermediate)\b/i, 'mid'],
  [new RegExp(String.raw`\b${ROLE}\s+(?:II|2)\b`, 'i'), 'mid'],
  [/\b(?:junior|jr|associate|entry[- ]level|new grad(?:uate)?|graduate|early[- ]career|apprentice)\b/i, 'junior'],
  [new RegExp(String.raw`\b${ROLE}\s+(?:I|1)\b(?!\s*[a-z])`, 'i'), 'junior'],
];

export function seniorityFromTitle(title: string): Seniority | null {
  for (const [pattern, level] of TITLE_RULES) if (pattern.test(title)) return level;
  return null;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  fifteen: 15,
};

const YEARS =
  /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)\s*(?:\+|plus)?\s*(?:(?:-|–|to)\s*(?:\d{1,2}|[a-z]+)\s*\+?\s*)?(?:\+\s*)?(?:years?|yrs?)\b/gi;
const EXPERIENCE_CUE =
  /\bexperience|\bexp\b|professional|industry|hands-on|working (?:with|on|in)|building|in (?:a |the )?(?:software|backend|engineering|similar)/i;
/** What follows "N years" in an experience statement: "5+ years of Perl", "3 years in a similar role". */
const EXPERIENCE_AFTER =
  /^\s*(?:of|in|with|working|building|shipping|writing|designing|running|developing|leading|doing|as|professional|hands-on|industry|relevant|commercial|production|experience|exp)\b/i;
const NOT_EXPERIENCE =
  /\bvest|\bago\b|founded|\bold\b|runway|warranty|anniversary|history|\bcliff\b|track record of \d|in business|since \d|contract length|for the (?:next|past)/i;

/**
 * How far before its "years" word a statement of years can start
 * ("between three and twelve years" is 30 characters).
 */
const STATEMENT_REACH = 40;

/** The minimum years of experience the posting asks for, from the first statement of it. */
export function yearsOfExperience(text: string, cues: Cues = findCues(text)): number | null {
  // The pattern is costly to run over a whole text: it is run only on the
  // few dozen characters that end at each "year"/"yr" the word scan found.
  let searchedTo = 0;
  for (const at of cues.years) {
    const from = Math.max(searchedTo, at - STATEMENT_REACH);
    // One character more on the left, so that \b sees what stands before `from`.
    const sliceStart = Math.max(0, from - 1);
    const near = text.slice(sliceStart, wordEnd(text, at));
    YEARS.lastIndex = from - sliceStart;
    const m = YEARS.exec(near);
    if (!m) continue;
    const start = sliceStart + m.index;
    const end = start + m[0].length;
    searchedTo = end;
    if (NOT_EXPERIENCE.test(sentenceAt(text, start, end))) continue;
    // The years must be stated as experience right there ("5+ years of Go",
    // "3-5 years experience"), not be a story ("was remote for two years").
    const stated = /\+|plus|-|–|\bto\b/.test(m[0]) || EXPERIENCE_AFTER.test(text.slice(end, end + 30));
    const nearCue = EXPERIENCE_CUE.test(text.slice(Math.max(0, start - 40), end + 40));
    if (!stated && !nearCue) continue;
    const raw = (m[1] as string).toLowerCase();
    const years = NUMBER_WORDS[raw] ?? Number(raw);
    if (Number.isFinite(years) && years <= 30) return years;
  }
  return null;
}

/** End of the word (ASCII letters) starting at `at`. */
function wordEnd(text: string, at: number): number {
  let k = at;
  while (k < text.length && isAsciiLetter(text.charCodeAt(k))) k++;
  return k;
}

function sentenceAt(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 120);
  const to = Math.min(text.length, end + 120);
  const before = text.slice(from, start);
  const after = text.slice(end, to);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('; '));
  const stops = [after.indexOf('. '), after.indexOf('\n'), after.indexOf('; ')].filter((i) => i >= 0);
  return (
    (cut >= 0 ? before.slice(cut + 1) : before) +
    text.slice(start, end) +
    after.slice(0, Math.min(after.length, ...stops))
  );
}

export function seniorityFromYears(years: number | null): Seniority | null {
  if (years === null) return null;
  if (years <= 2) return 'junior';
  if (years <= 4) return 'mid';
  return 'senior';
}

export function seniorityOf(title: string, years: number | null): Seniority | null {
  return seniorityFromTitle(title) ?? seniorityFromYears(years);
}
