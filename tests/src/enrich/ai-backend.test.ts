import { describe, expect, it } from 'vitest';
import { aiClassOf } from '../../../src/enrich/ai-class.js';
import { isBackendRole } from '../../../src/enrich/backend.js';

describe('aiClassOf', () => {
  it.each([
    [['llm', 'python'], 'We build RAG pipelines on LLMs.', 'building'],
    [[], 'You will build AI features for our customers.', 'building'],
    [['ai-assisted-coding'], 'We use Copilot for coding.', 'using'],
    [[], 'We embrace AI tools in our workflow.', 'using'],
    [[], 'Our AI-powered platform helps teams hire.', 'generic'],
    [['go'], 'We build payment APIs in Go.', null],
  ])('%j %s → %s', (skills, text, expected) => {
    expect(aiClassOf(skills, text)).toBe(expected);
  });
});

describe('isBackendRole', () => {
  const server = [
    { id: 'go', category: 'language' },
    { id: 'postgresql', category: 'database' },
  ];
  it.each([
    ['Senior Backend Engineer', [], true],
    ['Site Reliability Engineer', [], true],
    ['Platform Engineer', [], true],
    ['Full-Stack Developer', [], true],
    ['Data Engineer', [], true],
    ['Machine Learning Engineer', [], true],
    ['Senior Frontend Engineer', server, false],
    ['iOS Engineer', [], false],
    ['Product Designer', [], false],
    ['Technical Recruiter', [], false],
    ['Software Engineer', server, true],
    ['Software Engineer', [{ id: 'react', category: 'frontend' }], false],
  ])('%s → %s', (title, skills, expected) => {
    expect(isBackendRole({ title, skills })).toBe(expected);
  });

  it('can be widened by config', () => {
    expect(isBackendRole({ title: 'Blockchain Protocol Developer', skills: [] })).toBe(false);
    expect(
      isBackendRole({ title: 'Blockchain Protocol Developer', skills: [] }, { extraTitleKeywords: ['protocol'] }),
    ).toBe(true);
  });
});
