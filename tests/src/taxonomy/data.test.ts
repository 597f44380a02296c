import { describe, expect, it } from 'vitest';
import { CONCEPT_GROUPS } from '../../../src/taxonomy/groups-data.js';
import { SKILLS, TAXONOMY_VERSION } from '../../../src/taxonomy/skills-data.js';
import { type AliasSpec, SKILL_CATEGORIES, type SkillCategory } from '../../../src/taxonomy/types.js';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const byId = new Map(SKILLS.map((s) => [s.id, s]));
const aliasObject = (a: AliasSpec) => (typeof a === 'string' ? { text: a } : a);

// The ids the evaluation labels and the dashboard rely on, with the category each must have.
const REQUIRED: Record<SkillCategory, string[]> = {
  language: [
    'python',
    'go',
    'java',
    'kotlin',
    'scala',
    'javascript',
    'typescript',
    'nodejs',
    'rust',
    'csharp',
    'cpp',
    'c',
    'ruby',
    'php',
    'elixir',
    'erlang',
    'clojure',
    'haskell',
    'sql',
    'bash',
    'perl',
    'lua',
    'swift',
    'dart',
    'r',
    'julia',
    'zig',
    'ocaml',
    'fsharp',
    'groovy',
    'objective-c',
  ],
  framework: [
    'spring',
    'django',
    'flask',
    'fastapi',
    'rails',
    'express',
    'nestjs',
    'dotnet',
    'laravel',
    'gin',
    'ktor',
    'micronaut',
    'quarkus',
    'phoenix',
    'symfony',
    'sinatra',
    'koa',
    'fastify',
    'actix',
    'axum',
    'tokio',
    'celery',
    'sqlalchemy',
    'hibernate',
    'prisma',
  ],
  frontend: ['react', 'vue', 'angular', 'svelte', 'nextjs', 'html', 'css', 'tailwind'],
  api: ['rest-api', 'graphql', 'grpc', 'openapi', 'websockets', 'soap', 'webhooks', 'protobuf', 'thrift'],
  cloud: ['aws', 'gcp', 'azure', 'serverless', 'aws-lambda', 'cloudflare'],
  infrastructure: [
    'docker',
    'kubernetes',
    'terraform',
    'helm',
    'ansible',
    'pulumi',
    'cloudformation',
    'linux',
    'nginx',
    'istio',
    'consul',
    'vault',
    'packer',
    'chef',
    'puppet',
    'openshift',
    'nomad',
    'envoy',
    'haproxy',
    'service-mesh',
    'infrastructure-as-code',
    'podman',
  ],
  'ci-cd': [
    'ci-cd',
    'github-actions',
    'gitlab-ci',
    'jenkins',
    'argocd',
    'circleci',
    'travis-ci',
    'buildkite',
    'flux',
    'spinnaker',
    'teamcity',
  ],
  architecture: [
    'microservices',
    'distributed-systems',
    'event-driven',
    'system-design',
    'domain-driven-design',
    'caching',
    'event-sourcing',
    'cqrs',
    'high-availability',
    'stream-processing',
    'message-queues',
    'concurrency',
  ],
  database: [
    'postgresql',
    'mysql',
    'mongodb',
    'redis',
    'dynamodb',
    'cassandra',
    'elasticsearch',
    'sqlite',
    'snowflake',
    'bigquery',
    'clickhouse',
    'nosql',
    'sql-server',
    'oracle',
    'mariadb',
    'cockroachdb',
    'couchbase',
    'neo4j',
    'memcached',
    'redshift',
    'databricks',
    'opensearch',
    'solr',
    'influxdb',
    'timescaledb',
    'scylladb',
    'firestore',
    'supabase',
  ],
  messaging: [
    'kafka',
    'rabbitmq',
    'sqs',
    'kinesis',
    'nats',
    'pubsub',
    'activemq',
    'pulsar',
    'zeromq',
    'mqtt',
    'kafka-streams',
    'sns',
    'eventbridge',
  ],
  observability: [
    'observability',
    'prometheus',
    'grafana',
    'opentelemetry',
    'datadog',
    'new-relic',
    'splunk',
    'sentry',
    'elk',
    'distributed-tracing',
    'jaeger',
    'zipkin',
    'loki',
    'honeycomb',
    'pagerduty',
    'kibana',
    'logstash',
    'fluentd',
    'dynatrace',
  ],
  ai: [
    'machine-learning',
    'llm',
    'generative-ai',
    'rag',
    'mcp',
    'langchain',
    'vector-database',
    'pytorch',
    'tensorflow',
    'openai-api',
    'ai-assisted-coding',
    'mlops',
    'deep-learning',
    'nlp',
    'computer-vision',
    'huggingface',
    'llamaindex',
    'fine-tuning',
    'prompt-engineering',
    'ai-agents',
    'embeddings',
    'anthropic-api',
    'scikit-learn',
    'pinecone',
    'pgvector',
    'weaviate',
    'vllm',
    'mlflow',
    'kubeflow',
    'sagemaker',
    'vertex-ai',
    'bedrock',
  ],
  data: [
    'spark',
    'airflow',
    'dbt',
    'etl',
    'hadoop',
    'flink',
    'pandas',
    'numpy',
    'data-pipelines',
    'data-warehouse',
    'data-modeling',
    'trino',
    'hive',
    'delta-lake',
    'iceberg',
    'dagster',
    'beam',
  ],
  security: [
    'oauth',
    'application-security',
    'oidc',
    'jwt',
    'saml',
    'sso',
    'encryption',
    'iam',
    'soc2',
    'gdpr',
    'pci-dss',
    'owasp',
    'devsecops',
  ],
  practice: [
    'tdd',
    'sre',
    'agile',
    'scrum',
    'code-review',
    'pair-programming',
    'devops',
    'on-call',
    'incident-management',
    'git',
    'performance-tuning',
    'design-patterns',
    'oop',
    'functional-programming',
    'algorithms',
  ],
  testing: ['unit-testing', 'integration-testing', 'jest', 'pytest', 'junit', 'selenium', 'cypress', 'playwright'],
};

