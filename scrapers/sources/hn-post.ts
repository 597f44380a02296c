// One top-level comment of a "Who is hiring?" thread read as a job post: its
// header line (see hn-first-line.ts), its roles, or why it is not a post.
import type { EmploymentType, WorkMode } from '../../src/domain.js';
import { htmlToText } from '../../src/text/html-to-text.js';
import { type HnHeader, isFlags, isGreeting, readFirstLine } from './hn-first-line.js';
import { endsWithRole, isRoleText, MAX_ROLES, rolesInProse, splitRoles, titleCasedRole, words } from './hn-roles.js';

export type HnPost =
  | {
      kind: 'posting';
      company: string | null;
      /** At least one. */
      roles: string[];
      location: string | null;
      workMode: WorkMode | null;
      employmentType: EmploymentType | null;
    }
  | { kind: 'deleted' | 'not-a-posting' | 'missing-title' };

/** Someone looking for work, who posted in the wrong thread. */
const SEEKER =
  /^\s*(?:seeking\s+(?:work|employment|a\s+(?:job|position))|looking\s+for\s+(?:work|a\s+job)|available\s+for\s+(?:hire|work)|for\s+hire\b|hire\s+me\b)|\bmy\s+(?:resume|cv)\b/i;
/** A remark about the thread itself. */
const META = /^\s*(?:meta\b|off[- ]topic\b|ot\s*:|ask hn\b)/i;
/** A question shorter than this is a reply-like remark ("Does anyone hire in Porto?"), not a post. */
const MAX_QUESTION_CHARS = 400;
/** Header lines read at most, and how short a line must be to be one. */
const MAX_HEADER_LINES = 3;
const MAX_SHORT_LINE_CHARS = 120;
/** Of a long second line, only its first words can be header ("Acme (YC S09) is …"). */
const MAX_HEADER_CHARS = 200;
/** Role lines are looked for this far into a post; the roles of a long post are listed near its top. */
const MAX_ROLE_LINES_READ = 40;
const MAX_PROSE_CHARS = 3_000;

export function readPost(html: string): HnPost {
  const text = htmlToText(html);
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /[\p{L}\p{N}]/u.test(line));
  const first = lines[0];
  if (first === undefined) return { kind: 'deleted' };
  if (SEEKER.test(first) || META.test(first)) return { kind: 'not-a-posting' };
  if (first.trimEnd().endsWith('?') && text.length < MAX_QUESTION_CHARS) return { kind: 'not-a-posting' };
  const headerLines = isGreeting(first) ? lines.slice(1) : lines;
  let header = readFirstLine(headerLines[0] ?? '');
  // "Leeds, UK" / "Acme Ltd" / "Full-time Developer": a header over several short lines.
  for (const [index, line] of headerLines.slice(1, MAX_HEADER_LINES).entries()) {
    const short = line.length <= MAX_SHORT_LINE_CHARS;
    if (!isGreeting(line) && (short || (index === 0 && header.company === null))) {
      // Of a long line only the first words ("Acme (YC S09) is …"), cut at a word end:
      // a cut word ("W" of "We're") would read as a name.
      const head = short ? line : line.slice(0, MAX_HEADER_CHARS).replace(/\s+\S*$/, '');
      header = merge(header, readFirstLine(head));
    }
    if (!short) break;
  }
  let roles = header.roles;
  if (roles.length === 0) roles = roleLines(headerLines.slice(1, MAX_ROLE_LINES_READ));
  const prose = headerLines.join('\n').slice(0, MAX_PROSE_CHARS);
  if (roles.length === 0) roles = rolesInProse(prose);
  if (roles.length === 0) roles = [titleCasedRole(prose)].filter((role) => role !== null);
  // A job post that names no role is still a job post: kept under a title that says so, and
  // judged backend or not by the skills it asks for (see src/enrich/backend.ts).
  if (roles.length === 0) roles = [UNNAMED_ROLE];
  return { kind: 'posting', ...header, roles };
}

/** Fills what the first line left open. Not the roles: the lines after the first are read for them below, all of them. */
function merge(a: HnHeader, b: HnHeader): HnHeader {
  return {
    company: a.company ?? b.company,
    roles: a.roles,
    location: a.location ?? b.location,
    workMode: a.workMode ?? b.workMode,
    employmentType: a.employmentType ?? b.employmentType,
  };
}

/** The title of a post that names no role. Says what it is: never shown as if the poster wrote it. */
export const UNNAMED_ROLE = 'Engineering role (not named in the post)';

/** Where the title at the head of a line ends ("Go Engineer - payments team …", "Rust devs for …"). */
const HEAD_END = /\s+[-–—]+\s+|\s*[:|(@–—]|\s+(?:at|for|to|with|in|who|on)\s|\.(?:\s|$)|$/;
/** "Positions: Senior Engineer, UX designer": a labelled list of roles. */
const ROLE_LABEL = /\b(?:positions?|roles?|openings?|hiring)\s*:\s*([^.;]+)/i;
const MAX_ROLE_HEAD_WORDS = 12;
const MAX_TITLE_HEAD_WORDS = 7;

/**
 * Lines headed by titles ("Senior Ruby Developer:", "* UI Engineer - React",
 * "Data Scientist @ Acme (SF or REMOTE)"): how posts with several
 * openings list them. The head must end on its role noun: "Developers love
 * our API" is a sentence, not a title.
 */
function roleLines(lines: readonly string[]): string[] {
  const roles: string[] = [];
  for (const line of lines) {
    const labelled = ROLE_LABEL.exec(line)?.[1];
    // Bullets: "*", "-", "•", "⇒", and "Ø" (a word processor's bullet, pasted).
    const bare = line.replace(/^(?:[\s*•·◦▪►➢➤→⇒>#-]|Ø\s)+/, '');
    const head = bare.slice(0, HEAD_END.exec(bare)?.index ?? bare.length).trim();
    if (labelled && isRoleText(labelled)) roles.push(...splitRoles(labelled));
    else if (isFlags(head)) continue;
    else if (words(head) <= MAX_ROLE_HEAD_WORDS && isRoleText(head) && endsWithRole(head)) {
      // A longer head is a title only as a list of them ("Go dev, web dev and QA intern").
      const titles = splitRoles(head);
      if (words(head) <= MAX_TITLE_HEAD_WORDS || titles.length > 1) roles.push(...titles);
    }
  }
  return [...new Set(roles)].slice(0, MAX_ROLES);
}
