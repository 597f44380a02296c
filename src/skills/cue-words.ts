// Cue words the enrichment rules need (negations, comparisons, work-mode and
// AI words, years). They sit in the same word table as skill aliases, so the
// one pass that finds skills records them too; a small check at each hit
// confirms the multi-word forms ("instead of", "machine learning").

export type CueKind = 'negation' | 'comparison' | 'workMode' | 'ai' | 'years';

export interface Cues {
  /** Where each negating word ends ("no", "don't", "never" …), with the word. */
  negation: Array<{ end: number; word: string }>;
  /** Where each comparison ends ("alternative to", "instead of", "(think"). */
  comparisonEnds: number[];
  /** Offsets of work-mode words (remote, hybrid, office, relocate, week …). */
  workMode: number[];
  /** Offsets of AI words (AI, ML, LLM, machine learning, agentic …). */
  ai: number[];
  /** Offsets of "year(s)" / "yr(s)". */
  years: number[];
}

const words = (kind: CueKind, list: string) => list.split(' ').map((w) => [w, kind] as const);

/** Lower-case word → its kind. */
export const CUE_WORDS: ReadonlyMap<string, CueKind> = new Map([
  ...words(
    'negation',
    'no not without never zero dont doesnt isnt arent wont neednt didnt don doesn isn aren won needn didn',
  ),
  ...words(
    'comparison',
    'alternative alternatives instead rather unlike replacement replacements competitor competitors similar comparable migrate migrated migrating moving think',
  ),
  ...words(
    'workMode',
    'remote remotely remotes hybrid onsite site office offices person wfh anywhere distributed relocate relocation relocating headquarters hq week weeks home',
  ),
  ...words('ai', 'ai ml llm llms artificial genai machine agentic coding'),
  ...words('years', 'year years yr yrs'),
]);

export function emptyCues(): Cues {
  return { negation: [], comparisonEnds: [], workMode: [], ai: [], years: [] };
}

/** "not only", "no matter", "no problem" … negate nothing. */
const NOT_A_NEGATION = /[- ](?:only|just|limited|matter|sure|problem|worries|exception)\b/iy;
/** The "'t" of "don't" (straight or curly). */
const APOSTROPHE_T = /[’']t\b/iy;
const COMPARISON_AT =
  /(?:alternatives? to|instead of|rather than|unlike|replacements? for|competitors? (?:to|of)|similar to|comparable to|migrat(?:e|ed|ing) (?:away )?from|moving (?:away )?from)\b/iy;
const AI_AT = /(?:artificial intelligence|machine learning|coding assistants?)\b/iy;

/** At most this many cues of one kind are kept (a pasted log can hold thousands). */
const MAX_PER_KIND = 2_000;

const stickyAt = (pattern: RegExp, text: string, at: number): number => {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : -1;
};

/** Records the cue word `word` (lower case) found at [start, end) if its full form is there. */
export function recordCue(text: string, start: number, end: number, word: string, kind: CueKind, cues: Cues): void {
  switch (kind) {
    case 'negation': {
      if (cues.negation.length >= MAX_PER_KIND) return;
      let cueEnd = end;
      let cue = word;
      if (word.length > 2 && /^(?:don|doesn|isn|aren|won|needn|didn)$/.test(word)) {
        const after = stickyAt(APOSTROPHE_T, text, end);
        if (after < 0) return;
        cueEnd = after;
        cue = `${word}'t`;
      }
      if (stickyAt(NOT_A_NEGATION, text, cueEnd) >= 0) return;
      cues.negation.push({ end: cueEnd, word: cue });
      return;
    }
    case 'comparison': {
      if (cues.comparisonEnds.length >= MAX_PER_KIND) return;
      if (word === 'think') {
        // "(think S3)": an analogy, only after an opening bracket.
        let k = start - 1;
        while (k >= 0 && text.charCodeAt(k) === 32) k--;
        if (text.charCodeAt(k) === 40) cues.comparisonEnds.push(end);
        return;
      }
      const after = stickyAt(COMPARISON_AT, text, start);
      if (after >= 0) cues.comparisonEnds.push(after);
      return;
    }
    case 'ai':
      if (cues.ai.length >= MAX_PER_KIND) return;
      if ((word === 'artificial' || word === 'machine' || word === 'coding') && stickyAt(AI_AT, text, start) < 0)
        return;
      cues.ai.push(start);
      return;
    case 'workMode':
      if (cues.workMode.length < MAX_PER_KIND) cues.workMode.push(start);
      return;
    case 'years':
      if (cues.years.length < MAX_PER_KIND) cues.years.push(start);
      return;
  }
}
