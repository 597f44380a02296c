// Cue words the enrichment rules need (negations, comparisons, work-mode and
// AI words, years). They sit in the same word table as skill aliases, so the
// one pass that finds skills records them too; a small check at each hit
// confirms the multi-word forms ("instead of", "machine learning").

export type CueKind = 'negation' | 'comparison' | 'workMode' | 'ai' | 'years' | 'preferred' | 'required';

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
  /** Where nice-to-have phrases start ("nice to have", "a plus", "bonus" …). */
  preferred: number[];
  /** Where must-have phrases start ("required", "must", "strong experience", "5+ years" …). */
  required: number[];
}

const CUE_LISTS: ReadonlyArray<readonly [CueKind, string]> = [
  ['negation', 'no not without never zero dont doesnt isnt arent wont neednt didnt don doesn isn aren won needn didn'],
  [
    'comparison',
    'alternative alternatives instead rather unlike replacement replacements competitor competitors similar comparable migrate migrated migrating moving think',
  ],
  [
    'workMode',
    'remote remotely remotes hybrid onsite site office offices person wfh anywhere distributed relocate relocation relocating headquarters hq week weeks home',
  ],
  ['ai', 'ai ml llm llms artificial genai machine agentic coding'],
  ['years', 'year years yr yrs'],
  // A word may carry several kinds: "not required" is a nice-to-have, "5+ years" a must-have.
  [
    'preferred',
    'not nice bonus preferred pluses plus ideally desirable desired would good extra optional helpful welcome better brownie',
  ],
  [
    'required',
    'required requirement requirements must mandatory essential need needed require requires minimum proficient proficiency expert expertise strong solid deep year years yr yrs',
  ],
];

/** Lower-case word → its kinds. */
export const CUE_WORDS: ReadonlyMap<string, readonly CueKind[]> = (() => {
  const byWord = new Map<string, CueKind[]>();
  for (const [kind, list] of CUE_LISTS) {
    for (const word of list.split(' ')) byWord.set(word, [...(byWord.get(word) ?? []), kind]);
  }
  return byWord;
})();

export function emptyCues(): Cues {
  return { negation: [], comparisonEnds: [], workMode: [], ai: [], years: [], preferred: [], required: [] };
}

/** "not only", "no matter", "no problem" … negate nothing. */
const NOT_A_NEGATION = /[- ](?:only|just|limited|matter|sure|problem|worries|exception)\b/iy;
/** The "'t" of "don't" (straight or curly). */
const APOSTROPHE_T = /[’']t\b/iy;
const COMPARISON_AT =
  /(?:alternatives? to|instead of|rather than|unlike|replacements? for|competitors? (?:to|of)|similar to|comparable to|migrat(?:e|ed|ing) (?:away )?from|moving (?:away )?from)\b/iy;
const AI_AT = /(?:artificial intelligence|machine learning|coding assistants?)\b/iy;
/** The full forms of the preferred cue words that need more than the word. */
const PREFERRED_AT =
  /(?:nice[- ]to[- ]haves?|would be (?:great|nice|awesome|a plus)|would love|good to have|extra credit|brownie points)\b/iy;
/** The words before "plus", "welcome" and "better" that make each a cue ("a big plus", "is welcome", "even better"). */
const PREFERRED_BEFORE: Readonly<Record<string, RegExp>> = {
  plus: /\ba (?:big |huge |strong |great )?$/i,
  welcome: /\b(?:is|are) $/i,
  better: /\beven $/i,
};
const REQUIRED_AT =
  /(?:strong (?:experience|knowledge|background|skills)|solid (?:experience|knowledge|understanding)|deep (?:experience|knowledge|understanding))\b/iy;
/** "5 years", "3+ years": a number of years is a requirement. */
const NUMBER_BEFORE = /\d\+? $/;
/** "not required": a nice-to-have. */
const NOT_REQUIRED = / required\b/iy;

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
      if (APOSTROPHE_WORDS.has(word)) {
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
    case 'preferred': {
      if (cues.preferred.length >= MAX_PER_KIND) return;
      const before = PREFERRED_BEFORE[word];
      if (word === 'not') {
        if (stickyAt(NOT_REQUIRED, text, end) >= 0) cues.preferred.push(start);
      } else if (before) {
        if (before.test(text.slice(Math.max(0, start - 12), start))) cues.preferred.push(start);
      } else if (NEEDS_MORE.has(word)) {
        if (stickyAt(PREFERRED_AT, text, start) >= 0) cues.preferred.push(start);
      } else cues.preferred.push(start);
      return;
    }
    case 'required':
      if (cues.required.length >= MAX_PER_KIND) return;
      if (YEAR_WORDS.has(word)) {
        if (NUMBER_BEFORE.test(text.slice(Math.max(0, start - 3), start))) cues.required.push(start);
      } else if (word !== 'strong' && word !== 'solid' && word !== 'deep') cues.required.push(start);
      else if (stickyAt(REQUIRED_AT, text, start) >= 0) cues.required.push(start);
      return;
  }
}

const YEAR_WORDS = new Set(['year', 'years', 'yr', 'yrs']);

/** Negations written with an apostrophe ("don't"): the word counts only with its "'t". */
const APOSTROPHE_WORDS = new Set(['don', 'doesn', 'isn', 'aren', 'won', 'needn', 'didn']);

/** Preferred cue words that only count in their full phrase. */
const NEEDS_MORE = new Set(['nice', 'would', 'good', 'extra', 'brownie']);