/**
 * Alias texts deliberately shared by two skills: both are tagged.
 * "event sourcing" names the pattern and, per the labelling conventions, the event-driven concept.
 */
const SHARED_ALIASES: Record<string, string[]> = {
  'event sourcing': ['event-driven', 'event-sourcing'],
  'event-sourcing': ['event-driven', 'event-sourcing'],
};

/** Ordinary English words: as aliases they must be exact-case ("Spring", never "spring"). */
const ENGLISH_WORDS = [
  'go',
  'rest',
  'react',
  'express',
  'spring',
  'rails',
  'helm',
  'swift',
  'c',
  'r',
  'lambda',
  'cursor',
  'copilot',
  'node',
  'vault',
  'chef',
  'puppet',
  'consul',
  'flux',
  'beam',
  'spark',
  'rust',
  'ruby',
  'gin',
  'phoenix',
  'koa',
  'envoy',
  'loki',
  'nomad',
  'packer',
  'hive',
  'iceberg',
  'oracle',
  'sentry',
  'dart',
  'julia',
  'temporal',
  'ray',
  'bedrock',
  'aurora',
  'spanner',
  'pulsar',
  'mocha',
  'cucumber',
  'pact',
  'flask',
  'celery',
  'jest',
  'cypress',
  'playwright',
  'hibernate',
  'snowflake',
  'maven',
  'postman',
  'presto',
  'parquet',
  'agile',
  'java',
  'scala',
  'elixir',
  'groovy',
  'angular',
  'flutter',
  'looker',
  'swagger',
  'glue',
  'athena',
  'airflow',
  'kong',
  'drizzle',
  'prisma',
  'tokio',
  'thrift',
  'raft',
];

