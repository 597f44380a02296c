// The vocabulary of the bulk sample market (write.ts): its sources, places,
// titles, pay and how the demand for skills the served market does not track
// (../curves.ts) moves over the three years. Plain data; the generator draws
// from it with a seeded PRNG.
import { PRODUCTS as SAMPLE_PRODUCTS } from '../../postings.js';
import type { Seniority } from '../../../src/domain.js';

/** A scraped source: company boards post one company's jobs, aggregators anyone's. */
export interface SourceSpec {
  type: string;
  /** The board's company slug; aggregators have none. */
  board: string | null;
  /** Share of first postings (a job's first appearance) it carries. */
  weight: number;
}

/** Config key the board's slug goes in, per source type (see src/config/schema.ts). */
const BOARD_KEY: Record<string, string> = {
  greenhouse: 'board',
  lever: 'site',
  ashby: 'board',
  smartrecruiters: 'company',
  workable: 'account',
  recruitee: 'company',
};

const BOARD_TYPES = [
  ...Array<string>(8).fill('greenhouse'),
  ...Array<string>(6).fill('lever'),
  ...Array<string>(4).fill('ashby'),
  'smartrecruiters',
  'smartrecruiters',
  'workable',
  'workable',
  'recruitee',
  'recruitee',
  'jsonld',
  'browser',
];

/** 26 company boards (the 26 biggest companies) and the four aggregators: 30 sources. */
export function sourceSpecs(boardSlugs: readonly string[]): SourceSpec[] {
  const boards = BOARD_TYPES.map((type, i) => ({ type, board: boardSlugs[i] as string, weight: 2.1 }));
  return [
    ...boards,
    { type: 'hn', board: null, weight: 9 },
    { type: 'remoteok', board: null, weight: 12 },
    { type: 'arbeitnow', board: null, weight: 10 },
    { type: 'himalayas', board: null, weight: 14 },
  ];
}

export const BOARD_COUNT = BOARD_TYPES.length;

export function sourceName(spec: SourceSpec): string {
  if (spec.type === 'hn') return 'hn-whoishiring';
  return spec.board ? `${spec.type}-${spec.board}` : spec.type;
}

export function sourceSettings(spec: SourceSpec): Record<string, unknown> {
  if (spec.type === 'hn') return { since: '2023-11' };
  if (!spec.board) return {};
  const key = BOARD_KEY[spec.type];
  return key ? { [key]: spec.board } : { startUrls: [`https://careers.${spec.board}.example/jobs`] };
}

/** Where a posting on this source links to. */
export function postingUrl(spec: SourceSpec, externalId: string): string {
  switch (spec.type) {
    case 'greenhouse':
      return `https://boards.greenhouse.io/${spec.board}/jobs/${externalId}`;
    case 'lever':
      return `https://jobs.lever.co/${spec.board}/${externalId}`;
    case 'ashby':
      return `https://jobs.ashbyhq.com/${spec.board}/${externalId}`;
    case 'hn':
      return `https://news.ycombinator.com/item?id=${externalId}`;
    case 'remoteok':
      return `https://remoteok.com/remote-jobs/${externalId}`;
    case 'arbeitnow':
      return `https://www.arbeitnow.com/jobs/${externalId}`;
    case 'himalayas':
      return `https://himalayas.app/jobs/${externalId}`;
    default:
      return `https://careers.${spec.board ?? 'example'}.example/jobs/${externalId}`;
  }
}

/** Aggregators whose terms ask for a link back. */
export const ATTRIBUTED = new Set(['remoteok', 'himalayas', 'arbeitnow']);

export interface CountrySpec {
  code: string | null;
  name: string;
  cities: readonly string[];
  weight: number;
  /** Share of its postings that state a salary. */
  salaryShare: number;
}

