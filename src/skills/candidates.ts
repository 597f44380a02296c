// Finds every place an alias of the taxonomy is written, in one pass over the
// words of the text: each word is looked up once in the first-word index.
import {
  type CompiledAlias,
  type CompiledTaxonomy,
  HASH_SEED,
  hashStep,
  slotOf,
  type WordBucket,
} from '../taxonomy/compile.js';
import { foldCode, isInlineSpace, isWordCode, lowerCode } from '../text/chars.js';
import { CodeUnitReader } from '../text/code-units.js';
import { type Cues, emptyCues, recordCue } from './cue-words.js';
import { BREAK_CHARS, emptyIndex, noteBreak, type TextIndex } from './text-index.js';

export interface Candidate {
  alias: CompiledAlias;
  start: number;
  end: number;
}

/** Words longer than this are never aliases (saves work on base64 and junk). */
const MAX_WORD = 40;

export function findCandidates(text: string, taxonomy: CompiledTaxonomy): Candidate[] {
  return scanText(text, taxonomy, null).candidates;
}

export interface Scan {
  candidates: Candidate[];
  cues: Cues;
  /** Line starts and sentence ends. */
  index: TextIndex;
  /** Start of every word that holds an ASCII digit, in order: where a salary can be (see parseSalaryText). */
  numberWords: number[];
}

/** One pass over the words: skill candidates, lines and sentences, and the cue words when `cues` is given. */
export function scanText(text: string, taxonomy: CompiledTaxonomy, cues: Cues | null): Scan {
  const units = reader.read(text);
  const found: Candidate[] = [];
  const index = emptyIndex();
  const numberWords: number[] = [];
  const { buckets, slots, slotHashes, sharedSlots } = taxonomy;
  const n = text.length;
  let i = 0;
  while (i < n) {
    // Hot loop: the word's hash is built as it is read.
    const c = units[i] as number;
    let f = foldedWordCode(c);
    if (f === 0) {
      if (c < 64 && BREAK_CHARS[c] === 1) noteBreak(units, i, index);
      i++;
      continue;
    }
    let hash = hashStep(HASH_SEED, f & 127);
    let flags = f;
    let j = i + 1;
    for (; j < n; j++) {
      const d = units[j] as number;
      f = foldedWordCode(d);
      if (f === 0) break;
      hash = hashStep(hash, f & 127);
      flags |= f;
    }
    if ((flags & DIGIT_BIT) !== 0) numberWords.push(i);
    const length = j - i;
    const s = slotOf(hash);
    const slot = slots[s] as number;
    if (slot >= 0 && length <= MAX_WORD && (slotHashes[s] === hash || sharedSlots[s] === 1)) {
      const bucket = buckets[slot] as readonly WordBucket[];
      for (let b = 0; b < bucket.length; b++) {
        const entry = bucket[b] as WordBucket;
        if (entry.hash !== hash || entry.key.length !== length || !sameWord(units, i, entry.key)) continue;
        if (entry.aliases.length > 0) collectAt(units, i, j, entry.aliases, found);
        if (cues) for (const kind of entry.cues) recordCue(text, i, j, entry.key, kind, cues);
      }
    }
    i = j;
  }
  return { candidates: found, cues: cues ?? emptyCues(), index, numberWords };
}

/** Does the word at `start` equal `key` (lower case), ignoring case? */
function sameWord(units: Uint16Array, start: number, key: string): boolean {
  for (let k = 0; k < key.length; k++) {
    const code = units[start + k] as number;
    const want = key.charCodeAt(k);
    if (code === want || lowerCode(code) === want) continue;
    if (code < 128 || String.fromCharCode(code).toLowerCase() !== key.charAt(k)) return false;
  }
  return true;
}

/**
 * Every UTF-16 code unit → 0 when it is not part of a word, else its foldCode
 * in the low 7 bits (bit 8 set for other scripts, so that it is never 0;
 * DIGIT_BIT set for ASCII digits). Filled once, for all 65,536 code units
 * (about 5 ms at load): a table the hot loop can read without a
 * "not known yet" check costs 10% less per character than a lazily learnt one.
 */
