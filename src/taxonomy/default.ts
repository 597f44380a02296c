// The taxonomy every caller uses: the skills and the stop phrases, compiled once.
import { type CompiledTaxonomy, compileTaxonomy } from './compile.js';
import { SKILLS } from './skills-data.js';
import { STOP_PHRASES } from './stop-phrases.js';

export function compileDefaultTaxonomy(): CompiledTaxonomy {
  return compileTaxonomy([...SKILLS, STOP_PHRASES]);
}
