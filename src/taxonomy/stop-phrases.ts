// Company and product names that contain a skill's name but are not the
// skill ("Spring Health", "American Express"). Compiled into the alias index
// as a pseudo-skill, so finding them costs nothing extra; a skill match
// inside one is dropped.
import type { SkillDef } from './types.js';

export const STOP_SKILL_ID = '';

export const STOP_PHRASES: SkillDef = {
  id: STOP_SKILL_ID,
  name: 'not a skill',
  category: 'practice',
  aliases: [
    'spring health',
    'rust belt',
    'american express',
    'express scripts',
    'fedex express',
    'amazon go',
    'pokemon go',
    'pokémon go',
    'go daddy',
    'kafka on the shore',
    'oracle park',
    'red hat summit',
    'swift current',
    'elastic path',
    'go fund me',
    'ruby tuesday',
    'java house',
    'dart board',
  ],
};