describe('skills', () => {
  it('has a version and at least 270 skills', () => {
    expect(TAXONOMY_VERSION).toMatch(/^\d{4}\.\d+\.\d+$/);
    expect(SKILLS.length).toBeGreaterThanOrEqual(270);
  });

  it('has unique kebab-case ids and a display name for each', () => {
    const ids = SKILLS.map((s) => s.id);
    expect(ids.filter((id) => !KEBAB.test(id))).toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(SKILLS.filter((s) => s.name.trim() === '' || s.name !== s.name.trim()).map((s) => s.id)).toEqual([]);
  });

  it('uses every category, and only known ones', () => {
    const used = new Set(SKILLS.map((s) => s.category));
    expect([...used].sort()).toEqual([...SKILL_CATEGORIES].sort());
  });

  it.each(
    Object.entries(REQUIRED).flatMap(([category, ids]) => ids.map((id) => [id, category] as const)),
  )('has %s in %s', (id, category) => {
    expect(byId.get(id)?.category).toBe(category);
  });

  it('gives every skill at least one alias, each non-empty and trimmed', () => {
    expect(SKILLS.filter((s) => s.aliases.length === 0).map((s) => s.id)).toEqual([]);
    const bad = SKILLS.flatMap((s) =>
      s.aliases
        .map(aliasObject)
        .filter((a) => a.text.trim() === '' || a.text !== a.text.trim() || /\s{2,}/.test(a.text))
        .map((a) => `${s.id}: "${a.text}"`),
    );
    expect(bad).toEqual([]);
  });

  it('writes guard words as single lower-case words, the way the matcher compares them', () => {
    const bad = SKILLS.flatMap((s) =>
      s.aliases
        .map(aliasObject)
        .flatMap((a) =>
          [...(a.contextWords ?? []), ...(a.notFollowedBy ?? []), ...(a.notPrecededBy ?? [])]
            .filter((w) => !/^[\p{Ll}\p{N}]+$/u.test(w))
            .map((w) => `${s.id} "${a.text}": ${w}`),
        ),
    );
    expect(bad).toEqual([]);
  });

  it('gives needsContext aliases some context of their own', () => {
    const bare = SKILLS.flatMap((s) =>
      s.aliases
        .map(aliasObject)
        .filter((a) => a.needsContext && (a.contextWords ?? []).length === 0)
        .map((a) => `${s.id}: ${a.text}`),
    );
    expect(bare).toEqual([]);
  });

  it('repeats no alias within a skill', () => {
    const repeated = SKILLS.flatMap((s) => {
      const keys = s.aliases.map(aliasKey);
      return keys.filter((k, i) => keys.indexOf(k) !== i).map((k) => `${s.id}: ${k}`);
    });
    expect(repeated).toEqual([]);
  });

  it('shares no alias text between two skills, except the listed ones', () => {
    const owners = new Map<string, Set<string>>();
    for (const s of SKILLS) {
      for (const a of s.aliases.map(aliasObject)) {
        const key = a.text.toLowerCase().replace(/\s+/g, ' ');
        owners.set(key, (owners.get(key) ?? new Set()).add(s.id));
      }
    }
    const shared = Object.fromEntries(
      [...owners].filter(([, ids]) => ids.size > 1).map(([text, ids]) => [text, [...ids].sort()]),
    );
    expect(shared).toEqual(SHARED_ALIASES);
  });

  it('matches English words only in exact case', () => {
    const loose = SKILLS.flatMap((s) =>
      s.aliases
        .map(aliasObject)
        .filter((a) => ENGLISH_WORDS.includes(a.text.toLowerCase()) && !a.exactCase)
        .map((a) => `${s.id}: ${a.text}`),
    );
    expect(loose).toEqual([]);
  });

  it('never lets the lower-case word "rest" name REST APIs', () => {
    const loose = byId
      .get('rest-api')!
      .aliases.map(aliasObject)
      .filter((a) => /^rest\b/i.test(a.text) && !a.exactCase)
      .map((a) => a.text);
    expect(loose).toEqual([]);
  });

  it('points implies at other existing skills, never from a framework to a language', () => {
    const bad = SKILLS.flatMap((s) =>
      (s.implies ?? [])
        .filter(
          (id) => id === s.id || !byId.has(id) || (s.category === 'framework' && byId.get(id)?.category === 'language'),
        )
        .map((id) => `${s.id} → ${id}`),
    );
    expect(bad).toEqual([]);
  });

  it.each([
    ['aws-lambda', ['aws']],
    ['kafka-streams', ['kafka']],
    ['dynamodb', []],
    ['sqs', []],
    ['kinesis', []],
    ['cloudformation', []],
    ['bigquery', []],
    ['kubernetes', []],
    ['rails', []],
    ['django', []],
    ['dotnet', []],
    ['nodejs', []],
  ])('implies for %s: %j', (id, implied) => {
    expect(byId.get(id)?.implies ?? []).toEqual(implied);
  });

  it.each([
    ['kubernetes', ['K8s', 'EKS', 'GKE', 'AKS']],
    ['go', ['Golang', 'Go']],
    ['postgresql', ['Postgres']],
    ['mongodb', ['Mongo']],
    ['spring', ['Spring Boot', 'Spring Cloud', 'Spring Framework']],
    ['rails', ['Ruby on Rails', 'Rails']],
    ['aws', ['EC2', 'S3', 'RDS', 'ECS', 'Fargate', 'CloudWatch', 'Amazon Web Services', 'AWS']],
    ['gcp', ['GCP', 'Google Cloud', 'Google Cloud Platform']],
    ['nodejs', ['Node', 'Node.js', 'NodeJS']],
    ['dotnet', ['.NET', '.NET Core', 'ASP.NET']],
    ['llm', ['LLMs', 'large language models']],
    ['generative-ai', ['GenAI', 'generative AI']],
    ['rag', ['RAG', 'retrieval-augmented generation']],
    ['mcp', ['MCP', 'Model Context Protocol']],
    ['machine-learning', ['ML', 'machine learning']],
    ['ai-assisted-coding', ['GitHub Copilot', 'Cursor', 'Claude Code', 'AI-assisted development']],
    ['openai-api', ['OpenAI API', 'GPT-4 API', 'OpenAI']],
    ['cpp', ['C++']],
    ['csharp', ['C#']],
    ['rest-api', ['REST', 'RESTful', 'REST APIs']],
    ['openapi', ['OpenAPI', 'Swagger']],
    ['argocd', ['Argo CD']],
    ['elk', ['ELK', 'Elastic Stack']],
    ['opentelemetry', ['OTel']],
    ['pubsub', ['Pub/Sub']],
    ['observability', ['observability', 'monitoring and alerting', 'logs, metrics and traces', 'telemetry']],
    ['ci-cd', ['CI/CD', 'continuous integration', 'continuous delivery', 'continuous deployment', 'CI pipelines']],
    ['event-driven', ['event-driven', 'event sourcing', 'event-based architecture', 'event streaming architecture']],
    ['caching', ['caching', 'caching layer', 'cache invalidation']],
    ['microservices', ['microservices', 'micro-services', 'microservice architecture']],
    ['distributed-systems', ['distributed systems', 'distributed computing']],
    ['distributed-tracing', ['distributed tracing', 'tracing']],
    ['sql', ['SQL']],
    ['nosql', ['NoSQL']],
    ['sre', ['SRE', 'site reliability engineering']],
    ['tdd', ['TDD', 'test-driven development']],
  ])('writes %s as the conventions say', (id, texts) => {
    const aliases = byId.get(id)?.aliases.map((a) => aliasObject(a).text) ?? [];
    expect(aliases).toEqual(expect.arrayContaining(texts));
  });

  it('does not let ASP.NET become a skill of its own', () => {
    expect(byId.has('aspnet')).toBe(false);
  });
});

