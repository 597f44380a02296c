// Holds the enrichment pipeline to its accuracy targets on the labelled set.
import { describe, expect, it } from 'vitest';
import { createEnricher } from '../../src/enrich/enrich.js';
import { TARGETS, evaluate, loadEvalSet } from './evaluate.js';

describe('enrichment accuracy on the labelled evaluation set', () => {
  const set = loadEvalSet();
  const report = evaluate(createEnricher(), set);

  it('has at least 150 labelled postings in every format', () => {
    expect(set.postings.length).toBeGreaterThanOrEqual(150);
    const formats = new Set(set.postings.map((p) => p.format));
    expect([...formats].sort()).toEqual(['hn', 'html', 'text']);
  });

  it.each([
    ['skills precision', () => report.skills.precision, TARGETS.precision],
    ['skills recall', () => report.skills.recall, TARGETS.recall],
    ['salary exact match', () => report.salaryExact, TARGETS.salaryExact],
    ['seniority accuracy', () => report.seniority, TARGETS.seniority],
    ['work mode accuracy', () => report.workMode, TARGETS.workMode],
  ])('%s meets its target', (_name, value, target) => {
    expect(value()).toBeGreaterThanOrEqual(target);
  });
});
