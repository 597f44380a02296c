// Enrichment throughput on one core: the whole pipeline (HTML → text, skills
// with context, salary, seniority, work mode …) against the usual approach of
// one case-insensitive regex per alias, on the same postings, same process.
import { createEnricher } from '../src/enrich/enrich.js';
import { extractSkills } from '../src/skills/extract.js';
import { SKILLS } from '../src/taxonomy/skills-data.js';
import { htmlToText } from '../src/text/html-to-text.js';
import { type BenchRow, measure } from './harness.js';
import { corpusOf3KbPostings } from './postings-corpus.js';

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The baseline: every alias as its own case-insensitive, word-bounded regex. */
function perAliasRegexes(): Array<{ id: string; re: RegExp }> {
  return SKILLS.flatMap((skill) =>
    skill.aliases.map((a) => {
      const text = typeof a === 'string' ? a : a.text;
      return { id: skill.id, re: new RegExp(`(?<![A-Za-z0-9])${escapeRegex(text)}(?![A-Za-z0-9])`, 'i') };
    }),
  );
}

export async function run(): Promise<BenchRow[]> {
  const postings = corpusOf3KbPostings(1_000);
  const bytes = postings.reduce((sum, p) => sum + Buffer.byteLength(p.description), 0);
  const enricher = createEnricher();
  const regexes = perAliasRegexes();
  const texts = postings.map((p) => htmlToText(p.description));

  const pipeline = await measure(() => {
    for (const p of postings) enricher.enrich(p);
  }, postings.length);
  // The part that does what the baseline does: skills from the HTML.
  const skillsOnly = await measure(() => {
    for (const p of postings) extractSkills({ title: p.title, text: htmlToText(p.description) }, enricher.taxonomy);
  }, postings.length);
  const baseline = await measure(() => {
    for (const text of texts) {
      const found = new Set<string>();
      for (const { id, re } of regexes) if (re.test(text)) found.add(id);
    }
  }, texts.length);

  const mbPerSec = (pipeline.opsPerSec * (bytes / postings.length)) / 1_000_000;
  return [
    {
      name: `enrichment pipeline, 3 KB postings (${regexes.length} aliases)`,
      unit: 'postings/s',
      value: pipeline.opsPerSec,
      baselineName: 'regex per alias, skills only',
      baseline: baseline.opsPerSec,
      ratio: pipeline.opsPerSec / baseline.opsPerSec,
      target: '≥ 10,000/s and ≥ 10×',
      met: pipeline.opsPerSec >= 10_000 && pipeline.opsPerSec / baseline.opsPerSec >= 10,
      peakRssMiB: Math.max(pipeline.peakRssMiB, baseline.peakRssMiB),
    },
    {
      name: 'skill extraction only (HTML → text → skills)',
      unit: 'postings/s',
      value: skillsOnly.opsPerSec,
      baselineName: 'regex per alias, skills only',
      baseline: baseline.opsPerSec,
      ratio: skillsOnly.opsPerSec / baseline.opsPerSec,
      target: '— (the pipeline row holds the target)',
      met: null,
      peakRssMiB: skillsOnly.peakRssMiB,
    },
    {
      name: 'enrichment pipeline, description text',
      unit: 'MB/s',
      value: mbPerSec,
      baselineName: 'regex per alias',
      baseline: (baseline.opsPerSec * (bytes / postings.length)) / 1_000_000,
      ratio: pipeline.opsPerSec / baseline.opsPerSec,
      target: '—',
      met: null,
      peakRssMiB: pipeline.peakRssMiB,
    },
  ];
}
