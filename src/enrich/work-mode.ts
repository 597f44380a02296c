// Work mode (remote, hybrid, onsite) from what the posting says, null when
// it says nothing. The location and title are read first: they are where
// sources put it ("Remote - US", "NYC | ONSITE"); the description only counts
// when it says so plainly, because "remote" alone also means "remote sensing".
import type { WorkMode } from '../domain.js';
import type { Cues } from '../skills/cue-words.js';
import { findCues } from '../skills/cues.js';
import { windowsAt } from '../text/windows.js';

const HYBRID =
  /\bhybrid\b|\b[1-4](?:\s*[-–]\s*[1-4])?\s*days?\s*(?:a|per|\/|each)\s*week\s*(?:in|at|from)\b|\b(?:office|home|remote|on-?site)[a-z ]{0,10}\(?\s*[1-4](?:\s*[-–]\s*[1-4])?\s*days?\s*(?:a|per|\/)\s*week|\b(?:\d|one|two|three|four)\s*(?:\+\s*)?days?\s*(?:a|per|\/)\s*week\s*(?:in|at)\s*(?:the|our)?\s*(?:office|hq|studio)|\bdays? in (?:the )?office\b|\bpartially remote\b|\bpart[- ]remote\b|\bflex(?:ible)? (?:office|remote)\b/i;
const NOT_REMOTE = /\b(?:no|not|non)[- ](?:remotes?|wfh)\b|\bremote (?:is )?not (?:possible|available|an option)\b/i;
const REMOTE_STRONG =
  /\bremote\b|\bwfh\b|\bwork from (?:home|anywhere)\b|\banywhere in the world\b|\bdistributed company\b|\bfully distributed\b/i;
const REMOTE_PLAIN =
  /\b(?:fully|100%|completely|entirely|full[- ]time) remote\b|\bremote[- ](?:first|only|friendly|ok|okay|possible|allowed|position|role|job|work|opportunity|option)\b|\b(?:position|role|job|this) is (?:fully )?remote\b|\bwork(?:ing)? remotely\b|\bremote (?:within|from|in) (?:the )?(?:us|usa|eu|uk|europe|canada|[A-Z][a-z]+)\b|\bwork from (?:home|anywhere)\b|\bremote\s*[(\-–|:]|\b(?:or|\/)\s*remote\b/i;
const ONSITE =
  /\bon[- ]?site\b|\bin[- ]office\b(?! (?:massages?|lunch(?:es)?|snacks|meals|perks|events|yoga|gym|coffee|barista))|\bin[- ]person\b|\boffice[- ]based\b|\b(?:in|at) our [a-z ]{0,20}(?:office|headquarters|hq)\b|\b5 days (?:a|per) week in\b|\brelocat(?:e|ion)\b/i;
const ONSITE_STRONG = /\bon[- ]?site\b|\bin[- ]office\b|\bin[- ]person\b|\boffice[- ]based\b/i;

/** Every rule below needs one of these words; most of a posting has none. */
const ANY_SIGNAL =
  /remote|hybrid|on[- ]?site|office|in[- ]person|wfh|anywhere|distributed|relocat|headquarters|\bhq\b|days?\s*(?:a|per|\/) ?week/i;

export interface WorkModeInput {
  title: string;
  location?: string | null;
  /** The first line or header of the posting, where HN posts put "REMOTE | ONSITE". */
  header?: string | null;
  text: string;
  /** The cue words of `text`, when the caller has them already. */
  cues?: Cues;
}

export function workModeOf(input: WorkModeInput): WorkMode | null {
  const strong = [input.location, input.title, input.header].filter(Boolean).join(' | ');
  const fromStrong = classify(strong, REMOTE_STRONG, ONSITE_STRONG);
  if (fromStrong) return fromStrong;
  const cues = input.cues ?? findCues(input.text);
  return classify(windowsAt(input.text, cues.workMode, REACH), REMOTE_PLAIN, ONSITE);
}

/** Characters read either side of a work-mode word: enough for every rule's phrase. */
const REACH = 60;

function classify(text: string, remote: RegExp, onsite: RegExp): WorkMode | null {
  if (!text || !ANY_SIGNAL.test(text)) return null;
  if (HYBRID.test(text)) return remote.test(text) && /\bremote (?:or|\/) hybrid\b/i.test(text) ? 'remote' : 'hybrid';
  const notRemote = NOT_REMOTE.test(text);
  // "REMOTE or ONSITE": remote is offered, so it is a remote job.
  if (!notRemote && remote.test(text)) return 'remote';
  if (notRemote || onsite.test(text)) return 'onsite';
  return null;
}
