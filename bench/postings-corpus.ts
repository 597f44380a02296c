// Realistic ~3 KB postings for the enrichment benchmark, stitched from the
// labelled evaluation set (hand-written postings in every format).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawPosting } from '../src/enrich/enrich.js';
import { repoRoot } from './repo-root.js';

export function corpusOf3KbPostings(count: number, targetBytes = 3_072): RawPosting[] {
  const lines = readFileSync(join(repoRoot(), 'tests', 'eval', 'postings.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean);
  const source = lines
    .slice(1)
    .map(
      (l) => JSON.parse(l) as { title: string; description: string; company: string | null; location: string | null },
    );
  const postings: RawPosting[] = [];
  for (let i = 0; postings.length < count; i++) {
    const first = source[i % source.length]!;
    let description = first.description;
    for (let k = 1; Buffer.byteLength(description) < targetBytes; k++) {
      description += `\n${source[(i + k * 7) % source.length]!.description}`;
    }
    postings.push({
      title: first.title,
      description: description.slice(0, targetBytes),
      company: first.company,
      location: first.location,
    });
  }
  return postings;
}
