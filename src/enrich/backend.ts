// Backend relevance: is this a role the backend job market is about? Decided
// from the title; a generic "Software Engineer" title is decided by the
// server-side skills the posting asks for. The config can widen the rule.

export interface BackendRule {
  /** Extra title words (lower case) that make a role backend-relevant. */
  extraTitleKeywords?: readonly string[];
}

const BACKEND_TITLE =
  /\b(?:back[- ]?end|server[- ]side|platform|infrastructure|infra|sre|site reliability|reliability|devops|dev ops|devsecops|api|apis|distributed|systems? engineer|data engineer(?:ing)?|data platform|ml platform|mlops|machine learning engineer|ml engineer|ai engineer|llm engineer|full[- ]?stack|cloud(?: engineer| architect| infrastructure)?|database|dba|kubernetes|golang|go engineer|rust|java|scala|kotlin|python|ruby|rails|elixir|node(?:\.js)?|php|c\+\+|\.net|integration engineer|payments engineer|security engineer|production engineer|software architect|solutions architect|performance engineer|storage|networking|observability)\b/i;
const NON_BACKEND_TITLE =
  /\b(?:front[- ]?end|ui|ux|designer|design|ios|android|mobile|react native|flutter|sales|account (?:executive|manager)|marketing|recruit(?:er|ing|ment)|talent|customer success|support specialist|customer support|community|content|copywriter|product manager|product marketing|project manager|program manager|scrum master|hr|people partner|finance|accountant|legal|counsel|office manager|executive assistant|business development|bdr|sdr|data analyst|data scientist|analyst|game designer|artist|writer|editor|qa tester|seo)\b/i;
const EXPLICIT_BACKEND = /\b(?:back[- ]?end|server[- ]side|full[- ]?stack)\b/i;
const GENERIC_ENGINEER =
  /\b(?:software|engineer|engineering|developer|programmer|swe|coder|hacker|tech lead|cto|architect)\b/i;

/** Skill categories that mean server-side work. */
const SERVER_CATEGORIES = new Set([
  'database',
  'messaging',
  'cloud',
  'infrastructure',
  'architecture',
  'api',
  'observability',
]);
const SERVER_LANGUAGES = new Set([
  'python',
  'go',
  'java',
  'kotlin',
  'scala',
  'nodejs',
  'rust',
  'csharp',
  'cpp',
  'ruby',
  'php',
  'elixir',
  'erlang',
  'clojure',
  'haskell',
  'sql',
]);

export interface BackendInput {
  title: string;
  skills: ReadonlyArray<{ id: string; category: string }>;
}

export function isBackendRole(input: BackendInput, rule: BackendRule = {}): boolean {
  const title = input.title;
  const extra = rule.extraTitleKeywords ?? [];
  const lowerTitle = title.toLowerCase();
  if (extra.some((k) => lowerTitle.includes(k.toLowerCase()))) return true;
  const backend = BACKEND_TITLE.test(title);
  const nonBackend = NON_BACKEND_TITLE.test(title);
  if (backend && (!nonBackend || EXPLICIT_BACKEND.test(title))) return true;
  if (nonBackend && !backend) return false;
  if (!backend && !GENERIC_ENGINEER.test(title)) return false;
  // A generic or mixed title ("Software Engineer", "iOS Engineer, Platform"):
  // decided by how much server-side work the posting asks for.
  const serverSignals = input.skills.filter(
    (s) => SERVER_CATEGORIES.has(s.category) || SERVER_LANGUAGES.has(s.id),
  ).length;
  return serverSignals >= 2;
}
