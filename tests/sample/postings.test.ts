import { describe, expect, it } from 'vitest';
import { samplePostings } from '../../sample/postings.js';
import { createEnricher } from '../../src/enrich/enrich.js';

describe('samplePostings', () => {
  it('is deterministic from its seed, and seeds differ', () => {
    expect(samplePostings(20, 5)).toEqual(samplePostings(20, 5));
    expect(samplePostings(20, 6)[0]?.description).not.toBe(samplePostings(20, 5)[0]?.description);
  });

  it('writes postings of about the asked size', () => {
    const sizes = samplePostings(200, 1).map((p) => Buffer.byteLength(p.description));
    const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    expect(mean).toBeGreaterThan(2_800);
    expect(mean).toBeLessThan(3_400);
  });

  // The truth each posting carries is what the pipeline reads back: the
  // benchmark's postings are real work, and the sample market's data is right.
  it('carries a truth the enrichment pipeline reads back', () => {
    const enricher = createEnricher();
    const postings = samplePostings(200, 11);
    let planted = 0;
    let found = 0;
    for (const p of postings) {
      const result = enricher.enrich(p);
      const ids = new Set(result.skills.map((s) => s.id));
      planted += p.truth.skills.length;
      found += p.truth.skills.filter((id) => ids.has(id)).length;
      expect(result.workMode).toBe(p.truth.workMode);
      if (p.truth.salary) {
        expect(result.salary).toMatchObject({ ...p.truth.salary, origin: 'text' });
      } else expect(result.salary).toBeNull();
    }
    expect(found / planted).toBeGreaterThan(0.99);
  });
});
