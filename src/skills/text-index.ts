// Lines and sentences of a text, found in one pass, so each skill mention
// finds its line and sentence by binary search instead of re-scanning.
import { firstAtLeast, lastAtMost, lastBelow } from '../text/sorted.js';

export interface TextIndex {
  lineStarts: number[];
  /** Offsets of the characters that end a sentence: [.!?;] or a line break ("." only before a space). */
  sentenceEnds: number[];
}

/** How far a sentence reaches either side of a mention at most. */
const MAX_REACH = 300;

export function indexText(text: string): TextIndex {
  const lineStarts = [0];
  const sentenceEnds: number[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      lineStarts.push(i + 1);
      sentenceEnds.push(i);
    } else if (code === 33 || code === 63 || code === 59) {
      sentenceEnds.push(i);
    } else if (code === 46) {
      // "Node.js" and "e.g.x" do not end a sentence; ". " does.
      const next = text.charCodeAt(i + 1);
      if (i + 1 >= n || next === 32 || next === 10 || next === 9) sentenceEnds.push(i);
    }
  }
  return { lineStarts, sentenceEnds };
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
