// What one job adds to the trend counts: one to the backend total and one to
// each of its skills, in its month and in its ISO week. Counting is by job (a
// duplicate group), not by posting, so a job cross-posted on two boards adds
// one. The store keeps these sums current (db/aggregates.ts); this module only
// says what they are. The counts carry no filter columns: a cell per filter
// value multiplied the cells a batch writes by 30 (one per job and skill,
// nearly), and the ingest slowed by a third; filtered views count the rows.
// Beside skills, a job counts once in each concept group it touches
// (`group:observability`) and in its AI class (`ai:building`), so the
// Compare and Overview pages read kept counts too.
import { AI_CLASSES, type AiClass } from '../domain.js';
import { type Granularity, periodOf } from '../stats/periods.js';
import { CONCEPT_GROUPS } from '../taxonomy/groups-data.js';

/** What a job is counted by: its representative posting's facts. */
export interface JobFacts {
  /** The day it was posted (else first seen): YYYY-MM-DD or an ISO timestamp. */
  day: string;
  skills: readonly string[];
  aiClass: AiClass | null;
}

/** The skill id that stands for "all backend jobs", the denominator of every share. */
export const ALL_JOBS = '';

/**
 * Bump when what a job contributes changes: a database whose counts were
 * kept under another version is recounted once (db/derived-state.ts).
 */
export const CONTRIBUTIONS_VERSION = 2;

/** The count key of a concept group, beside the skill ids (a group may share its id with a skill). */
export const groupKey = (groupId: string): string => `group:${groupId}`;
/** The count key of an AI class. */
export const aiClassKey = (aiClass: AiClass): string => `ai:${aiClass}`;

/** Each concept group's member skills, by group key. */
export const GROUP_MEMBERS: ReadonlyMap<string, readonly string[]> = new Map(
  CONCEPT_GROUPS.map((group) => [groupKey(group.id), group.members]),
);

/** The AI class each AI-class key stands for. */
export const AI_CLASS_OF_KEY: ReadonlyMap<string, AiClass> = new Map(AI_CLASSES.map((c) => [aiClassKey(c), c]));

/** The group keys each skill belongs to: GROUP_MEMBERS inverted, for counting a job's groups. */
const GROUPS_OF_SKILL: ReadonlyMap<string, readonly string[]> = (() => {
  const groups = new Map<string, string[]>();
  for (const [key, members] of GROUP_MEMBERS) {
    for (const member of members) {
      const list = groups.get(member);
      if (list) list.push(key);
      else groups.set(member, [key]);
    }
  }
  return groups;
})();

/** Every key a job is counted under: all jobs, its skills, its groups (once each), its AI class. */
export function countedKeys(job: JobFacts): Set<string> {
  const keys = new Set([ALL_JOBS, ...job.skills]);
  for (const skill of job.skills) {
    const groups = GROUPS_OF_SKILL.get(skill);
    if (groups) for (const group of groups) keys.add(group);
  }
  if (job.aiClass) keys.add(aiClassKey(job.aiClass));
  return keys;
}

export const GRANULARITIES: readonly Granularity[] = ['month', 'week'];

/** One cell of the trend counts. */
export interface Cell {
  granularity: Granularity;
  period: string;
  skillId: string;
}

const SEP = '\u001f';

export function cellKey(cell: Cell): string {
  return `${cell.granularity}${SEP}${cell.period}${SEP}${cell.skillId}`;
}

export function cellOf(key: string): Cell {
  const [granularity, period, skillId] = key.split(SEP) as [Granularity, string, string];
  return { granularity, period, skillId };
}

/**
 * Adds `sign` (1 to count jobs, -1 to take them back out) per cell for each
 * job into `into`, and returns it. A job's keys are counted once each.
 */
export function addContributions(
  jobs: Iterable<JobFacts>,
  sign: 1 | -1,
  into: Map<string, number> = new Map(),
): Map<string, number> {
  for (const job of jobs) {
    const keys = countedKeys(job);
    for (const granularity of GRANULARITIES) {
      const period = periodOf(job.day, granularity);
      for (const skillId of keys) {
        const key = cellKey({ granularity, period, skillId });
        into.set(key, (into.get(key) ?? 0) + sign);
      }
    }
  }
  return into;
}
