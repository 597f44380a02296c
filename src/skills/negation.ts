// Negated mentions ("no Kubernetes experience needed", "you don’t need to
// know Rust", "Java is not required") are not demand for the skill. The
// negating words of a text are found once; each match then finds the
// nearest one by binary search.
import type { Cues } from './cue-words.js';
import { findCues } from './cues.js';
import { firstAtLeast, lastAtMost } from '../text/sorted.js';

/** A negation after the skill: "… is not required". */
const CUE_AFTER =
  /^[^.!?;\n]{0,60}?\b(?:(?:is|are)\s+)?(?:not|n[’']t|never)\s+(?:required|needed|necessary|expected|mandatory|a\s+(?:must|requirement|prerequisite))\b/i;
const SOFTENER = /\b(?:plus|bonus|nice|preferred|ideally|helpful|welcome)\b/i;
/** A clause ends between the negating word and the skill: the negation does not reach it. */
const CLAUSE_BREAK = /[.!?;:\n]|\bbut\b/i;

/** How far back a negating word may stand, in characters and in words. */
const WINDOW = 80;
const MAX_WORDS_BETWEEN = 5;

/** At most one word between a comparison and the skill ("alternative to Amazon's S3" is still one). */
const ONE_WORD_GAP = /^\s+(?:\S+\s+)?$/;

export interface NegationIndex {
  isNegated(start: number, end: number): boolean;
}

export function negationIndex(text: string, cues: Cues = findCues(text)): NegationIndex {
  const cueEnds = cues.negation.map((c) => c.end);
  // "not", "never" and the "n't" forms: where one stands, a "… is not
  // required" after a skill may follow.
  const negatives = cues.negation
    .filter((c) => /(?:not|never|n[’']?t)$/i.test(c.word))
    .map((c) => c.end - c.word.length);

  const negatedBefore = (start: number): boolean => {
    const k = lastAtMost(cueEnds, start);
    if (k < 0) return false;
    const cueEnd = cueEnds[k] as number;
    if (start - cueEnd > WINDOW) return false;
    const between = text.slice(cueEnd, start);
    if (CLAUSE_BREAK.test(between)) return false;
    const words = between.trim();
    return words === '' || words.split(/\s+/).length <= MAX_WORDS_BETWEEN;
  };

  const negatedAfter = (end: number): boolean => {
    // The negative word may start a few characters before the skill ends ("isn't" after "Go isn't").
    const k = firstAtLeast(negatives, end - 4);
    if (k >= negatives.length || (negatives[k] as number) > end + 90) return false;
    const tail = text.slice(end, end + 90);
    const m = CUE_AFTER.exec(tail);
    // "Kafka is a plus, not required" is a nice-to-have, not a negation.
    return m !== null && !SOFTENER.test(tail.slice(0, m.index + m[0].length));
  };

  const comparisonEnds = cues.comparisonEnds;
  const compared = (start: number): boolean => {
    const k = lastAtMost(comparisonEnds, start);
    return k >= 0 && ONE_WORD_GAP.test(text.slice(comparisonEnds[k] as number, start));
  };

  return { isNegated: (start, end) => negatedBefore(start) || negatedAfter(end) || compared(start) };
}
