// `npm run eval`: prints the enrichment scores on the labelled set.
// `npm run eval -- --mistakes` lists every miss as well.
import { createEnricher } from '../../src/enrich/enrich.js';
import { TARGETS, evaluate, loadEvalSet } from './evaluate.js';

const report = evaluate(createEnricher(), loadEvalSet());
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const mark = (value: number, target: number) =>
  `${value.toFixed(3)}  (target ≥ ${target}) ${value >= target ? 'ok' : 'BELOW TARGET'}`;
const { skills } = report;
console.log(`postings evaluated: ${report.postings}`);
console.log(`skills   precision ${mark(skills.precision, TARGETS.precision)}`);
console.log(`skills   recall    ${mark(skills.recall, TARGETS.recall)}`);
console.log(`skills   F1        ${skills.f1.toFixed(3)}   (tp ${skills.tp}, fp ${skills.fp}, fn ${skills.fn})`);
console.log(`salary   exact     ${mark(report.salaryExact, TARGETS.salaryExact)}`);
console.log(
  `           with a salary ${pct(report.salaryWithSalary.exact)} of ${report.salaryWithSalary.n}; without ${pct(report.salaryWithout.exact)} of ${report.salaryWithout.n}`,
);
console.log(`seniority accuracy ${mark(report.seniority, TARGETS.seniority)}`);
console.log(`work mode accuracy ${mark(report.workMode, TARGETS.workMode)}`);
console.log(`yearsMin  accuracy ${report.yearsMin.toFixed(3)}`);
console.log(`backend   accuracy ${report.backend.toFixed(3)}`);
if (process.argv.includes('--mistakes')) {
  for (const m of report.mistakes)
    console.log(`${m.id}\t${m.field}\texpected ${JSON.stringify(m.expected)}\tgot ${JSON.stringify(m.got)}`);
}
