// Lines and sentences of a text, noted by the word scanner as it passes, so
// each skill mention finds its line and sentence by binary search.
import { isSpaceCode } from '../text/chars.js';
import { firstAtLeast, lastAtMost, lastBelow } from '../text/sorted.js';

export interface TextIndex {
  lineStarts: number[];
  /** Offsets of the characters that end a sentence: [.!?;] or a line break ("." only before a space). */
  sentenceEnds: number[];
}

/** How far a sentence reaches either side of a mention at most. */
const MAX_REACH = 300;

export function emptyIndex(): TextIndex {
  return { lineStarts: [0], sentenceEnds: [] };
}

/** 1 for the characters noteBreak must see: \n . ! ? ; */
export const BREAK_CHARS = new Uint8Array(64);
for (const ch of '\n.!?;') BREAK_CHARS[ch.charCodeAt(0)] = 1;

/**
 * Records the break character at `i` (one of BREAK_CHARS) into `index`. The
 * word scanner calls it as it passes, so lines and sentences cost no pass of
 * their own. A "." ends a sentence only before white space or the end
 * ("Node.js" ends nothing).
 */
export function noteBreak(units: Uint16Array, i: number, index: TextIndex): void {
  const c = units[i] as number;
  if (c === 10) {
    index.lineStarts.push(i + 1);
    index.sentenceEnds.push(i);
  } else if (c !== 46 || i + 1 >= units.length || isSpaceCode(units[i + 1] as number)) {
    index.sentenceEnds.push(i);
  }
}

export function lineIndexOf(index: TextIndex, offset: number): number {
  return Math.max(0, lastAtMost(index.lineStarts, offset));
}

/** [from, to) of the sentence holding [start, end). */
export function sentenceBounds(index: TextIndex, textLength: number, start: number, end: number): [number, number] {
  const before = lastBelow(index.sentenceEnds, start);
  const from = Math.max(before < 0 ? 0 : (index.sentenceEnds[before] as number) + 1, start - MAX_REACH);
  const after = firstAtLeast(index.sentenceEnds, end, before + 1);
  const to = Math.min(
    after < index.sentenceEnds.length ? (index.sentenceEnds[after] as number) : textLength,
    end + MAX_REACH,
  );
  return [from, to];
}