export const COUNTRIES: readonly CountrySpec[] = [
  {
    code: 'US',
    name: 'USA',
    cities: ['New York', 'San Francisco', 'Seattle', 'Austin', 'Boston', 'Chicago', 'Denver'],
    weight: 36,
    salaryShare: 0.42,
  },
  { code: 'DE', name: 'Germany', cities: ['Berlin', 'Munich', 'Hamburg', 'Frankfurt'], weight: 11, salaryShare: 0.2 },
  { code: 'GB', name: 'UK', cities: ['London', 'Manchester', 'Edinburgh'], weight: 10, salaryShare: 0.35 },
  { code: 'IN', name: 'India', cities: ['Bengaluru', 'Hyderabad', 'Pune'], weight: 8, salaryShare: 0.15 },
  { code: 'CA', name: 'Canada', cities: ['Toronto', 'Vancouver', 'Montreal'], weight: 6, salaryShare: 0.4 },
  { code: 'NL', name: 'Netherlands', cities: ['Amsterdam', 'Rotterdam', 'Utrecht'], weight: 5, salaryShare: 0.25 },
  { code: 'PL', name: 'Poland', cities: ['Warsaw', 'Krakow', 'Wroclaw'], weight: 5, salaryShare: 0.45 },
  { code: 'FR', name: 'France', cities: ['Paris', 'Lyon'], weight: 5, salaryShare: 0.2 },
  { code: 'ES', name: 'Spain', cities: ['Madrid', 'Barcelona'], weight: 4, salaryShare: 0.25 },
  { code: 'IE', name: 'Ireland', cities: ['Dublin'], weight: 2, salaryShare: 0.2 },
  { code: 'PT', name: 'Portugal', cities: ['Lisbon', 'Porto'], weight: 2, salaryShare: 0.2 },
  { code: 'SE', name: 'Sweden', cities: ['Stockholm'], weight: 2, salaryShare: 0.2 },
  { code: 'AU', name: 'Australia', cities: ['Sydney', 'Melbourne'], weight: 2, salaryShare: 0.3 },
  { code: 'CH', name: 'Switzerland', cities: ['Zurich'], weight: 1, salaryShare: 0.2 },
  { code: null, name: 'Worldwide', cities: [], weight: 1, salaryShare: 0.3 },
];

/** A mid-level yearly salary's low end, per currency. */
export const MID_SALARY: Readonly<Record<string, number>> = {
  USD: 140_000,
  EUR: 70_000,
  GBP: 75_000,
  CAD: 120_000,
  INR: 2_400_000,
  PLN: 220_000,
  SEK: 650_000,
  AUD: 150_000,
  CHF: 130_000,
};

export const SENIORITY_WEIGHTS: ReadonlyArray<readonly [Seniority | null, number]> = [
  ['intern', 1],
  ['junior', 10],
  ['mid', 30],
  ['senior', 38],
  ['staff', 8],
  ['principal', 3],
  ['manager', 5],
  [null, 5],
];

export const SENIORITY_PAY: Readonly<Record<Seniority, number>> = {
  intern: 0.35,
  junior: 0.65,
  mid: 1,
  senior: 1.3,
  staff: 1.6,
  principal: 1.85,
  manager: 1.5,
};

export const YEARS_MIN: Readonly<Record<Seniority, number | null>> = {
  intern: null,
  junior: 0,
  mid: 2,
  senior: 5,
  staff: 8,
  principal: 10,
  manager: 6,
};

/** Backend roles, each with the skills its postings lean on (drawn first, before the market-wide draw). */
export const BACKEND_ROLES: ReadonlyArray<{ title: string; core: readonly string[] }> = [
  { title: 'Backend Engineer', core: ['go', 'postgresql', 'kubernetes'] },
  { title: 'Software Engineer, Backend', core: ['java', 'spring', 'kafka'] },
  { title: 'Backend Developer', core: ['php', 'laravel', 'mysql'] },
  { title: 'Platform Engineer', core: ['kubernetes', 'terraform', 'aws'] },
  { title: 'Site Reliability Engineer', core: ['linux', 'kubernetes', 'sre'] },
  { title: 'DevOps Engineer', core: ['ci-cd', 'docker', 'terraform'] },
  { title: 'Infrastructure Engineer', core: ['terraform', 'aws', 'linux'] },
  { title: 'Cloud Engineer', core: ['aws', 'azure', 'terraform'] },
  { title: 'Data Engineer', core: ['python', 'spark', 'airflow'] },
  { title: 'AI Engineer', core: ['python', 'llm', 'rag'] },
  { title: 'Machine Learning Engineer', core: ['python', 'pytorch', 'machine-learning'] },
  { title: 'Python Developer', core: ['python', 'django', 'postgresql'] },
  { title: 'Go Engineer', core: ['go', 'grpc', 'kubernetes'] },
  { title: 'Java Developer', core: ['java', 'spring', 'microservices'] },
  { title: 'Node.js Engineer', core: ['nodejs', 'typescript', 'postgresql'] },
  { title: 'Rails Developer', core: ['ruby', 'rails', 'postgresql'] },
  { title: '.NET Developer', core: ['csharp', 'dotnet', 'azure'] },
  { title: 'Rust Engineer', core: ['rust', 'linux', 'distributed-systems'] },
  { title: 'Scala Engineer', core: ['scala', 'akka', 'kafka'] },
  { title: 'Full Stack Engineer', core: ['typescript', 'react', 'nodejs'] },
  { title: 'API Engineer', core: ['rest-api', 'graphql', 'openapi'] },
  { title: 'Distributed Systems Engineer', core: ['distributed-systems', 'go', 'kafka'] },
  { title: 'Payments Engineer', core: ['java', 'postgresql', 'kafka'] },
  { title: 'Database Engineer', core: ['postgresql', 'mysql', 'performance-tuning'] },
  { title: 'Security Engineer', core: ['application-security', 'iam', 'aws'] },
  { title: 'Kotlin Backend Engineer', core: ['kotlin', 'spring', 'postgresql'] },
];

