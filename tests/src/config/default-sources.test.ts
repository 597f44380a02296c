import { describe, expect, it } from 'vitest';
import { DEFAULT_SOURCES } from '../../../src/config/default-sources.js';
import { configSchema, sourceConfig } from '../../../src/config/schema.js';

const ATS_TYPES = ['greenhouse', 'lever', 'ashby'] as const;

/** The board token or site name of a company source. */
function tokenOf(source: (typeof DEFAULT_SOURCES)[number]): string | undefined {
  if (source.type === 'greenhouse' || source.type === 'ashby') return source.board;
  if (source.type === 'lever') return source.site;
  return undefined;
}

const companies = DEFAULT_SOURCES.filter((s) => (ATS_TYPES as readonly string[]).includes(s.type));

describe('DEFAULT_SOURCES', () => {
  it.each(DEFAULT_SOURCES.map((s) => [s.name, s] as const))('%s parses with the source schema', (_name, source) => {
    const result = sourceConfig.safeParse(source);
    expect(result.success, result.success ? '' : JSON.stringify(result.error.issues)).toBe(true);
    // Parsing adds nothing and changes nothing: the entries are already in their output form.
    expect(result.data).toEqual(source);
  });

  it('passes the whole config schema, including its duplicate-name check', () => {
    expect(configSchema.safeParse({ sources: DEFAULT_SOURCES }).success).toBe(true);
  });

  it('has unique names', () => {
    const names = DEFAULT_SOURCES.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('lists each board only once', () => {
    const keys = companies.map((s) => `${s.type}:${tokenOf(s)?.toLowerCase()}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('starts with Hacker News since April 2011', () => {
    const first = DEFAULT_SOURCES[0];
    expect(first?.type).toBe('hn');
    expect(first?.type === 'hn' ? first.since : undefined).toBe('2011-04');
    expect(first?.enabled).toBe(true);
    expect(DEFAULT_SOURCES.filter((s) => s.type === 'hn')).toHaveLength(1);
  });

  it('has at least 40 company sources', () => {
    expect(companies.length).toBeGreaterThanOrEqual(40);
    expect(companies.length).toBe(DEFAULT_SOURCES.length - 1);
  });

  it.each(ATS_TYPES)('has at least 8 %s sources', (type) => {
    expect(companies.filter((s) => s.type === type).length).toBeGreaterThanOrEqual(8);
  });

  it('names every company, enables every source, and names each after its ATS and token', () => {
    for (const source of companies) {
      expect(source.enabled).toBe(true);
      expect('company' in source ? source.company : undefined).toBeTruthy();
      expect(source.name).toBe(`${source.type}-${tokenOf(source)}`);
    }
  });
});
