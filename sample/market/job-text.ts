// A sample market job's description: HTML as an ATS board sends it, naming
// each skill it asks for in its requirements and each nice-to-have in its
// own list, its pay and where it is, so the real pipeline reads back what
// the job was drawn with. Deterministic from the random source.
import { BENEFITS, PRODUCTS, WRITTEN } from '../postings.js';
import { pick, type Random } from '../random.js';
import type { SampleSalary } from './types.js';

export interface JobSpec {
  company: string;
  title: string;
  /** Skill ids asked for; the first is the team's main language or platform. */
  asked: readonly string[];
  niceToHave: readonly string[];
  city: string;
  workMode: 'remote' | 'hybrid' | 'onsite';
  salary: SampleSalary | null;
}

const ASK = [
  'Production experience with {s}',
  'You have built and run services with {s}',
  'Solid knowledge of {s} and how it fails under load',
  'Experience with {s}',
];

const SYMBOL: Readonly<Record<string, string>> = { USD: '$', EUR: '€', GBP: '£', CAD: 'CA$' };
const PER: Readonly<Record<SampleSalary['period'], string>> = {
  year: 'per year',
  month: 'per month',
  hour: 'per hour',
};

/** How a description names a skill; a skill without a written form is left out of the text. */
export const writtenSkill = (id: string): string | undefined => WRITTEN[id];

export function jobDescription(random: Random, job: JobSpec): string {
  const asked = job.asked.filter((id) => WRITTEN[id]);
  const nice = job.niceToHave.filter((id) => WRITTEN[id]);
  const main = asked[0] ? WRITTEN[asked[0]] : 'our stack';
  const parts = [
    `<p>${job.company} builds ${pick(random, PRODUCTS)}.</p>`,
    `<h3>About the role</h3><p>You&rsquo;ll work on the services behind our product, mostly in ${main}.</p>`,
    `<h3>What we&rsquo;re looking for</h3><ul>${asked
      .map((id) => `<li>${pick(random, ASK).replace('{s}', WRITTEN[id] as string)}</li>`)
      .join('')}</ul>`,
  ];
  if (nice.length > 0) {
    parts.push(`<h3>Nice to have</h3><ul>${nice.map((id) => `<li>${WRITTEN[id]} is a plus</li>`).join('')}</ul>`);
  }
  if (job.salary) {
    const { min, max, currency, period } = job.salary;
    const symbol = SYMBOL[currency] ?? `${currency} `;
    const money = (n: number) => `${symbol}${n.toLocaleString('en-US')}`;
    parts.push(
      `<h3>Compensation</h3><p>The base pay for this role is ${money(min)} &ndash; ${money(max)} ${PER[period]}.</p>`,
    );
  }
  const town = job.city.split(',')[0];
  const where = {
    remote: 'This role is fully remote; we meet in person twice a year.',
    hybrid: `This is a hybrid role: three days a week in our ${town} office.`,
    onsite: `This role is onsite in our ${town} office.`,
  }[job.workMode];
  parts.push(`<h3>Where</h3><p>${where}</p>`);
  parts.push(
    `<h3>Benefits</h3><ul>${BENEFITS.slice(0, 4)
      .map((b) => `<li>${b}</li>`)
      .join('')}</ul>`,
  );
  return parts.join('\n');
}
