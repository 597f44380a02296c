// Synthetic job postings that read like real ones: an ATS posting of about
// 3 KB with an intro, the role, responsibilities, requirements, nice-to-haves,
// pay, location and benefits, in HTML with the entities real boards send.
// Deterministic from a seed. Each posting carries the truth it was written
// from (skills, salary, work mode), so tests can check the extractor on it.
// The benchmark reads these; the sample market (issue 7) will serve them.
import { pick, type Random, seededRandom, shuffled } from './random.js';

export interface SamplePosting {
  title: string;
  company: string;
  location: string;
  /** HTML, as a Greenhouse or Lever board sends it. */
  description: string;
  truth: {
    /** Skill ids written into the text (implied ones, such as AWS for "EKS", are not listed). */
    skills: string[];
    salary: { min: number; max: number; currency: string; period: 'year' } | null;
    workMode: 'remote' | 'hybrid' | 'onsite';
  };
}

/** Skill id → how postings write it. */
export const WRITTEN: Readonly<Record<string, string>> = {
  go: 'Go',
  kubernetes: 'Kubernetes',
  docker: 'Docker',
  terraform: 'Terraform',
  aws: 'AWS',
  postgresql: 'PostgreSQL',
  prometheus: 'Prometheus',
  grafana: 'Grafana',
  grpc: 'gRPC',
  kafka: 'Kafka',
  python: 'Python',
  fastapi: 'FastAPI',
  django: 'Django',
  redis: 'Redis',
  airflow: 'Airflow',
  spark: 'Spark',
  llm: 'LLMs',
  rag: 'RAG',
  pytorch: 'PyTorch',
  java: 'Java',
  kotlin: 'Kotlin',
  spring: 'Spring Boot',
  mysql: 'MySQL',
  gcp: 'GCP',
  elasticsearch: 'Elasticsearch',
  microservices: 'microservices',
  nodejs: 'Node.js',
  typescript: 'TypeScript',
  nestjs: 'NestJS',
  graphql: 'GraphQL',
  'aws-lambda': 'AWS Lambda',
  serverless: 'serverless',
  rust: 'Rust',
  linux: 'Linux',
  clickhouse: 'ClickHouse',
  opentelemetry: 'OpenTelemetry',
  ruby: 'Ruby',
  rails: 'Rails',
  csharp: 'C#',
  dotnet: '.NET',
  azure: 'Azure',
  ansible: 'Ansible',
  datadog: 'Datadog',
  bash: 'Bash',
  'ci-cd': 'CI/CD',
  'github-actions': 'GitHub Actions',
  helm: 'Helm',
  argocd: 'Argo CD',
  'rest-api': 'REST APIs',
  'distributed-systems': 'distributed systems',
  'event-driven': 'event-driven architecture',
  'system-design': 'system design',
  mongodb: 'MongoDB',
  dynamodb: 'DynamoDB',
  sqs: 'SQS',
  rabbitmq: 'RabbitMQ',
  'openai-api': 'the OpenAI API',
  'vector-database': 'vector databases',
  langchain: 'LangChain',
  mcp: 'MCP',
  snowflake: 'Snowflake',
  dbt: 'dbt',
  'gitlab-ci': 'GitLab CI',
  sentry: 'Sentry',
  observability: 'observability',
  caching: 'caching',
  tdd: 'TDD',
  oauth: 'OAuth',
  cassandra: 'Cassandra',
  scala: 'Scala',
  elixir: 'Elixir',
  php: 'PHP',
  laravel: 'Laravel',
};

