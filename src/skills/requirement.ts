// Whether a mention stands in a required or a nice-to-have part of the
// posting: from the section heading above it, overridden by cue words in its
// own sentence ("… is a plus").
import type { Requirement } from '../domain.js';

const PREFERRED =
  /\b(?:nice[- ]to[- ]haves?|bonus(?: points)?|preferred|pluses|a (?:big |huge |strong |great )?plus|ideally|desirable|desired|would be (?:great|nice|awesome|a plus)|good to have|extra credit|not required|optional|helpful|is welcome|are welcome|even better|brownie points|would love)\b/i;
const REQUIRED =
  /\b(?:required|requirements?|must|mandatory|essential|need(?:ed)?|requires?|minimum|proficien(?:t|cy)|expert(?:ise)?|strong (?:experience|knowledge|background|skills)|solid (?:experience|knowledge|understanding)|deep (?:experience|knowledge|understanding)|\d+\+? years)\b/i;

/** Heading words that open a section, checked preferred-first ("Preferred qualifications"). */
const PREFERRED_HEADING = PREFERRED;
const REQUIRED_HEADING =
  /\b(?:requirements?|qualifications|must[- ]haves?|what you(?:'ll| will)? (?:need|bring)|what we(?:'re| are) looking for|you (?:have|bring|should have)|you'll have|about you|who you are|skills|experience|we expect|you are)\b/i;
const NEUTRAL_HEADING =
  /\b(?:responsibilities|what you(?:'ll| will) do|the role|about (?:us|the (?:role|team|company))|benefits|perks|what we offer|compensation|our (?:tech )?stack|tech stack|stack|tools|how to apply|interview|culture|who we are)\b/i;

export type SectionKind = Requirement | null;

const MAX_HEADING_LINE = 90;

/** A heading line: short, and either ends with ":" or has no sentence punctuation. */
export function headingKind(line: string): SectionKind | undefined {
  if (line.length > MAX_HEADING_LINE || line.length === 0) return undefined;
  // A list item is content, unless it ends with ":" ("• Nice to have:").
  if (line.charCodeAt(0) === 0x2022 && line.charCodeAt(line.length - 1) !== 58) return undefined;
  const trimmed = line.replace(/^[#*•\-\s]+/, '').trim();
  if (trimmed.length === 0 || trimmed.length > 70) return undefined;
  const endsWithColon = trimmed.endsWith(':');
  if (!endsWithColon && (/[.!?]$/.test(trimmed) || trimmed.split(/\s+/).length > 7)) return undefined;
  if (line.trimStart().startsWith('•') && !endsWithColon) return undefined;
  if (PREFERRED_HEADING.test(trimmed)) return 'preferred';
  if (REQUIRED_HEADING.test(trimmed)) return 'required';
  if (NEUTRAL_HEADING.test(trimmed) || endsWithColon) return null;
  return undefined;
}

/**
 * Requirement of each line of `text` (lines start at `lineStarts`), carried
 * down from the last heading. Index i is the section in force on line i.
 * Only lines short enough to be headings are sliced out and read.
 */
export function sectionsByLine(text: string, lineStarts: readonly number[]): SectionKind[] {
  const result: SectionKind[] = [];
  let current: SectionKind = null;
  for (let i = 0; i < lineStarts.length; i++) {
    const start = lineStarts[i] as number;
    const end = i + 1 < lineStarts.length ? (lineStarts[i + 1] as number) - 1 : text.length;
    const kind = end - start <= MAX_HEADING_LINE ? headingKind(text.slice(start, end)) : undefined;
    if (kind !== undefined) current = kind;
    result.push(current);
  }
  return result;
}

export function requirementOf(sentence: string, section: SectionKind): Requirement {
  if (PREFERRED.test(sentence)) return 'preferred';
  if (section) return section;
  if (REQUIRED.test(sentence)) return 'required';
  return 'unknown';
}
