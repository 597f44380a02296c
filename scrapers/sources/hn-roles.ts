// Role titles in the free text of "Who is hiring?" posts: which words make a
// role, how a list of roles is split ("Backend and Frontend Developers" is two
// roles), and the prose fallback ("we are hiring a senior Go developer").

/** Head nouns of a job title. A phrase holding none of them is not a role ("coffee lovers", "people"). */
const NOUNS =
  'engineer|developer|dev|programmer|hacker|architect|designer|scientist|analyst|manager|administrator|admin|sysadmin|' +
  'consultant|researcher|specialist|writer|marketer|recruiter|tester|coder|technician|modell?er|director|strategist|' +
  'evangelist|artist|animator|producer|editor|representative|executive|assistant|coordinator|officer|ninja|' +
  'expert|instructor|teacher|journalist|sde|intern';
export const ROLE_NOUN = new RegExp(
  `\\b(?:(?:${NOUNS})s?|devops|sres?|cto|vp|(?:head|vp|director) of(?: [\\w&/-]+){1,3}|(?:tech|team|technical) leads?)(?!\\w|-\\w)`,
  'i',
);
/** The noun a role phrase ends with, for handing it to the bare modifiers before it ("Backend and Frontend Developers"). */
const LAST_NOUN = new RegExp(`\\b((?:${NOUNS})s?|devops|sres?|cto|(?:tech|team|technical) leads?)$`, 'i');

/** Words that make a fragment a sentence rather than a title. */
export const PROSE =
  /\b(?:is|are|was|be|been|has|have|had|do|does|will|can|if|when|by|as an?|this|that|these|those|we|we're|our|you|your|i|i'm|they|he|she|here|there|looking|hiring|seeking|seeks|needs|wants|helps?|join|experience|years)\b/i;

/** Counts, articles and praise before a role ("a few talented engineers"): not part of the title. */
const FILLER =
  /^(?:(?:a|an|the|for|our|my|your|their|both|either|all|any|at least|one more|one|two|three|four|five|\d+\+?|some|several|multiple|many|more|few|couple|of|additional|talented|great|brilliant|smart|bright|very|passionate|awesome|amazing|exceptional|excellent|outstanding|strong|motivated|seasoned|top[- ]notch|top|rockstar|world[- ]class|skilled|driven|enthusiastic|every|each|most|highly|truly|really|especially|particularly|mainly|primarily|mostly|also|full[- ]?time|part[- ]?time|permanent|remote|on-?site)[\s,]+)+/i;

/** Words that stay in capitals when an all-capitals title is re-cased. */
const ACRONYMS = new Set('API AWS CTO CSS CRM DBA ERP ETL GIS IOS NET PHP QA SDE SEO SQL SRE SDET VP UI UX'.split(' '));
export const MAX_ROLES = 10;
const MAX_TITLE_WORDS = 10;
/** A list of titles ("Senior Backend Engineers, SREs and Data Engineers") runs longer than one title. */
const MAX_ROLE_TEXT_WORDS = 20;

/** True when the text ends on a role noun ("Backend Engineers"), not on more words after it. */
export function endsWithRole(text: string): boolean {
  return LAST_NOUN.test(text.replace(/[\s.,;:!]+$/, ''));
}

/** True when the fragment reads as a job title (or a list of them), not a sentence. */
export function isRoleText(text: string): boolean {
  return ROLE_NOUN.test(text) && words(text) <= MAX_ROLE_TEXT_WORDS && !PROSE.test(text);
}

/**
 * The roles of a title fragment: "Backend Engineer, SRE" → two. Split on
 * commas, "and", "&", "or" and ";" only where every piece names a role or
 * is a short modifier of the role after it; "Developer/Architect" stays one
 * role (a slash joins two names of the same job far more often than two jobs).
 */
export function splitRoles(text: string): string[] {
  // Asides hold stacks ("Developer (Go, Postgres)"), cut or whole.
  const bare = text.replace(/\([^()]*\)?/g, ' ');
  // "C++" and "Node.js + Go" are not lists: only a spaced "+" separates.
  const raw = bare.split(/\s*[,;]\s*(?:and\s+|&\s+|or\s+|as well as\s+)?|\s+(?:and|&|or|as well as|\+)\s+/i);
  const roles: string[] = [];
  raw.forEach((piece, index) => {
    const title = cleanTitle(piece);
    if (title === '' || PROSE.test(title)) return;
    if (ROLE_NOUN.test(title)) roles.push(title);
    else if (words(title) <= 3) {
      // "Backend" in "Backend and Frontend Developers": a modifier of the next role's noun. Not when
      // that role is counted on its own ("Go, Rust and a few product managers").
      const next = raw.slice(index + 1).find((later) => ROLE_NOUN.test(later)) ?? '';
      const counted = (text: string): boolean => FILLER.test(`${text.trim()} `);
      const noun = counted(next) && !counted(piece) ? undefined : LAST_NOUN.exec(cleanTitle(next))?.[1];
      if (noun) roles.push(cleanTitle(`${title} ${noun}`));
    }
  });
  const whole = cleanTitle(bare);
  if (roles.length === 0) return whole && ROLE_NOUN.test(whole) ? [singular(whole)] : [];
  return unique(roles.map(singular)).slice(0, MAX_ROLES);
}

/** Where prose names the roles: after these words, up to the end of the noun phrase. */
const CUE =
  /\b(?:hiring|looking for|looking to (?:hire|add)|seeking|seeks|searching for|recruiting|(?:we|i) need|need for|openings? for|positions? for|(?:we|i) want)\b/gi;
