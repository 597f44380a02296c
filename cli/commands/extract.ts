// `skillpulse extract`: JSON Lines in on stdin, one enrichment per line out on
// stdout, in order. A bad line gets an error line in its place; the rest go on.
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { type Enricher, createEnricher } from '../../src/enrich/enrich.js';
import { EXIT_FAILURE, EXIT_OK } from '../errors.js';

export interface ExtractInputLine {
  id?: unknown;
  title?: unknown;
  description?: unknown;
  company?: unknown;
  location?: unknown;
}

/** The answer for one input line: an enrichment, or `{line, error}`. */
export function extractLine(enricher: Enricher, raw: string, lineNumber: number): { ok: boolean; output: unknown } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    return { ok: false, output: { line: lineNumber, error: `invalid JSON: ${(error as Error).message}` } };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, output: { line: lineNumber, error: 'expected a JSON object' } };
  }
  const input = parsed as ExtractInputLine;
  if (typeof input.description !== 'string' || input.description.trim() === '') {
    return { ok: false, output: { line: lineNumber, error: 'no description (a non-empty string is required)' } };
  }
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  const result = enricher.enrich({
    title: text(input.title) ?? '',
    description: input.description,
    company: text(input.company),
    location: text(input.location),
  });
  const salary = result.salary;
  return {
    ok: true,
    output: {
      id: input.id ?? null,
      skills: result.skills.map((s) => ({
        id: s.id,
        category: s.category,
        requirement: s.requirement,
        evidence: s.evidence,
      })),
      salary: salary && {
        min: salary.min,
        max: salary.max,
        currency: salary.currency,
        period: salary.period,
        annualMin: salary.annualMin,
        annualMax: salary.annualMax,
      },
      seniority: result.seniority,
      yearsMin: result.yearsMin,
      remote: result.workMode,
      backend: result.backend,
      aiClass: result.aiClass,
      country: result.country,
    },
  };
}

export async function runExtract(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<number> {
  const enricher = createEnricher();
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  let failed = 0;
  for await (const raw of lines) {
    lineNumber++;
    const { ok, output: answer } = extractLine(enricher, raw, lineNumber);
    if (!ok) failed++;
    if (!output.write(`${JSON.stringify(answer)}\n`)) await new Promise((r) => output.once('drain', r));
  }
  return failed > 0 ? EXIT_FAILURE : EXIT_OK;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('tag JSON Lines postings from stdin with skills, salary, seniority and work mode')
    .addHelpText(
      'after',
      `
Input, one JSON object per line:  {"id", "title", "description", "company"?, "location"?}
Output, one JSON line per input line, in order:
  {"id", "skills": [{"id", "category", "requirement", "evidence"}], "salary": {...} | null,
   "seniority", "yearsMin", "remote", "backend", "aiClass", "country"}
A line that is not valid JSON or has no description gives {"line": N, "error": "..."};
the exit code is then 1.`,
    )
    .action(async () => {
      process.exitCode = await runExtract(process.stdin, process.stdout);
    });
}
