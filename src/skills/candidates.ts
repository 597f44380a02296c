// Finds every place an alias of the taxonomy is written, in one pass over the
// words of the text: each word is looked up once in the first-word index.
import { type CompiledAlias, type CompiledTaxonomy, type WordBucket, wordKeyHash } from '../taxonomy/compile.js';
import { foldCode, isInlineSpace, isWordAt, isWordCode, lowerCode } from '../text/chars.js';
import { type Cues, emptyCues, recordCue } from './cue-words.js';

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
}

/** One pass over the words: skill candidates, and the cue words when `cues` is given. */
export function scanText(text: string, taxonomy: CompiledTaxonomy, cues: Cues | null): Scan {
  const found: Candidate[] = [];
  const { buckets, slots } = taxonomy;
  const n = text.length;
  let i = 0;
  while (i < n) {
    // Hot loop: ASCII letters and digits are tested inline; other scripts go
    // through isWordCode.
    const c = text.charCodeAt(i);
    if (!(c < 128 ? ASCII_WORD[c] === 1 : isWordCode(c))) {
      i++;
      continue;
    }
    let j = i + 1;
    for (; j < n; j++) {
      const d = text.charCodeAt(j);
      if (!(d < 128 ? ASCII_WORD[d] === 1 : isWordCode(d))) break;
    }
    const length = j - i;
    if (length <= MAX_WORD) {
      const second = length > 1 ? foldCode(text.charCodeAt(i + 1)) : 0;
      const third = length > 2 ? foldCode(text.charCodeAt(i + 2)) : 0;
      const slot = slots[wordKeyHash(foldCode(c), second, third, length)] as number;
      if (slot >= 0) {
        for (const entry of buckets[slot] as readonly WordBucket[]) {
          if (entry.key.length !== length || !sameWord(text, i, entry.key)) continue;
          if (entry.aliases.length > 0) collectAt(text, i, j, entry.aliases, found);
          if (cues && entry.cue) recordCue(text, i, j, entry.key, entry.cue, cues);
        }
      }
    }
    i = j;
  }
  return { candidates: found, cues: cues ?? emptyCues() };
}

/** Does the word at `start` equal `key` (lower case), ignoring case? */
function sameWord(text: string, start: number, key: string): boolean {
  for (let k = 0; k < key.length; k++) {
    const code = text.charCodeAt(start + k);
    const want = key.charCodeAt(k);
    if (code === want || lowerCode(code) === want) continue;
    if (code < 128 || String.fromCharCode(code).toLowerCase() !== key.charAt(k)) return false;
  }
  return true;
}

/** 1 for ASCII letters and digits. */
const ASCII_WORD = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  ASCII_WORD[code] = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0;
}

function collectAt(
  text: string,
  wordStart: number,
  wordEnd: number,
  aliases: readonly CompiledAlias[],
  found: Candidate[],
): void {
  // What follows the word, read once: most multi-word aliases are ruled out
  // on it without a full comparison.
  const after = text.charCodeAt(wordEnd);
  let nextWordStart = wordEnd;
  while (isInlineSpace(text.charCodeAt(nextWordStart))) nextWordStart++;
  const nextWordFirst = lowerCode(text.charCodeAt(nextWordStart));
  // Aliases are sorted longest first: keep only the longest per skill here.
  let seen: string[] | null = null;
  for (const alias of aliases) {
    if (alias.firstWordEnd < alias.text.length) {
      const want = alias.text.charCodeAt(alias.firstWordEnd);
      if (want === 32) {
        if (!isInlineSpace(after)) continue;
        const second = alias.text.charCodeAt(alias.firstWordEnd + 1);
        if (second !== nextWordFirst && second !== text.charCodeAt(nextWordStart)) continue;
      } else if (want !== after && want !== lowerCode(after)) continue;
    }
    if (seen?.includes(alias.skill.id)) continue;
    const start = wordStart - alias.lead;
    const end = matchAt(text, start, alias);
    if (end < 0) continue;
    found.push({ alias, start, end });
    seen ??= [];
    seen.push(alias.skill.id);
  }
}

/** End offset of `alias` written at `start`, or -1. */
function matchAt(text: string, start: number, alias: CompiledAlias): number {
  if (start < 0 || !leftBoundary(text, start, alias.lead > 0)) return -1;
  const pattern = alias.text;
  let p = start;
  for (let k = 0; k < pattern.length; k++) {
    const want = pattern.charCodeAt(k);
    if (want === 32) {
      if (!isInlineSpace(text.charCodeAt(p))) return -1;
      while (isInlineSpace(text.charCodeAt(p))) p++;
      continue;
    }
    const got = alias.exactCase ? text.charCodeAt(p) : lowerCode(text.charCodeAt(p));
    if (got !== want) return -1;
    p++;
  }
  return rightBoundary(text, p, pattern) ? p : -1;
}

function leftBoundary(text: string, start: number, aliasStartsWithSymbol: boolean): boolean {
  if (start === 0) return true;
  const prev = text.charCodeAt(start - 1);
  if (isWordCode(prev)) return false;
  if (aliasStartsWithSymbol) return true;
  // ".js" in "Node.js", "#go" hashtags, "_rust" identifiers, "@kafka" handles.
  if (prev === 46 || prev === 35 || prev === 43 || prev === 95 || prev === 64) return false;
  // The second half of a hyphenated compound ("T-SQL", "non-Go") is not the skill.
  if (prev === 45 && isWordAt(text, start - 2)) return false;
  return true;
}

function rightBoundary(text: string, end: number, pattern: string): boolean {
  if (end >= text.length) return true;
  const next = text.charCodeAt(end);
  const endsWithWord = isWordCode(pattern.charCodeAt(pattern.length - 1));
  if (endsWithWord && isWordCode(next)) return false;
  // "C" in "C++" / "C#"; "R" in "R&D"; "Node" in "Node.js"; "go" in "go@".
  if (endsWithWord && (next === 43 || next === 35 || next === 64)) return false;
  if ((next === 46 || next === 38 || next === 95) && isWordAt(text, end + 1)) return false;
  return true;
}
