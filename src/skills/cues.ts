// The cue words of a text on their own, for callers that have not scanned it
// for skills already (the pipeline gets them from that scan for free).
import { compileTaxonomy } from '../taxonomy/compile.js';
import { type Cues, emptyCues } from './cue-words.js';
import { scanText } from './candidates.js';

const CUES_ONLY = compileTaxonomy([]);

export function findCues(text: string): Cues {
  return scanText(text, CUES_ONLY, emptyCues()).cues;
}
