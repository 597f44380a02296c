// Scores the enrichment pipeline against the hand-labelled set in
// postings.jsonl (labelled to CONVENTIONS.md). Used by `npm run eval` and by
// the test that holds the targets.
import { readFileSync } from 'node:fs';
import type { Enricher } from '../../src/enrich/enrich.js';

export interface EvalPosting {
  id: string;
  format: string;
  title: string;
  company: string | null;
  location: string | null;
  description: string;
  expected: {
    skills: string[];
    salary: { min: number | null; max: number | null; currency: string | null; period: string } | null;
    seniority: string | null;
    yearsMin: number | null;
    remote: string | null;
    backend: boolean;
  };
}

export interface EvalSet {
  vocabulary: Set<string>;
  postings: EvalPosting[];
}

export function loadEvalSet(path = new URL('./postings.jsonl', import.meta.url)): EvalSet {
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const header = JSON.parse(lines[0] as string) as { kind: string; vocabulary: string[] };
  if (header.kind !== 'header') throw new Error('postings.jsonl: first line must be the header');
  return { vocabulary: new Set(header.vocabulary), postings: lines.slice(1).map((l) => JSON.parse(l) as EvalPosting) };
}

export interface Mistake {
  id: string;
  field: string;
  expected: unknown;
  got: unknown;
}

export interface EvalReport {
  postings: number;
  skills: { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number };
  salaryExact: number;
  salaryWithSalary: { n: number; exact: number };
  salaryWithout: { n: number; exact: number };
  seniority: number;
  yearsMin: number;
  workMode: number;
  backend: number;
  mistakes: Mistake[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function evaluate(enricher: Enricher, set: EvalSet): EvalReport {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const counts = {
    salary: 0,
    salaryPos: 0,
    salaryPosN: 0,
    salaryNeg: 0,
    salaryNegN: 0,
    seniority: 0,
    years: 0,
    mode: 0,
    backend: 0,
  };
  const mistakes: Mistake[] = [];
  for (const p of set.postings) {
    const got = enricher.enrich({
      title: p.title,
      description: p.description,
      company: p.company,
      location: p.location,
    });
    const gold = new Set(p.expected.skills);
    const predicted = new Set(got.skills.map((s) => s.id).filter((id) => set.vocabulary.has(id)));
    for (const id of predicted) {
      if (gold.has(id)) tp++;
      else {
        fp++;
        const ev = got.skills.find((s) => s.id === id)?.evidence;
        mistakes.push({ id: p.id, field: 'skill+', expected: null, got: `${id} ← "${ev?.text}" (${ev?.field})` });
      }
    }
    for (const id of gold) {
      if (!predicted.has(id)) {
        fn++;
        mistakes.push({ id: p.id, field: 'skill-', expected: id, got: null });
      }
    }
    const s = got.salary;
    const gotSalary = s && { min: s.min, max: s.max, currency: s.currency, period: s.period };
    const salaryOk = JSON.stringify(gotSalary) === JSON.stringify(p.expected.salary);
    if (salaryOk) counts.salary++;
    else mistakes.push({ id: p.id, field: 'salary', expected: p.expected.salary, got: gotSalary });
    if (p.expected.salary) {
      counts.salaryPosN++;
      if (salaryOk) counts.salaryPos++;
    } else {
      counts.salaryNegN++;
      if (salaryOk) counts.salaryNeg++;
    }
    const check = (
      field: string,
      expected: unknown,
      actual: unknown,
      key: 'seniority' | 'years' | 'mode' | 'backend',
    ) => {
      if (expected === actual) counts[key]++;
      else mistakes.push({ id: p.id, field, expected, got: actual });
    };
    check('seniority', p.expected.seniority, got.seniority, 'seniority');
    check('yearsMin', p.expected.yearsMin, got.yearsMin, 'years');
    check('remote', p.expected.remote, got.workMode, 'mode');
    check('backend', p.expected.backend, got.backend, 'backend');
  }
  const n = set.postings.length;
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return {
    postings: n,
    skills: { tp, fp, fn, precision, recall, f1: (2 * precision * recall) / (precision + recall || 1) },
    salaryExact: ratio(counts.salary, n),
    salaryWithSalary: { n: counts.salaryPosN, exact: ratio(counts.salaryPos, counts.salaryPosN) },
    salaryWithout: { n: counts.salaryNegN, exact: ratio(counts.salaryNeg, counts.salaryNegN) },
    seniority: ratio(counts.seniority, n),
    yearsMin: ratio(counts.years, n),
    workMode: ratio(counts.mode, n),
    backend: ratio(counts.backend, n),
    mistakes,
  };
}

export const TARGETS = { precision: 0.95, recall: 0.93, salaryExact: 0.97, seniority: 0.9, workMode: 0.9 };
