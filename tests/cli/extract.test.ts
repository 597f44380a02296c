import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('skillpulse extract', () => {
  it('answers each JSON line in order, with error lines in place of bad ones', async () => {
    const input = [
      JSON.stringify({
        id: 'a',
        title: 'Senior Backend Engineer',
        description: '<p>Remote (US). We use Go, K8s and Postgres.</p><p>Salary: $150k–$190k</p>',
      }),
      '{not json',
      JSON.stringify({ id: 'c', title: 'Engineer' }),
      JSON.stringify({
        id: 7,
        title: 'Junior Developer',
        description: 'Negotiable salary. Python.',
        location: 'Berlin, Germany',
      }),
      '',
    ].join('\n');
    const { code, stdout, stderr } = await runCli(['extract'], { input });
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    const first = lines[0];
    expect(first.id).toBe('a');
    expect(first.skills.map((s: { id: string }) => s.id).sort()).toEqual(['go', 'kubernetes', 'postgresql']);
    expect(first.skills[0]).toMatchObject({ category: expect.any(String), requirement: expect.any(String) });
    expect(first.skills.find((s: { id: string }) => s.id === 'kubernetes').evidence.text).toBe('K8s');
    expect(first.salary).toEqual({
      min: 150000,
      max: 190000,
      currency: 'USD',
      period: 'year',
      annualMin: 150000,
      annualMax: 190000,
    });
    expect(first).toMatchObject({ seniority: 'senior', yearsMin: null, remote: 'remote', backend: true });
    expect(lines[1]).toMatchObject({ line: 2, error: expect.stringMatching(/invalid JSON/) });
    expect(lines[2]).toEqual({ line: 3, error: 'no description (a non-empty string is required)' });
    expect(lines[3]).toMatchObject({ id: 7, salary: null, seniority: 'junior', remote: null });
    expect(lines[3].skills.map((s: { id: string }) => s.id)).toEqual(['python']);
  });

  it('exits 0 when every line is good', async () => {
    const { code, stdout } = await runCli(['extract'], {
      input: '{"id":1,"title":"Platform Engineer","description":"Terraform"}\n',
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).skills.map((s: { id: string }) => s.id)).toEqual(['terraform']);
  });
});

describe('skillpulse retag', () => {
  it('syncs the skills table and re-tags the (empty) corpus', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'skillpulse-retag-'));
    try {
      const db = join(dir, 'x.db');
      const { code, stdout } = await runCli(['retag', '--db', db]);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^re-tagged 0 postings with taxonomy \d{4}\.\d+\.\d+ in [\d.]+ s$/m);
      const { openDatabase } = await import('../../db/connection.js');
      const opened = openDatabase(db, { readonly: true });
      const skills = await opened.db.selectFrom('skills').select('id').execute();
      await opened.close();
      const { SKILLS } = await import('../../src/taxonomy/skills-data.js');
      expect(skills).toHaveLength(SKILLS.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
