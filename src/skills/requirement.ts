// Whether a mention stands in a required or a nice-to-have part of the
// posting: from the section heading above it, overridden by cue words in its
// own sentence ("… is a plus").
import type { Requirement } from '../domain.js';
import { firstAtLeast } from '../text/sorted.js';
import type { Cues } from './cue-words.js';

/** Must-have heading words, read after the nice-to-have cues ("Preferred qualifications" is a nice-to-have). */
const REQUIRED_HEADING =
  /\b(?:requirements?|qualifications|must[- ]haves?|what you(?:'ll| will)? (?:need|bring)|what we(?:'re| are) looking for|you (?:have|bring|should have)|you'll have|about you|who you are|skills|experience|we expect|you are)\b/i;
const NEUTRAL_HEADING =
  /\b(?:responsibilities|what you(?:'ll| will) do|the role|about (?:us|the (?:role|team|company))|benefits|perks|what we offer|compensation|our (?:tech )?stack|tech stack|stack|tools|how to apply|interview|culture|who we are)\b/i;

export type SectionKind = Requirement | null;

const MAX_HEADING_LINE = 90;

/**
 * The section a heading line text[start, end) opens, or undefined when it is
 * no heading. A heading is short, and either ends with ":" or has no
 * sentence punctuation; it is read in place, and only a likely one is sliced
 * out. Nice-to-have words are the preferred cues the word scan recorded.
 */
function headingKind(text: string, start: number, end: number, cues: Cues): SectionKind | undefined {
  if (end - start > MAX_HEADING_LINE || end === start) return undefined;
  // A list item is content, unless it ends with ":" ("• Nice to have:").
  if (text.charCodeAt(start) === 0x2022 && text.charCodeAt(end - 1) !== 58) return undefined;
  // Cheap refusals first: most short lines are content, not headings.
  const last = lastNonSpace(text, start, end);
  const endsWithColon = last === 58;
  if (!endsWithColon && (isSentenceEnd(last) || wordCount(text, start, end) > 7)) return undefined;
  const line = text.slice(start, end);
  if (line.trimStart().startsWith('•') && !endsWithColon) return undefined;
  const trimmed = line.replace(/^[#*•\-\s]+/, '').trim();
  if (trimmed.length === 0 || trimmed.length > 70) return undefined;
  if (anyIn(cues.preferred, start, end)) return 'preferred';
  if (REQUIRED_HEADING.test(trimmed)) return 'required';
  if (NEUTRAL_HEADING.test(trimmed) || endsWithColon) return null;
  return undefined;
}

function lastNonSpace(text: string, start: number, end: number): number {
  let k = end - 1;
  while (k >= start && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  return k >= start ? text.charCodeAt(k) : 0;
}

/** . ! ? */
function isSentenceEnd(code: number): boolean {
  return code === 46 || code === 33 || code === 63;
}

/** Words of a line (runs of non-space) after its leading bullets, "#", "*", "-" and spaces. */
function wordCount(text: string, start: number, end: number): number {
  let k = start;
  while (k < end && LEADING_MARKS.has(text.charCodeAt(k))) k++;
  let words = 0;
  let inWord = false;
  for (; k < end; k++) {
    const c = text.charCodeAt(k);
    const space = c === 32 || c === 9 || c === 0xa0;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** • # * - and spaces. */
const LEADING_MARKS = new Set([0x2022, 35, 42, 45, 32, 9, 0xa0]);

/**
 * The section in force on a line of `text` (lines start at `lineStarts`),
 * carried down from the last heading above it. Lines are read forward only
 * as far as asked: the mentions are asked for in order, and the lines after
 * the last one (benefits, how to apply) are never read.
 */
export function sectionReader(text: string, lineStarts: readonly number[], cues: Cues): (line: number) => SectionKind {
  const result: SectionKind[] = [];
  let current: SectionKind = null;
  return (line) => {
    for (let i = result.length; i <= line && i < lineStarts.length; i++) {
      const start = lineStarts[i] as number;
      const end = i + 1 < lineStarts.length ? (lineStarts[i + 1] as number) - 1 : text.length;
      const kind = headingKind(text, start, end, cues);
      if (kind !== undefined) current = kind;
      result.push(current);
    }
    return result[line] ?? null;
  };
}

/**
 * Requirement of a mention in the sentence [from, to): a nice-to-have cue in
 * the sentence wins, then the section, then a must-have cue. The cues were
 * recorded by the word scan (see cue-words.ts).
 */
export function requirementOf(cues: Cues, from: number, to: number, section: SectionKind): Requirement {
  if (anyIn(cues.preferred, from, to)) return 'preferred';
  if (section) return section;
  if (anyIn(cues.required, from, to)) return 'required';
  return 'unknown';
}

function anyIn(sorted: readonly number[], from: number, to: number): boolean {
  const k = firstAtLeast(sorted, from);
  return k < sorted.length && (sorted[k] as number) < to;
}
