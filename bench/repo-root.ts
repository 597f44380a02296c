// The repository's root, for the files benchmarks read and write beside the
// source (tests/eval/, bench/.cache/): bench/ runs under tsx and from
// dist/bench/ once compiled, one folder deeper.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export function repoRoot(): string {
  for (const up of ['..', '../..']) {
    const dir = resolve(dirname(fileURLToPath(import.meta.url)), up);
    if (existsSync(join(dir, 'package.json'))) return dir;
  }
  throw new Error('bench: package.json not found above bench/');
}
