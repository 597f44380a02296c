// Compiles the taxonomy into a lookup keyed by each alias's first word, so a
// posting is matched in one pass over its words, whatever the alias count.
import { foldCode, isWordCode } from '../text/chars.js';
import { CUE_WORDS, type CueKind } from '../skills/cue-words.js';
import type { AliasSpec, SkillDef } from './types.js';

export interface CompiledAlias {
  skill: SkillDef;
  /** The alias as written in the taxonomy. */
  original: string;
  /** What is compared: lower case unless exactCase; runs of space as one ' '. */
  text: string;
  exactCase: boolean;
  needsContext: boolean;
  /**
   * Only a skill when it stands in a list next to a confirmed skill
   * ("Django, celery, PostgreSQL") or next to a role word ("rails engineer"):
   * the lower-case form of a capitalized name.
   */
  listOnly: boolean;
  standalone: boolean;
  contextWords: ReadonlySet<string> | null;
  notFollowedBy: ReadonlySet<string> | null;
  notPrecededBy: ReadonlySet<string> | null;
  /** Non-word characters before the first word (".net" → 1). */
  lead: number;
  /** Index in `text` just after the first word: where a multi-word alias goes on (= text.length for one word). */
  firstWordEnd: number;
}

export interface CompiledTaxonomy {
  skills: ReadonlyMap<string, SkillDef>;
  /** First word (lower case) → aliases starting with it, longest first. */
  byFirstWord: ReadonlyMap<string, readonly CompiledAlias[]>;
  /**
   * byFirstWord again (plus the cue words), as a table indexed by a hash of
   * the whole word (see wordHash): a posting's words are hashed while they
   * are read, never sliced or lower-cased, and most find an empty slot.
   */
  buckets: ReadonlyArray<ReadonlyArray<WordBucket>>;
  /** Slot (hash & SLOT_MASK) → index into `buckets`, or -1. A typed array: a sparse plain Array would be a hash table in V8. */
  slots: Int16Array;
  /**
   * Slot → the hash of its one key, so a word whose hash only shares the
   * slot is turned away without reading the bucket (the bucket is a few
   * pointer reads away; this is one typed-array read).
   */
  slotHashes: Int32Array;
  /** Slot → 1 when several keys share it: then the bucket is always read. */
  sharedSlots: Uint8Array;
}

export interface WordBucket {
  /** wordHash of the key: compared before the key itself. */
  hash: number;
  /** The word, lower case. */
  key: string;
  /** Aliases starting with this word (none for a word that is only a cue). */
  aliases: readonly CompiledAlias[];
  /** The cue kinds the word carries for the enrichment rules (none for most words). */
  cues: readonly CueKind[];
}

/**
 * Slots in the word table. Small on purpose: it is read once per word of
 * every posting, and a table that fits the CPU's first-level cache (16 KB
 * here) is several times faster than a sparser one that does not.
 */
const FILTER_SIZE = 1 << 13;

export const SLOT_MASK = FILTER_SIZE - 1;

/**
 * One step of the word hash (FNV-1a over foldCode'd char codes). The scanner
 * runs it inline on every character it reads; keys are hashed the same way.
 */
export function hashStep(hash: number, folded: number): number {
  return Math.imul(hash ^ folded, 0x01000193);
}
export const HASH_SEED = 0x811c9dc5 | 0;

/** Spreads the high bits into the slot bits. */
export function slotOf(hash: number): number {
  return (hash ^ (hash >>> 15)) & SLOT_MASK;
}

export function wordHash(word: string): number {
  let h = HASH_SEED;
  for (let k = 0; k < word.length; k++) h = hashStep(h, foldCode(word.charCodeAt(k)));
  return h;
}

const setOf = (words: string[] | undefined) =>
  words && words.length > 0 ? new Set(words.map((w) => w.toLowerCase())) : null;

function compileAlias(skill: SkillDef, spec: AliasSpec): CompiledAlias {
  const o = typeof spec === 'string' ? { text: spec } : spec;
  const listOnly = (o as { listOnly?: boolean }).listOnly ?? false;
  const collapsed = o.text.trim().replace(/\s+/g, ' ');
  const exactCase = o.exactCase ?? false;
  let lead = 0;
  while (lead < collapsed.length && !isWordCode(collapsed.charCodeAt(lead))) lead++;
  let firstWordEnd = lead;
  while (firstWordEnd < collapsed.length && isWordCode(collapsed.charCodeAt(firstWordEnd))) firstWordEnd++;
  return {
    skill,
    original: o.text,
    text: exactCase ? collapsed : collapsed.toLowerCase(),
    exactCase,
    needsContext: o.needsContext ?? false,
    listOnly,
    standalone: o.standalone ?? false,
    contextWords: setOf(o.contextWords),
    notFollowedBy: setOf(o.notFollowedBy),
    notPrecededBy: setOf(o.notPrecededBy),
    lead,
    firstWordEnd,
  };
}

/**
 * Names written as a capitalized word ("Celery", "Rails", "Java") are also
 * written in lower case in real postings ("Django, celery, redis"). The lower
 * case form is also an English word often enough that it only counts in a
 * list of skills or next to a role word. Short names ("Go", "C", "R") and
 * all-caps ones ("REST") get no such variant.
 */
function withLowerCaseVariant(spec: AliasSpec): AliasSpec[] {
  if (typeof spec === 'string' || !spec.exactCase || !/^[A-Z][a-z]{3,}$/.test(spec.text)) return [spec];
  return [spec, { ...spec, text: spec.text.toLowerCase(), needsContext: true, listOnly: true } as AliasSpec];
}

export function compileTaxonomy(
  skills: readonly SkillDef[],
  cueWords: ReadonlyMap<string, readonly CueKind[]> = CUE_WORDS,
): CompiledTaxonomy {
  const byId = new Map<string, SkillDef>();
  const byFirstWord = new Map<string, CompiledAlias[]>();
  for (const skill of skills) {
    if (byId.has(skill.id)) throw new Error(`taxonomy: duplicate skill id ${skill.id}`);
    byId.set(skill.id, skill);
    for (const spec of skill.aliases.flatMap(withLowerCaseVariant)) {
      const alias = compileAlias(skill, spec);
      const key = alias.text.slice(alias.lead, alias.firstWordEnd).toLowerCase();
      if (!key) throw new Error(`taxonomy: alias "${alias.original}" of ${skill.id} has no word`);
      const list = byFirstWord.get(key) ?? [];
      list.push(alias);
      byFirstWord.set(key, list);
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.text.length - a.text.length);
  const slots = new Int16Array(FILTER_SIZE).fill(-1);
  const slotHashes = new Int32Array(FILTER_SIZE);
  const sharedSlots = new Uint8Array(FILTER_SIZE);
  const buckets: WordBucket[][] = [];
  for (const key of new Set([...byFirstWord.keys(), ...cueWords.keys()])) {
    const hash = wordHash(key);
    const slot = slotOf(hash);
    if (slots[slot] === -1) {
      slots[slot] = buckets.length;
      buckets.push([]);
      slotHashes[slot] = hash;
    } else sharedSlots[slot] = 1;
    buckets[slots[slot] as number]?.push({
      hash,
      key,
      aliases: byFirstWord.get(key) ?? [],
      cues: cueWords.get(key) ?? [],
    });
  }
  return { skills: byId, byFirstWord, buckets, slots, slotHashes, sharedSlots };
}