/** Stacks the market hires for: a core (always asked, and any skill the title names) and extras (some asked, some nice to have). */
export const STACKS: ReadonlyArray<{ role: string; core: string[]; extra: string[] }> = [
  {
    role: 'Backend Engineer',
    core: ['go', 'postgresql', 'kubernetes'],
    extra: ['grpc', 'kafka', 'aws', 'terraform', 'prometheus', 'grafana', 'redis', 'docker', 'distributed-systems'],
  },
  {
    role: 'Platform Engineer',
    core: ['kubernetes', 'terraform', 'aws'],
    extra: ['helm', 'argocd', 'go', 'prometheus', 'opentelemetry', 'linux', 'github-actions', 'ci-cd', 'observability'],
  },
  {
    role: 'Backend Engineer, AI',
    core: ['python', 'llm', 'postgresql'],
    extra: ['rag', 'fastapi', 'vector-database', 'langchain', 'openai-api', 'mcp', 'pytorch', 'aws', 'docker'],
  },
  {
    role: 'Software Engineer, Backend',
    core: ['java', 'spring', 'kafka'],
    extra: [
      'kotlin',
      'mysql',
      'microservices',
      'kubernetes',
      'gcp',
      'elasticsearch',
      'event-driven',
      'rest-api',
      'system-design',
    ],
  },
  {
    role: 'Node.js Engineer',
    core: ['nodejs', 'typescript', 'postgresql'],
    extra: ['nestjs', 'graphql', 'aws-lambda', 'serverless', 'redis', 'dynamodb', 'sqs', 'docker', 'rest-api'],
  },
  {
    role: 'Site Reliability Engineer',
    core: ['linux', 'kubernetes', 'aws', 'sre'],
    extra: ['terraform', 'ansible', 'prometheus', 'datadog', 'bash', 'python', 'ci-cd', 'sentry', 'observability'],
  },
  {
    role: 'Data Platform Engineer',
    core: ['python', 'spark', 'airflow'],
    extra: ['snowflake', 'dbt', 'kafka', 'aws', 'scala', 'clickhouse', 'postgresql', 'docker'],
  },
  {
    role: 'Rust Engineer',
    core: ['rust', 'linux', 'distributed-systems'],
    extra: ['grpc', 'kubernetes', 'clickhouse', 'opentelemetry', 'aws', 'kafka', 'cassandra'],
  },
  {
    role: 'Ruby on Rails Developer',
    core: ['ruby', 'rails', 'postgresql'],
    extra: ['redis', 'aws', 'docker', 'graphql', 'sentry', 'tdd', 'rest-api'],
  },
  {
    role: '.NET Backend Developer',
    core: ['csharp', 'dotnet', 'azure'],
    extra: ['microservices', 'rabbitmq', 'docker', 'kubernetes', 'oauth', 'gitlab-ci', 'caching'],
  },
  {
    role: 'Backend Developer',
    core: ['php', 'laravel', 'mysql'],
    extra: ['redis', 'docker', 'aws', 'rest-api', 'github-actions', 'elasticsearch'],
  },
  {
    role: 'Backend Engineer',
    core: ['elixir', 'postgresql', 'distributed-systems'],
    extra: ['kafka', 'aws', 'docker', 'mongodb', 'observability', 'caching'],
  },
];

const LEVELS = ['Junior', '', 'Senior', 'Senior', 'Staff', 'Principal'] as const;
const COMPANIES = [
  'Northwind',
  'Acme Cloud',
  'Blue Harbor',
  'Quantfold',
  'Lumen Labs',
  'Pinecrest',
  'Tidewater',
  'Orbital Pay',
  'Meridian Health',
  'Fernhill',
  'Kestrel',
  'Brightline Data',
];
export const PRODUCTS = [
  'payments infrastructure for online marketplaces',
  'a logistics platform that routes a million parcels a day',
  'clinical scheduling software for hospitals',
  'developer tools for API testing',
  'a B2B analytics product used by retailers',
  'an energy-trading platform',
  'fraud detection for banks',
];
const PLACES: ReadonlyArray<{ city: string; currency: string; symbol: string; low: number }> = [
  { city: 'New York, NY', currency: 'USD', symbol: '$', low: 130_000 },
  { city: 'San Francisco, CA', currency: 'USD', symbol: '$', low: 150_000 },
  { city: 'Austin, TX', currency: 'USD', symbol: '$', low: 120_000 },
  { city: 'London, UK', currency: 'GBP', symbol: '£', low: 70_000 },
  { city: 'Berlin, Germany', currency: 'EUR', symbol: '€', low: 65_000 },
  { city: 'Amsterdam, Netherlands', currency: 'EUR', symbol: '€', low: 70_000 },
  { city: 'Toronto, Canada', currency: 'CAD', symbol: 'CA$', low: 120_000 },
];

