// The skill mix the sample market is drawn from: for a few skills, the share
// of backend jobs asking for them, month by month over the market's two
// years, shaped the way the 2024–2026 market moved: LLMs, RAG and MCP
// rising (MCP from nothing: it was published in November 2024), Kubernetes
// and Terraform steady, observability growing, PHP and Ruby declining.
// Each job asks for each of these skills independently with its month's
// share, so the demo's trend for them should follow these curves within
// sampling error (a test checks it).
import type { Random } from '../random.js';

/** Fraction of the way through the market's months: 0 for the first, 1 for the last. */
export type MarketTime = number;

const logistic = (x: number) => 1 / (1 + Math.exp(-x));

/** Skill id → its intended share of backend jobs at time t. */
export const INTENDED_SHARES: Readonly<Record<string, (t: MarketTime) => number>> = {
  llm: (t) => 0.06 + 0.22 * logistic((t - 0.5) * 8),
  rag: (t) => 0.02 + 0.12 * logistic((t - 0.55) * 8),
  mcp: (t) => (t < 0.4 ? 0 : 0.12 * ((t - 0.4) / 0.6)),
  kubernetes: () => 0.32,
  terraform: () => 0.2,
  opentelemetry: (t) => 0.04 + 0.1 * t,
  php: (t) => 0.1 - 0.05 * t,
  ruby: (t) => 0.07 - 0.035 * t,
};

export const TRACKED_SKILLS = Object.keys(INTENDED_SHARES);

/** The intended share of `skill` at time t; undefined for skills drawn only from role stacks. */
export function intendedShare(skill: string, t: MarketTime): number | undefined {
  return INTENDED_SHARES[skill]?.(t);
}

/**
 * The tracked skills one job asks for at time t: each on its own, with its
 * intended share (one draw per tracked skill, in TRACKED_SKILLS order). The
 * served market and the bulk one both draw them here.
 */
export function drawTrackedSkills(random: Random, t: MarketTime): string[] {
  return TRACKED_SKILLS.filter((skill) => random() < (INTENDED_SHARES[skill]?.(t) ?? 0));
}
