// Co-occurring skills ranked by lift: how much more often two skills appear
// together than they would if they were independent. Lift alone favours rare
// pairs (two postings that share a niche skill give a huge lift), so pairs
// below a minimum count are left out rather than ranked on noise.

export interface Cooccurrence {
  /** Postings with both skills. */
  both: number;
  /** Postings with the first skill, with the second, and all postings. */
  first: number;
  second: number;
  total: number;
}

/** P(A and B) / (P(A) · P(B)); null when either skill never occurs. */
export function lift({ both, first, second, total }: Cooccurrence): number | null {
  if (first === 0 || second === 0 || total === 0) return null;
  return (both * total) / (first * second);
}

export interface RankedPair<K> {
  key: K;
  both: number;
  lift: number;
}

/** Pairs with at least `minBoth` postings in common, highest lift first (ties: more postings first). */
export function rankByLift<K>(pairs: ReadonlyArray<{ key: K } & Cooccurrence>, minBoth: number): Array<RankedPair<K>> {
  const ranked: Array<RankedPair<K>> = [];
  for (const pair of pairs) {
    const value = lift(pair);
    if (value !== null && pair.both >= minBoth) ranked.push({ key: pair.key, both: pair.both, lift: value });
  }
  return ranked.sort((a, b) => b.lift - a.lift || b.both - a.both);
}