/** "hiring for a few roles: …", "openings for the following positions:": what comes before the list. */
const LIST_INTRO =
  /^\s*(?:for\s+)?(?:(?:a few|several|multiple|many|the following|these|various|a number of|\d+)\s+)?(?:open\s+)?(?:roles|positions|openings|jobs)?\s*(?:including|like|such as)?\s*:?\s*(?:an?\s+)?/i;
/** Where a role phrase in prose ends (it is then cut after its last role noun). */
const PHRASE_END =
  /[;:!?[\]]|\.(?:\s|$)|\s-{2,}|\s(?:to|who|that|with|in|at|for|from|based|which|across|among|like|of all|of any|interested|familiar|willing|able|located|experienced in|passionate about)\s|\s[-–—]\s/i;

/** The roles a sentence names ("Acme is hiring backend engineers in Berlin" → "Backend engineer"). */
export function rolesInProse(prose: string): string[] {
  // Asides hold stacks and places ("frontend (React) and backend (Kotlin) engineers"), not the phrase.
  const text = prose.replace(/\([^()]*\)/g, ' ').replace(/ {2,}/g, ' ');
  for (const cue of text.matchAll(CUE)) {
    const after = text.slice((cue.index ?? 0) + cue[0].length, (cue.index ?? 0) + cue[0].length + 240);
    const rest = after.replace(LIST_INTRO, '');
    const end = PHRASE_END.exec(rest);
    const phrase = end ? rest.slice(0, end.index) : rest;
    // Up to the last role noun: "engineers and coffee lovers" keeps "engineers".
    const last = lastRoleNounEnd(phrase);
    if (last === 0) continue;
    const roles = splitRoles(phrase.slice(0, last));
    if (roles.length > 0 && roles.every((role) => words(role) <= MAX_TITLE_WORDS && !isSentence(role))) return roles;
  }
  return [];
}

/** The role nouns as a title writes them: "Engineer", "ENGINEER". */
const TITLE_NOUNS = NOUNS.split('|')
  .flatMap((noun) => [noun.charAt(0).toUpperCase() + noun.slice(1), noun.toUpperCase()])
  .join('|');
/** One to four capitalized words on one line, then a capitalized role noun: "Senior Reliability Engineer", "Sr. Data Engineer". */
const TITLE_CASED = new RegExp(
  `(?<![\\w.])(?:(?:Sr\\.|Jr\\.|[A-Z][\\w+#/-]*) +(?:(?:of|and|&) +)?){1,4}(?:${TITLE_NOUNS})[sS]?\\b`,
);

/**
 * The first role written in title case anywhere in the text ("… positions
 * including Data Engineer …", "Senior Reliability Engineer"): how a post
 * names its job when no line or sentence above did. Lower-case mentions
 * ("most of us are engineers") say who works there, not whom they hire,
 * and are not read.
 */
export function titleCasedRole(text: string): string | null {
  const match = TITLE_CASED.exec(text);
  return match ? (splitRoles(match[0])[0] ?? null) : null;
}

/** "All sorts of engineer", "the cream of the crop devops": prose, not a title. */
function isSentence(role: string): boolean {
  return /\b(?:of|the)\b/i.test(role.replace(/\b(?:head|vp|director) of\b/i, ''));
}

function lastRoleNounEnd(phrase: string): number {
  let end = 0;
  for (const match of phrase.matchAll(new RegExp(ROLE_NOUN.source, 'gi'))) end = (match.index ?? 0) + match[0].length;
  return end;
}

/** A title as a reader would write it: no fillers, no trailing punctuation, first letter upper case. */
export function cleanTitle(text: string): string {
  const title = `${text
    .replace(
      /^.*\bpositions?\s+(?:of|including|for|as)\s+|^(?:open\s+)?(?:roles?|positions?|openings?|jobs?)\s*:\s*/i,
      '',
    )
    .replace(/["“”]/g, '')
    .replace(/^(?:[\s\-–—*•·:>+]|\.(?![A-Za-z]))+/, '')
    .replace(/[\s:;,.\-–—!]+$/, '')} `
    .replace(FILLER, '')
    .trim();
  // "BACKEND SOFTWARE ENGINEER" → "Backend Software Engineer"; short words stay ("PHP", "QA", "SRE").
  const cased = (
    /[a-z]/.test(title)
      ? title
      : title.replace(/\b([A-Z])([A-Z]{2,})\b/g, (word, head: string, tail: string) =>
          ACRONYMS.has(word) ? word : head + tail.toLowerCase(),
        )
  ).replace(/\bIOS\b/g, 'iOS');
  // "iOS engineer" keeps its case; "backend engineer" → "Backend engineer".
  return /^[a-z][^A-Z\s]*(?:\s|$)/.test(cased) ? cased.charAt(0).toUpperCase() + cased.slice(1) : cased;
}

/**
 * "Engineers" → "Engineer": the backend-relevance rule and the title
 * statistics match singular nouns ("\bengineer\b" does not match "engineers").
 */
function singular(title: string): string {
  return title.replace(LAST_NOUN, (noun) => (/s$/i.test(noun) && !/devops$/i.test(noun) ? noun.slice(0, -1) : noun));
}

function unique(titles: string[]): string[] {
  const seen = new Set<string>();
  return titles.filter((title) => {
    const key = title.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