describe('concept groups', () => {
  const REQUIRED_GROUPS = [
    'observability',
    'ai',
    'event-driven',
    'containers',
    'infrastructure-as-code',
    'ci-cd',
    'cloud',
    'data-engineering',
    'databases-sql',
    'databases-nosql',
    'api-design',
  ];

  it('has the required groups, with unique kebab-case ids', () => {
    const ids = CONCEPT_GROUPS.map((g) => g.id);
    expect(ids).toEqual(expect.arrayContaining(REQUIRED_GROUPS));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i || !KEBAB.test(id))).toEqual([]);
  });

  it('lists only existing skills, each once per group', () => {
    const bad = CONCEPT_GROUPS.flatMap((g) =>
      g.members.filter((id, i) => !byId.has(id) || g.members.indexOf(id) !== i).map((id) => `${g.id}: ${id}`),
    );
    expect(bad).toEqual([]);
  });

  it('includes the concept skill itself when one has the group id', () => {
    const missing = CONCEPT_GROUPS.filter((g) => byId.has(g.id) && !g.members.includes(g.id)).map((g) => g.id);
    expect(missing).toEqual([]);
  });

  it.each([
    [
      'observability',
      ['prometheus', 'grafana', 'opentelemetry', 'datadog', 'new-relic', 'splunk', 'sentry', 'elk', 'jaeger'],
    ],
    [
      'ai',
      ['machine-learning', 'llm', 'generative-ai', 'rag', 'mcp', 'langchain', 'vector-database', 'ai-assisted-coding'],
    ],
    ['event-driven', ['event-driven', 'kafka', 'rabbitmq', 'event-sourcing']],
    ['containers', ['docker', 'kubernetes', 'helm']],
    ['infrastructure-as-code', ['terraform', 'pulumi', 'cloudformation', 'ansible']],
    ['ci-cd', ['ci-cd', 'github-actions', 'gitlab-ci', 'jenkins', 'argocd']],
    ['cloud', ['aws', 'gcp', 'azure']],
    ['data-engineering', ['spark', 'airflow', 'dbt', 'etl']],
    ['databases-sql', ['sql', 'postgresql', 'mysql']],
    ['databases-nosql', ['nosql', 'mongodb', 'redis', 'dynamodb', 'cassandra']],
    ['api-design', ['rest-api', 'graphql', 'grpc', 'openapi']],
  ])('%s rolls up its core tools', (id, members) => {
    expect(CONCEPT_GROUPS.find((g) => g.id === id)?.members).toEqual(expect.arrayContaining(members));
  });
});

function aliasKey(a: AliasSpec): string {
  const o = aliasObject(a);
  const text = o.text.replace(/\s+/g, ' ');
  return o.exactCase ? text : text.toLowerCase();
}