/** Templates, each with the skills its fixed words name (beyond the {a}/{b} it is filled with). */
type Template = readonly [text: string, names: readonly string[]];
const DUTIES: readonly Template[] = [
  ['Design, build and operate the services behind {a} and {b}', []],
  ['Own features end to end, from the design doc to production and on-call', ['on-call']],
  ['Improve the reliability and latency of our core APIs; we care about p99, not averages', []],
  ['Work with product and design to shape what we build next', []],
  ['Write code that other engineers enjoy reading, and help each other through pull requests', []],
  ['Help us move the remaining parts of the monolith onto {a}', []],
  ['Run {a} in production: capacity planning, upgrades and incident reviews', ['capacity-planning']],
  ['Mentor other engineers and raise the bar for testing and code review', ['code-review']],
];
const REQUIREMENTS: readonly Template[] = [
  ['{n}+ years of experience building backend systems with {a}', []],
  ['Strong experience with {a} and {b} in production', []],
  ['You have built and run production services in {a}', []],
  ['Solid knowledge of {a}; you know how it fails under load', []],
  ['Experience with {a}, or a comparable tool and the wish to learn it', []],
  ['Comfortable with {a} and {b}', []],
  ['Clear written communication in English; most of our decisions happen in docs', []],
];
const NICE: readonly Template[] = [
  ['Experience with {a} is a plus', []],
  ['You have used {a} or {b} before', []],
  ['Open-source contributions, especially around {a}', []],
];
/** Paragraphs that fill a posting out to its size; each is used at most once. */
const FILLER: readonly Template[] = [
  [
    '<p>We are a team of {k} engineers across product, platform and data. We deploy many times a day and write down what we decide.</p>',
    [],
  ],
  [
    '<p>Our interview process has four steps: a call with the hiring manager, a take-home exercise of at most three hours (paid), a conversation with two engineers, and a chat with our CTO. We answer every application within a week.</p>',
    [],
  ],
  [
    '<p>We&rsquo;re profitable and growing: revenue doubled last year and the team will grow from {k} to about {k2} people this year. You&rsquo;ll join early enough to shape how we work.</p>',
    [],
  ],
  [
    '<p>You&rsquo;ll work closely with our customers&rsquo; engineering teams, so you will see directly how your work is used &amp; what it changes for them.</p>',
    [],
  ],
  [
    '<p>Today most of our traffic goes through services written in {a}, with {b} underneath. Some of it is ten years old and some was written last week; we are honest about which is which.</p>',
    [],
  ],
  [
    '<p>How we work: small teams of four to six engineers own a part of the product, set their own goals each quarter, and keep a short written plan that anyone in the company can read.</p>',
    [],
  ],
  [
    '<p>Growth here means scope, not titles: engineers who want to lead projects get them, and those who want to go deep into one area can stay there. Every engineer has a yearly conversation about where they want to be next.</p>',
    [],
  ],
];
export const BENEFITS = [
  'Health, dental and vision insurance',
  '25 days of paid vacation plus public holidays',
  'A yearly learning budget',
  'Parental leave of 16 weeks',
  'A home-office budget',
  'Stock options',
];

/** Fills a template; each {a}/{b} takes the next skill of `queue` (rotating it) and records it as written. */
function fill([template, names]: Template, random: Random, queue: string[], used: Set<string>): string {
  for (const id of names) used.add(id);
  return template.replace(/\{(a|b|n|k|k2)\}/g, (_, key: string) => {
    if (key === 'a' || key === 'b') {
      const id = queue.shift() as string;
      queue.push(id);
      used.add(id);
      return WRITTEN[id] as string;
    }
    if (key === 'n') return String(3 + Math.floor(random() * 5));
    return String(key === 'k' ? 12 + Math.floor(random() * 40) : 60 + Math.floor(random() * 100));
  });
}

const money = (n: number) => n.toLocaleString('en-US');

