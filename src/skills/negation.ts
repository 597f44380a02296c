// Negated mentions ("no Kubernetes experience needed", "you don’t need to
// know Rust", "Java is not required") are not demand for the skill. The
// negating words and clause breaks of a text are found once; each match is
// then checked by binary search.
import { firstAtLeast, lastAtMost } from '../text/sorted.js';

/** A negating word (before the skill, in the same clause). */
const CUE_BEFORE = /\b(?:no|not|without|never|zero|(?:do|does|wo|will|is|are|need)(?:n[’']?t| not))\b/gi;
/** "not only", "no matter", "no problem" … negate nothing. */
const NOT_A_NEGATION = /^[- ](?:only|just|limited|matter|sure|problem|worries|exception)\b/i;
/** A negation after the skill: "… is not required". */
const CUE_AFTER =
  /^[^.!?;\n]{0,60}?\b(?:(?:is|are)\s+)?(?:not|n[’']t|never)\s+(?:required|needed|necessary|expected|mandatory|a\s+(?:must|requirement|prerequisite))\b/i;
const SOFTENER = /\b(?:plus|bonus|nice|preferred|ideally|helpful|welcome)\b/i;
const CLAUSE_BREAK = /[.!?;:\n]|\bbut\b/gi;

/** How far back a negating word may stand, in characters and in words. */
const WINDOW = 80;
const MAX_WORDS_BETWEEN = 5;

/** "an alternative to AWS", "instead of Java": named, but not the stack. */
const COMPARISON_BEFORE =
  /(?:\b(?:alternatives? to|instead of|rather than|unlike|replacements? for|competitors? (?:to|of)|similar to|comparable to|migrat(?:e|ed|ing) (?:away )?from|moving (?:away )?from)|\(\s*think)\s+(?:\S+\s+)?$/i;

export interface NegationIndex {
  isNegated(start: number, end: number): boolean;
}

export function negationIndex(text: string): NegationIndex {
  const cues = Array.from(text.matchAll(CUE_BEFORE)).filter(
    (m) => !NOT_A_NEGATION.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)),
  );
  const cueEnds = cues.map((m) => m.index + m[0].length);
  // "not", "never" and the "n't" forms are cues too: where one stands, a
  // "… is not required" after a skill may follow.
  const negatives = cues.filter((m) => /(?:not|never|n[’']?t)$/i.test(m[0])).map((m) => m.index);
  const breaks = Array.from(text.matchAll(CLAUSE_BREAK), (m) => m.index);

  const negatedBefore = (start: number): boolean => {
    const k = lastAtMost(cueEnds, start);
    if (k < 0) return false;
    const cueEnd = cueEnds[k] as number;
    if (start - cueEnd > WINDOW) return false;
    const b = firstAtLeast(breaks, cueEnd);
    if (b < breaks.length && (breaks[b] as number) < start) return false;
    const between = text.slice(cueEnd, start).trim();
    return between === '' || between.split(/\s+/).length <= MAX_WORDS_BETWEEN;
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

  const compared = (start: number): boolean => COMPARISON_BEFORE.test(text.slice(Math.max(0, start - 40), start));

  return { isNegated: (start, end) => negatedBefore(start) || negatedAfter(end) || compared(start) };
}
