// Shapes of the skill taxonomy data. The data lives in skills-data.ts and
// groups-data.ts; the matcher compiles it once.

export const SKILL_CATEGORIES = [
  'language',
  'framework',
  'frontend',
  'api',
  'cloud',
  'infrastructure',
  'ci-cd',
  'architecture',
  'database',
  'messaging',
  'observability',
  'ai',
  'data',
  'security',
  'practice',
  'testing',
] as const;

export type SkillCategory = (typeof SKILL_CATEGORIES)[number];

/**
 * One way a skill is written. A bare string is matched case-insensitively on
 * word boundaries ("k8s", "postgres", "ruby on rails"). The object form adds
 * the guards that keep ordinary English words from being counted.
 */
export type AliasSpec =
  | string
  | {
      text: string;
      /** Matched only in exactly this case ("Go", "REST", "R"). */
      exactCase?: boolean;
      /**
       * Also an ordinary word ("Go", "Spring", "Express", "Helm"): tagged only in
       * a technical context — next to another skill in a list ("Go, Rust"),
       * or next to one of `contextWords` / the matcher's generic tech words.
       */
      needsContext?: boolean;
      /** Words (lower case) that, right before or after, make the match technical ("golang", "developer"). */
      contextWords?: string[];
      /** Not tagged when the next word is one of these (lower case), e.g. Go → "to", "the", "ahead". */
      notFollowedBy?: string[];
      /** Not tagged when the previous word is one of these (lower case), e.g. Series → C. */
      notPrecededBy?: string[];
      /**
       * Not tagged when it stands inside a longer alias of another skill:
       * "SQL" inside "SQL Server" or "Spark SQL" is not the SQL language skill.
       */
      standalone?: boolean;
    };

export interface SkillDef {
  /** Stable id: lower-case kebab ("kubernetes", "aws-lambda"). Never renamed. */
  id: string;
  /** Display name ("Kubernetes", "AWS Lambda"). */
  name: string;
  category: SkillCategory;
  aliases: AliasSpec[];
  /**
   * Skills this one also tags, because its name contains theirs
   * ("AWS Lambda" → aws). A framework does not imply its language.
   */
  implies?: string[];
}

/**
 * A concept group rolls tools up into what the market asks for
 * (observability ← Prometheus, Grafana …). Applied when aggregating, never
 * to a posting's own skill list.
 */
export interface ConceptGroup {
  /** Group id, distinct from skill ids' meaning: "observability", "ai", "event-driven". */
  id: string;
  name: string;
  /** Skill ids counted in the group (the concept skill itself included when one exists). */
  members: string[];
}