/** One posting of about `targetBytes` of HTML. */
export function samplePosting(random: Random, targetBytes = 3_072): SamplePosting {
  const stack = pick(random, STACKS);
  const level = pick(random, LEVELS);
  const company = pick(random, COMPANIES);
  const place = pick(random, PLACES);
  const workMode = pick(random, ['remote', 'hybrid', 'onsite', 'hybrid'] as const);
  const extras = shuffled(random, stack.extra).slice(0, 4 + Math.floor(random() * 4));
  const asked = [...stack.core, ...extras.slice(0, Math.ceil(extras.length / 2))];
  const nice = extras.slice(Math.ceil(extras.length / 2));
  const used = new Set<string>();
  used.add(stack.core[0] as string);
  const askedQueue = [...asked];
  const niceQueue = [...nice];
  const parts: string[] = [
    `<p>${company} builds ${pick(random, PRODUCTS)}. We raised a $${20 + Math.floor(random() * 60)}M Series B last year and serve ${1 + Math.floor(random() * 9)},000 customers.</p>`,
    `<h3>About the role</h3><p>As a ${level ? `${level.toLowerCase()} ` : ''}engineer on the ${stack.role.includes('Platform') ? 'platform' : 'core'} team you&rsquo;ll work on the systems behind our product, mostly in ${WRITTEN[stack.core[0] as string]}.</p>`,
    `<h3>What you&rsquo;ll do</h3><ul>${[0, 1, 2, 3, 4].map((i) => `<li>${fill(DUTIES[(i * 3 + Math.floor(random() * 8)) % DUTIES.length] as Template, random, askedQueue, used)}</li>`).join('')}</ul>`,
    `<h3>What we&rsquo;re looking for</h3><ul>${[0, 1, 2, 3, 4].map((i) => `<li>${fill(REQUIREMENTS[(i + Math.floor(random() * 3)) % REQUIREMENTS.length] as Template, random, askedQueue, used)}</li>`).join('')}</ul>`,
  ];
  if (nice.length > 0)
    parts.push(
      `<h3>Nice to have</h3><ul>${NICE.map((t) => `<li>${fill(t, random, niceQueue, used)}</li>`).join('')}</ul>`,
    );
  const salary = random() < 0.7 ? salaryFor(random, place.low, level) : null;
  if (salary) {
    parts.push(
      `<h3>Compensation</h3><p>The base salary for this role is ${place.symbol}${money(salary.min)} &ndash; ${place.symbol}${money(salary.max)} per year, plus equity and a 401(k) match.</p>`,
    );
  }
  const where = {
    remote: `This role is fully remote within ${place.currency === 'EUR' ? 'the EU' : 'the country'}; we meet in person twice a year.`,
    hybrid: `This is a hybrid role: three days a week in our ${place.city.split(',')[0]} office.`,
    onsite: `This role is onsite in our ${place.city.split(',')[0]} office.`,
  }[workMode];
  parts.push(`<h3>Where</h3><p>${where}</p>`);
  const tail = `<h3>Benefits</h3><ul>${BENEFITS.map((b) => `<li>${b}</li>`).join('')}</ul><p>${company} is an equal opportunity employer.</p>`;
  const fillers = shuffled(random, FILLER);
  for (let i = 0; bytes(parts) + tail.length < targetBytes && i < fillers.length; i++) {
    parts.splice(2 + i, 0, fill(fillers[i] as Template, random, askedQueue, used));
  }
  parts.push(tail);
  return {
    title: `${level ? `${level} ` : ''}${stack.role}`,
    company,
    location: workMode === 'remote' ? `Remote - ${place.city}` : place.city,
    description: parts.join('\n'),
    truth: {
      skills: [...used].sort(),
      salary: salary ? { ...salary, currency: place.currency, period: 'year' } : null,
      workMode,
    },
  };
}

function salaryFor(random: Random, low: number, level: string): { min: number; max: number } {
  const step = { Junior: 0.7, '': 0.9, Senior: 1.1, Staff: 1.35, Principal: 1.6 }[level] ?? 1;
  const min = Math.round((low * step * (0.9 + random() * 0.2)) / 5_000) * 5_000;
  return { min, max: Math.round((min * (1.2 + random() * 0.15)) / 5_000) * 5_000 };
}

function bytes(parts: string[]): number {
  return parts.reduce((sum, p) => sum + p.length + 1, 0);
}

export function samplePostings(count: number, seed = 1, targetBytes = 3_072): SamplePosting[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => samplePosting(random, targetBytes));
}
