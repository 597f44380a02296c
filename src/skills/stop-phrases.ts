// Drops matches inside a stop phrase (src/taxonomy/stop-phrases.ts) or
// inside the posting's own company name.
import { STOP_SKILL_ID } from '../taxonomy/stop-phrases.js';
import { isWordAt } from '../text/chars.js';
import type { Candidate } from './candidates.js';

export interface Span {
  start: number;
  end: number;
}

/** Where the company's own name stands in the text (only worth finding when it contains an alias). */
export function companySpans(text: string, company: string | null | undefined): Span[] {
  const name = company?.trim().toLowerCase();
  if (!name || name.length < 2) return [];
  const lower = text.toLowerCase();
  // toLowerCase keeps UTF-16 length for almost all text; if not, offsets would shift.
  if (lower.length !== text.length) return [];
  const spans: Span[] = [];
  for (let at = lower.indexOf(name); at !== -1; at = lower.indexOf(name, at + name.length)) {
    if (!isWordAt(lower, at - 1) && !isWordAt(lower, at + name.length))
      spans.push({ start: at, end: at + name.length });
  }
  return spans;
}

/** Removes stop-phrase matches, and skill matches inside them or inside `extra` spans. */
export function dropStopped(candidates: Candidate[], extra: Span[]): Candidate[] {
  const stops: Span[] = [...extra];
  for (const c of candidates) if (c.alias.skill.id === STOP_SKILL_ID) stops.push(c);
  if (stops.length === 0) return candidates;
  return candidates.filter(
    (c) => c.alias.skill.id !== STOP_SKILL_ID && !stops.some((s) => s.start <= c.start && c.end <= s.end),
  );
}
