// Tags a posting with the skills it asks for or works with, each with its
// evidence and whether it stands in a required or nice-to-have part.
import type { Requirement } from '../domain.js';
import type { CompiledTaxonomy } from '../taxonomy/compile.js';
import { canonicalText } from '../text/html-to-text.js';
import { maskUrlsAndEmails } from '../text/mask.js';
import { type Candidate, findCandidates, scanText } from './candidates.js';
import { type Cues, emptyCues } from './cue-words.js';
import { dropShadowed, hasContextWord, isListGap, onStackLine, passesWordGuards, startsSentence } from './context.js';
import { negationIndex } from './negation.js';
import { requirementOf, sectionReader } from './requirement.js';
import { type TextIndex, lineIndexOf, sentenceBounds } from './text-index.js';
import { companySpans, dropStopped } from './stop-phrases.js';

export interface Evidence {
  /** The text that matched. */
  text: string;
  field: 'title' | 'description';
  /** Offsets in the field's text (UTF-16 code units). */
  start: number;
  end: number;
}

export interface SkillTag {
  id: string;
  category: string;
  requirement: Requirement;
  evidence: Evidence;
}

export interface SkillInput {
  title: string;
  /** Plain description text (see htmlToText). */
  text: string;
  /** The hiring company: its own name is never a skill ("Spring Health"). */
  company?: string | null;
}

export interface SkillScan {
  skills: SkillTag[];
  /** The cue words of the description, found by the same pass (offsets as in `text`). */
  cues: Cues;
  /** Where the description's words with digits start (see Scan.numberWords). */
  numberWords: number[];
}

const RANK: Record<Requirement, number> = { required: 3, preferred: 2, unknown: 1 };

export function extractSkills(input: SkillInput, taxonomy: CompiledTaxonomy): SkillTag[] {
  return scanSkills(input, taxonomy).skills;
}

export function scanSkills(input: SkillInput, taxonomy: CompiledTaxonomy): SkillScan {
  const tags = new Map<string, SkillTag>();
  const add = (tag: SkillTag) => {
    const have = tags.get(tag.id);
    if (!have || RANK[tag.requirement] > RANK[have.requirement]) tags.set(tag.id, tag);
  };

  // Short strings are made flat here (see canonicalText); the description is htmlToText's, already flat.
  const companyName = input.company ? canonicalText(input.company) : null;
  const company = companyName && findCandidates(companyName, taxonomy).length > 0 ? companyName : null;

  const titleText = canonicalText(input.title);
  const title = maskUrlsAndEmails(titleText);
  const titleScan = scanText(title, taxonomy, null);
  for (const c of acceptedMatches(title, titleScan.candidates, titleScan.index, company, true)) {
    add(tagFor(c, titleText, 'title', 'required'));
  }

  const body = maskUrlsAndEmails(input.text);
  const scan = scanText(body, taxonomy, emptyCues());
  const { index } = scan;
  const sectionOf = sectionReader(body, index.lineStarts, scan.cues);
  const matches = firstOccurrences(acceptedMatches(body, scan.candidates, index, company));
  const negated = negations(body, matches, scan.cues);
  // Mentions in one sentence share its cue words: read them once per sentence (keyed by its start).
  const bySentence = new Map<number, Requirement>();
  matches.forEach((c, i) => {
    // A skill already required can rank no higher: its later mentions are not read.
    if (negated[i] || tags.get(c.alias.skill.id)?.requirement === 'required') return;
    const line = lineIndexOf(index, c.start);
    const [from, to] = sentenceBounds(index, body.length, c.start, c.end);
    let requirement = bySentence.get(from);
    if (requirement === undefined) {
      requirement = requirementOf(scan.cues, from, to, sectionOf(line));
      bySentence.set(from, requirement);
    }
    add(tagFor(c, input.text, 'description', requirement));
  });

  for (const tag of [...tags.values()]) {
    for (const implied of taxonomy.skills.get(tag.id)?.implies ?? []) {
      const skill = taxonomy.skills.get(implied);
      if (skill) add({ ...tag, id: skill.id, category: skill.category });
    }
  }
  const skills = [...tags.values()].sort(
    (a, b) =>
      Number(a.evidence.field === 'description') - Number(b.evidence.field === 'description') ||
      a.evidence.start - b.evidence.start,
  );
  return { skills, cues: scan.cues, numberWords: scan.numberWords };
}

function tagFor(c: Candidate, original: string, field: Evidence['field'], requirement: Requirement): SkillTag {
  const skill = c.alias.skill;
  return {
    id: skill.id,
    category: skill.category,
    requirement,
    evidence: { text: original.slice(c.start, c.end), field, start: c.start, end: c.end },
  };
}

