// Work mode (remote, hybrid, onsite) from what the posting says, null when
// it says nothing. The location and title are read first: they are where
// sources put it ("Remote - US", "NYC | ONSITE"); the description only counts
// when it says so plainly, because "remote" alone also means "remote sensing".
import type { WorkMode } from '../domain.js';
import type { Cues } from '../skills/cue-words.js';
import { findCues } from '../skills/cues.js';
import { windowsAt } from '../text/windows.js';

const HYBRID =
  /\bhybrid\b|\bdays? in (?:the )?office\b|\bpartially remote\b|\bpart[- ]remote\b|\bflex(?:ible)? (?:office|remote)\b/i;
/** "3 days a week in the office", "office 2-3 days/week": hybrid too. */
const HYBRID_DAYS =
  /\b[1-4](?:\s*[-–]\s*[1-4])?\s*days?\s*(?:a|per|\/|each)\s*week\s*(?:in|at|from)\b|\b(?:office|home|remote|on-?site)[a-z ]{0,10}\(?\s*[1-4](?:\s*[-–]\s*[1-4])?\s*days?\s*(?:a|per|\/)\s*week|\b(?:\d|one|two|three|four)\s*(?:\+\s*)?days?\s*(?:a|per|\/)\s*week\s*(?:in|at)\s*(?:the|our)?\s*(?:office|hq|studio)/i;
/** What every match of HYBRID_DAYS holds, in lower case: far cheaper to look for than the pattern. */
const DAYS_A_WEEK = /days?\s*(?:a|per|\/|each)\s*week/;
const NOT_REMOTE = /\b(?:no|not|non)[- ](?:remotes?|wfh)\b|\bremote (?:is )?not (?:possible|available|an option)\b/i;
const REMOTE_STRONG =
  /\bremote\b|\bwfh\b|\bwork from (?:home|anywhere)\b|\banywhere in the world\b|\bdistributed company\b|\bfully distributed\b/i;
const REMOTE_PLAIN =
  /\b(?:fully|100%|completely|entirely|full[- ]time) remote\b|\bremote[- ](?:first|only|friendly|ok|okay|possible|allowed|position|role|job|work|opportunity|option)\b|\b(?:position|role|job|this) is (?:fully )?remote\b|\bwork(?:ing)? remotely\b|\bremote (?:within|from|in) (?:the )?(?:us|usa|eu|uk|europe|canada|[A-Z][a-z]+)\b|\bwork from (?:home|anywhere)\b|\bremote\s*[(\-–|:]|\b(?:or|\/)\s*remote\b/i;
const ONSITE =
  /\bon[- ]?site\b|\bin[- ]office\b(?! (?:massages?|lunch(?:es)?|snacks|meals|perks|events|yoga|gym|coffee|barista))|\bin[- ]person\b|\boffice[- ]based\b|\b(?:in|at) our [a-z ]{0,20}(?:office|headquarters|hq)\b|\b5 days (?:a|per) week in\b|\brelocat(?:e|ion)\b/i;
const ONSITE_STRONG = /\bon[- ]?site\b|\bin[- ]office\b|\bin[- ]person\b|\boffice[- ]based\b/i;

/** Every rule below needs one of these words: the location, title and header are read only when one is there. */
const ANY_SIGNAL =
  /remote|hybrid|on[- ]?site|office|in[- ]person|wfh|work from|anywhere|distributed|relocat|headquarters|\bhq\b|days?\s*(?:a|per|\/) ?week/i;

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
  const fromStrong = ANY_SIGNAL.test(strong) ? classify(strong, STRONG_RULES) : null;
  if (fromStrong) return fromStrong;
  // The windows are cut around work-mode words: no need to look for one again.
  const cues = input.cues ?? findCues(input.text);
  return classify(windowsAt(input.text, cues.workMode, REACH), PLAIN_RULES);
}

/** Characters read either side of a work-mode word: enough for every rule's phrase. */
const REACH = 60;

/**
 * A pattern with words that every match of it contains (lower case): the
 * pattern runs only when one of them is in the text. The alternations above
 * cost a few ns per character; `includes` on the lower-cased text far less.
 */
interface Rule {
  pattern: RegExp;
  /** Words (or a pattern, on the lower-cased text) the pattern's every match holds. */
  needs: readonly string[] | RegExp;
}

const rule = (pattern: RegExp, needs: string | RegExp): Rule => ({
  pattern,
  needs: typeof needs === 'string' ? needs.split('|') : needs,
});

function holds({ pattern, needs }: Rule, text: string, lower: string): boolean {
  const possible = needs instanceof RegExp ? needs.test(lower) : needs.some((word) => lower.includes(word));
  return possible && pattern.test(text);
}

const HYBRID_RULE = rule(HYBRID, 'hybrid|day in|days in|partially remote|part-remote|part remote|flex');
const HYBRID_DAYS_RULE = rule(HYBRID_DAYS, DAYS_A_WEEK);
const NOT_REMOTE_RULE = rule(NOT_REMOTE, 'remote|wfh');
const REMOTE_OR_HYBRID = rule(/\bremote (?:or|\/) hybrid\b/i, 'hybrid');

/** Rules for the location, title and header, and rules for the description. */
const STRONG_RULES = {
  remote: rule(REMOTE_STRONG, 'remote|wfh|work from|anywhere|distributed'),
  onsite: rule(ONSITE_STRONG, 'site|office|person'),
};
const PLAIN_RULES = {
  remote: rule(REMOTE_PLAIN, 'remote|work from'),
  onsite: rule(ONSITE, 'site|office|person|headquarters|hq|5 days|relocat'),
};

function classify(text: string, rules: { remote: Rule; onsite: Rule }): WorkMode | null {
  if (!text) return null;
  const lower = text.toLowerCase();
  if (holds(HYBRID_RULE, text, lower) || holds(HYBRID_DAYS_RULE, text, lower)) {
    return holds(REMOTE_OR_HYBRID, text, lower) && holds(rules.remote, text, lower) ? 'remote' : 'hybrid';
  }
  const notRemote = holds(NOT_REMOTE_RULE, text, lower);
  // "REMOTE or ONSITE": remote is offered, so it is a remote job.
  if (!notRemote && holds(rules.remote, text, lower)) return 'remote';
  if (notRemote || holds(rules.onsite, text, lower)) return 'onsite';
  return null;
}