const DIGIT_BIT = 512;
const WORD_FOLD = (() => {
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (!isWordCode(code)) continue;
    table[code] = foldCode(code) | (code < 128 ? 0 : 256) | (code >= 48 && code <= 57 ? DIGIT_BIT : 0);
  }
  return table;
})();

function foldedWordCode(code: number): number {
  return WORD_FOLD[code] as number;
}

function collectAt(
  units: Uint16Array,
  wordStart: number,
  wordEnd: number,
  aliases: readonly CompiledAlias[],
  found: Candidate[],
): void {
  // What follows the word, read once: most multi-word aliases are ruled out
  // on it without a full comparison.
  // (Reads past the end are avoided: each one deoptimizes the compiled code.)
  const n = units.length;
  const after = wordEnd < n ? (units[wordEnd] as number) : 0;
  let nextWordStart = wordEnd;
  while (nextWordStart < n && isInlineSpace(units[nextWordStart] as number)) nextWordStart++;
  const nextWordRaw = nextWordStart < n ? (units[nextWordStart] as number) : 0;
  const nextWordFirst = lowerCode(nextWordRaw);
  // Aliases are sorted longest first: keep only the longest per skill here.
  let seen: string[] | null = null;
  for (const alias of aliases) {
    if (alias.firstWordEnd < alias.text.length) {
      const want = alias.text.charCodeAt(alias.firstWordEnd);
      if (want === 32) {
        if (!isInlineSpace(after)) continue;
        const second = alias.text.charCodeAt(alias.firstWordEnd + 1);
        if (second !== nextWordFirst && second !== nextWordRaw) continue;
      } else if (want !== after && want !== lowerCode(after)) continue;
    }
    if (seen?.includes(alias.skill.id)) continue;
    const start = wordStart - alias.lead;
    const end = matchAt(units, start, alias);
    if (end < 0) continue;
    found.push({ alias, start, end });
    seen ??= [];
    seen.push(alias.skill.id);
  }
}

/** End offset of `alias` written at `start`, or -1. */
function matchAt(units: Uint16Array, start: number, alias: CompiledAlias): number {
  if (start < 0 || !leftBoundary(units, start, alias.lead > 0)) return -1;
  const pattern = alias.text;
  const n = units.length;
  let p = start;
  for (let k = 0; k < pattern.length; k++) {
    if (p >= n) return -1;
    const want = pattern.charCodeAt(k);
    if (want === 32) {
      if (!isInlineSpace(units[p] as number)) return -1;
      while (p < n && isInlineSpace(units[p] as number)) p++;
      continue;
    }
    const got = alias.exactCase ? (units[p] as number) : lowerCode(units[p] as number);
    if (got !== want) return -1;
    p++;
  }
  return rightBoundary(units, p, pattern) ? p : -1;
}

function leftBoundary(units: Uint16Array, start: number, aliasStartsWithSymbol: boolean): boolean {
  if (start === 0) return true;
  const prev = units[start - 1] as number;
  if (isWordCode(prev)) return false;
  if (aliasStartsWithSymbol) return true;
  // ".js" in "Node.js", "#go" hashtags, "_rust" identifiers, "@kafka" handles.
  if (prev === 46 || prev === 35 || prev === 43 || prev === 95 || prev === 64) return false;
  // The second half of a hyphenated compound ("T-SQL", "non-Go") is not the skill.
  if (prev === 45 && isWordUnit(units, start - 2)) return false;
  return true;
}

function rightBoundary(units: Uint16Array, end: number, pattern: string): boolean {
  if (end >= units.length) return true;
  const next = units[end] as number;
  const endsWithWord = isWordCode(pattern.charCodeAt(pattern.length - 1));
  if (endsWithWord && isWordCode(next)) return false;
  // "C" in "C++" / "C#"; "R" in "R&D"; "Node" in "Node.js"; "go" in "go@".
  if (endsWithWord && (next === 43 || next === 35 || next === 64)) return false;
  if ((next === 46 || next === 38 || next === 95) && isWordUnit(units, end + 1)) return false;
  return true;
}

function isWordUnit(units: Uint16Array, index: number): boolean {
  return index >= 0 && index < units.length && isWordCode(units[index] as number);
}

// One reader for the module: scanText reads one text at a time and never calls itself.
const reader = new CodeUnitReader();