/**
 * How many mentions of one skill are examined. The first few decide its
 * requirement; the 500th "Go" in a pasted log adds nothing but work.
 */
const MAX_MENTIONS_PER_SKILL = 25;

function firstOccurrences(matches: Candidate[]): Candidate[] {
  const seen = new Map<string, number>();
  return matches.filter((c) => {
    const n = (seen.get(c.alias.skill.id) ?? 0) + 1;
    seen.set(c.alias.skill.id, n);
    return n <= MAX_MENTIONS_PER_SKILL;
  });
}

/** Candidates that survive the word guards and, when ambiguous, have technical context. */
function acceptedMatches(
  text: string,
  scanned: Candidate[],
  index: TextIndex,
  company: string | null | undefined,
  inTitle = false,
): Candidate[] {
  const found = dropStopped(scanned, companySpans(text, company));
  const candidates = dropShadowed(found).filter((c) => passesWordGuards(text, c));
  const stackLines = new Map<number, boolean>();
  const isStackLine = (offset: number) => {
    const lineStart = index.lineStarts[lineIndexOf(index, offset)] ?? 0;
    let known = stackLines.get(lineStart);
    if (known === undefined) {
      known = onStackLine(text, lineStart);
      stackLines.set(lineStart, known);
    }
    return known;
  };
  const accepted = candidates.map(
    (c) => !c.alias.needsContext || hasContextWord(text, c, inTitle) || isStackLine(c.start),
  );
  acceptBySentenceDensity(text, index, candidates, accepted);
  // An ambiguous name in a list next to an accepted skill is a skill too
  // ("Python, Go and C"); a few passes let acceptance travel along the list.
  for (let pass = 0, changed = true; changed && pass < 4; pass++) {
    changed = false;
    candidates.forEach((c, i) => {
      if (accepted[i]) return;
      const prev = neighbour(candidates, i, -1);
      const next = neighbour(candidates, i, 1);
      const ok =
        (prev >= 0 && accepted[prev] && isListGap(text, (candidates[prev] as Candidate).end, c.start)) ||
        (next >= 0 && accepted[next] && isListGap(text, c.end, (candidates[next] as Candidate).start));
      if (ok) {
        accepted[i] = true;
        changed = true;
      }
    });
  }
  return candidates.filter((_, i) => accepted[i]);
}

/** Confirmed skills in one sentence that make its capitalized ambiguous names technical. */
const DENSE_SENTENCE = 2;

/**
 * "We run Nomad for scheduling, Consul for discovery and Terraform for the
 * rest": a capitalized, exact-case name in the middle of a sentence that
 * already names two confirmed skills is the tool, not the English word.
 */
function acceptBySentenceDensity(text: string, index: TextIndex, candidates: Candidate[], accepted: boolean[]): void {
  let i = 0;
  while (i < candidates.length) {
    const first = candidates[i] as Candidate;
    const [, end] = sentenceBounds(index, text.length, first.start, first.end);
    let j = i;
    let confirmed = 0;
    while (j < candidates.length && (candidates[j] as Candidate).start < end) {
      if (accepted[j] && !(candidates[j] as Candidate).alias.needsContext) confirmed++;
      j++;
    }
    if (confirmed >= DENSE_SENTENCE) {
      for (let k = i; k < j; k++) {
        const c = candidates[k] as Candidate;
        if (!accepted[k] && c.alias.exactCase && !c.alias.listOnly && !startsSentence(text, c.start))
          accepted[k] = true;
      }
    }
    i = Math.max(j, i + 1);
  }
}

/** Index of the nearest candidate before (-1) or after (1) that does not overlap. */
function neighbour(candidates: Candidate[], i: number, direction: 1 | -1): number {
  const c = candidates[i] as Candidate;
  for (let k = i + direction; k >= 0 && k < candidates.length; k += direction) {
    const other = candidates[k] as Candidate;
    if (direction < 0 ? other.end <= c.start : other.start >= c.end) return k;
  }
  return -1;
}

/** Negated matches; a negation carries along a list ("no Kubernetes, Docker or Helm"). */
function negations(text: string, matches: Candidate[], cues: Cues): boolean[] {
  if (matches.length === 0) return [];
  const index = negationIndex(text, cues);
  const negated = matches.map((c) => index.isNegated(c.start, c.end));
  for (let i = 1; i < matches.length; i++) {
    const prev = matches[i - 1] as Candidate;
    if (negated[i - 1] && !negated[i] && isListGap(text, prev.end, (matches[i] as Candidate).start)) negated[i] = true;
  }
  return negated;
}
