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

/** [!?;], or a "." before white space or the end ("Node.js" ends nothing). */
const SENTENCE_END = /[!?;]|\.(?=\s|$)/g;

export function indexText(text: string): TextIndex {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  // Line breaks end sentences too: merge them with the punctuation, in order.
  const punctuation = Array.from(text.matchAll(SENTENCE_END), (m) => m.index);
  const sentenceEnds: number[] = [];
  let p = 0;
  for (let l = 1; l < lineStarts.length; l++) {
    const lineBreak = (lineStarts[l] as number) - 1;
    while (p < punctuation.length && (punctuation[p] as number) < lineBreak)
      sentenceEnds.push(punctuation[p++] as number);
    sentenceEnds.push(lineBreak);
  }
  while (p < punctuation.length) sentenceEnds.push(punctuation[p++] as number);
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