/** Postings the backend rule leaves out (is_backend = 0). */
export const OTHER_ROLES: ReadonlyArray<{ title: string; core: readonly string[] }> = [
  { title: 'Frontend Engineer', core: ['react', 'typescript', 'css'] },
  { title: 'iOS Engineer', core: ['swift', 'git', 'agile'] },
  { title: 'Android Engineer', core: ['kotlin', 'git', 'agile'] },
  { title: 'QA Engineer', core: ['test-automation', 'selenium', 'jira'] },
  { title: 'Data Analyst', core: ['sql', 'tableau', 'python'] },
  { title: 'Product Designer', core: ['agile', 'jira', 'html'] },
];

/** Popularity order of the head of the market; every other taxonomy skill follows in file order. */
export const POPULAR_SKILLS = [
  'python',
  'aws',
  'sql',
  'kubernetes',
  'docker',
  'postgresql',
  'java',
  'go',
  'typescript',
  'microservices',
  'rest-api',
  'linux',
  'kafka',
  'terraform',
  'ci-cd',
  'redis',
  'nodejs',
  'gcp',
  'azure',
  'git',
  'distributed-systems',
  'mysql',
  'javascript',
  'spring',
  'graphql',
  'mongodb',
  'grpc',
  'agile',
  'system-design',
  'kotlin',
  'elasticsearch',
  'prometheus',
  'csharp',
  'dotnet',
  'ruby',
  'scala',
  'rust',
  'django',
  'fastapi',
  'github-actions',
  'observability',
  'datadog',
  'grafana',
  'machine-learning',
  'llm',
  'php',
  'jenkins',
];

/**
 * Skills whose demand moves over the three years: weight × `from` at the
 * start, × `to` at the end, exponentially in between. AI rises; the older
 * stacks fall. The tracked skills (LLM, RAG, MCP, PHP …) are not here: they
 * follow the served market's curves (../curves.ts).
 */
export const SKILL_TRENDS: Readonly<Record<string, { from: number; to: number }>> = {
  'generative-ai': { from: 0.3, to: 3 },
  langchain: { from: 0.2, to: 3 },
  langgraph: { from: 0.02, to: 4 },
  'vector-database': { from: 0.2, to: 3 },
  'openai-api': { from: 0.3, to: 3 },
  'anthropic-api': { from: 0.05, to: 5 },
  'ai-agents': { from: 0.05, to: 6 },
  embeddings: { from: 0.3, to: 2.5 },
  'ai-assisted-coding': { from: 0.05, to: 6 },
  'prompt-engineering': { from: 0.5, to: 2 },
  pgvector: { from: 0.1, to: 3 },
  vllm: { from: 0.05, to: 3 },
  rust: { from: 0.7, to: 1.5 },
  'platform-engineering': { from: 0.5, to: 1.8 },
  jquery: { from: 2, to: 0.3 },
  perl: { from: 1.8, to: 0.3 },
  jenkins: { from: 1.4, to: 0.5 },
  puppet: { from: 2, to: 0.3 },
  chef: { from: 2, to: 0.3 },
  hadoop: { from: 2, to: 0.3 },
  soap: { from: 2, to: 0.4 },
  'travis-ci': { from: 2, to: 0.2 },
  'docker-swarm': { from: 2, to: 0.3 },
  heroku: { from: 1.5, to: 0.4 },
  angular: { from: 1.4, to: 0.6 },
};

/** What a company builds: the sample postings' products (sample/postings.ts), and three more. */
export const PRODUCTS = [
  ...SAMPLE_PRODUCTS,
  'a travel booking engine',
  'a streaming platform for live sports',
  'an open-source database company',
];

export const BENEFITS = [
  'We offer equity, 30 days of paid leave and a learning budget.',
  'Benefits include health insurance, a home-office budget and flexible hours.',
  'You get a yearly conference budget, parental leave and a pension plan.',
  'We are an equal-opportunity employer.',
];

/** Company names: a first part, a second part (sample/company-names.ts) and a kind, combined (40 × 40 × 18 = 28,800 names). */
export { NAME_FIRST, NAME_SECOND } from '../../company-names.js';
export const NAME_KIND = [
  '',
  ' Labs',
  ' Cloud',
  ' Health',
  ' Systems',
  ' Technologies',
  ' Analytics',
  ' Robotics',
  ' Security',
  ' Software',
  ' AI',
  ' Networks',
  ' Bio',
  ' Energy',
  ' Finance',
  ' Logistics',
  ' Media',
  ' Games',
];
/** Legal suffixes some sources write: companyKey drops them, so the key stays the same. */
export const LEGAL_SUFFIXES = [', Inc.', ' GmbH', ' Ltd', ' B.V.', ' SAS'];
