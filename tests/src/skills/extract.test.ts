// The traps that break other skill trackers, each as an exact expected tag set.
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../../../src/skills/extract.js';
import { compileDefaultTaxonomy } from '../../../src/taxonomy/default.js';

const taxonomy = compileDefaultTaxonomy();
const ids = (text: string, title = '', company: string | null = null) =>
  extractSkills({ title, text, company }, taxonomy)
    .map((t) => t.id)
    .sort();

describe('aliases the issue names', () => {
  it.each([
    ['We run K8s on EKS.', ['kubernetes']],
    ['Backend services in Golang.', ['go']],
    ['Our data lives in Postgres.', ['postgresql']],
    ['APIs built with Spring Boot.', ['spring']],
    ['A Ruby on Rails monolith.', ['rails', 'ruby']],
    ['Event handlers on AWS Lambda.', ['aws', 'aws-lambda']],
    ['You will build features on large language models.', ['llm']],
    ['We use Copilot and Cursor for coding every day.', ['ai-assisted-coding']],
    ['Kotlin or Java on the JVM.', ['java', 'kotlin']],
    ['Django and PostgreSQL.', ['django', 'postgresql']],
    ['Go, Rust and C for the data plane.', ['c', 'go', 'rust']],
    ['Written in C/C++ and C#.', ['c', 'cpp', 'csharp']],
    ['Experience with REST APIs and gRPC.', ['grpc', 'rest-api']],
    ['RESTful services in Node.js with Express.', ['express', 'nodejs', 'rest-api']],
    ['We write SQL daily against MySQL and a NoSQL store.', ['mysql', 'nosql', 'sql']],
    ['Microsoft SQL Server and PostgreSQL.', ['postgresql', 'sql-server']],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});

describe('concepts are tagged by name, not by their tools', () => {
  it.each([
    ['You care about observability: logs, metrics and traces.', ['observability']],
    ['We run Prometheus and Grafana.', ['grafana', 'prometheus']],
    ['Own our CI/CD and continuous delivery.', ['ci-cd']],
    ['We use GitHub Actions.', ['github-actions']],
    ['An event-driven architecture with event sourcing.', ['event-driven', 'event-sourcing']],
    ['We use Kafka.', ['kafka']],
    ['Add a caching layer in front of the API.', ['caching']],
    ['Strong system design skills.', ['system-design']],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});

describe('traps are not tagged', () => {
  it.each([
    'Go the extra mile for our customers.',
    'You will own our go-to-market tooling.',
    'Go beyond what is expected.',
    'You will work with the rest of the team.',
    'You react to changes quickly and react to incidents.',
    'We offer express delivery of your laptop.',
    'Start date: spring 2027.',
    'You will present to C-level executives.',
    'We just raised our Series C.',
    'If your skills are rusty, that is fine.',
    'You will be at the helm of the project.',
    'We put guard rails around deploys.',
    'A swift response to customers matters.',
    'Our R&D team is in Berlin.',
    'No Kubernetes experience needed.',
    "You don't need to know Rust.",
    "We don't use Java.",
    'Kubernetes experience is not required.',
    'Our AI-powered platform helps teams hire.',
    'See https://github.com/acme/kafka-tools and email careers@rustworks.example.',
    'Plan B is Type C.',
  ])('%s', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it("does not count the company's own name", () => {
    expect(ids('Spring Health is hiring engineers to work on our platform.', '', 'Spring Health')).toEqual([]);
    expect(ids('Join Go1 to build our learning platform.', '', 'Go1')).toEqual([]);
  });

  it('keeps a nice-to-have that says it is not required', () => {
    expect(ids('Kafka is a plus, not required.')).toEqual(['kafka']);
  });
});

describe('real-world shapes found in HN posts', () => {
  it.each([
    ['Our object store, OpenStack Swift, keeps petabytes.', ['openstack']],
    ['Please send your GitHub profile and a CV.', []],
    ['Bonus points for GitHub stars on our open-source repos.', []],
    ['We keep our code on GitHub.', ['github']],
    ['The backend uses Django, celery, PostgreSQL and redis.', ['celery', 'django', 'postgresql', 'redis']],
    ['We want a senior rails engineer.', ['rails']],
    ['We are hiring java and php developers.', ['java', 'php']],
    ['We have celery sticks in the kitchen.', []],
    ['Our product is an open-source alternative to AWS.', []],
    ['Object storage (think S3) at scale.', []],
    ['Hiring Hadoop/data-pipeline engineers.', ['data-pipelines', 'hadoop']],
    ['We pair program most days.', ['pair-programming']],
    ['You don’t need to know Rust.', []],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});

describe('evidence and requirement', () => {
  it('records matched text, offsets and the section', () => {
    const text =
      'About us\nWe build payments.\n\nRequirements:\n• 5+ years of Go\n• Postgres\n\nNice to have:\n• Kafka\n• Terraform is a plus';
    const tags = extractSkills({ title: 'Senior Backend Engineer (Rust)', text }, taxonomy);
    const byId = Object.fromEntries(tags.map((t) => [t.id, t]));
    expect(byId.go?.requirement).toBe('required');
    expect(byId.postgresql?.requirement).toBe('required');
    expect(byId.kafka?.requirement).toBe('preferred');
    expect(byId.terraform?.requirement).toBe('preferred');
    expect(byId.rust).toMatchObject({ requirement: 'required', evidence: { field: 'title', text: 'Rust' } });
    const go = byId.go?.evidence;
    expect(go && text.slice(go.start, go.end)).toBe('Go');
    expect(byId.postgresql?.evidence.text).toBe('Postgres');
  });

  // With no section heading, the sentence's own cue words decide.
  it.each([
    ['Kafka is nice to have.', 'preferred'],
    ['Kafka would be a big plus.', 'preferred'],
    ['Kafka experience is welcome.', 'preferred'],
    ['Kafka? Even better.', 'unknown'],
    ['We use Kafka, even better if you know it.', 'preferred'],
    ['Kafka experience is not required.', undefined], // negated: not asked for at all
    ['Not required, but Kafka helps.', 'preferred'],
    ['Bonus points for Kafka.', 'preferred'],
    ['Ideally you know Kafka.', 'preferred'],
    ['Kafka would love to see.', 'preferred'],
    ['Kafka: good to have.', 'preferred'],
    ['Kafka experience is required.', 'required'],
    ['You must know Kafka.', 'required'],
    ['Strong experience with Kafka.', 'required'],
    ['Strong coffee and Kafka.', 'unknown'],
    ['5+ years of Kafka.', 'required'],
    ['Many years of Kafka.', 'unknown'],
    ['We run Kafka in production.', 'unknown'],
    ['We use Kafka to make the product a better citizen.', 'unknown'],
  ])('%s → %s', (text, expected) => {
    const kafka = extractSkills({ title: 'Engineer', text }, taxonomy).find((t) => t.id === 'kafka');
    expect(kafka?.requirement).toBe(expected);
  });

  it('lists each skill once', () => {
    const tags = extractSkills({ title: 'Go Engineer', text: 'Go, Go, Golang and more Go.' }, taxonomy);
    expect(tags.map((t) => t.id)).toEqual(['go']);
  });
});
