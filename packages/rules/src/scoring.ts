import {
  CATALOGUE,
  cite,
  type Platform,
  type PlatformId,
  type Reason,
  type Requirements,
  Seed,
} from "@platform-advisor/model";
import { fillReason } from "./explain.ts";
import type { Facts } from "./facts.ts";
import type { Firing } from "./firing.ts";
import { targets } from "./targets.ts";

/** The constants of the score; part of the ruleset version. */
export const SCORING = {
  /** Score of a platform with no complexity, no shortfall and no rule for or against it. */
  base: 80,
  /** Capability every answer set needs: running a container. */
  baseCapability: 1,
  /** Points lost per unit of capability short of what the answers need. */
  shortfallPoints: 12,
  /** Complexity points a team can spend comfortably; the budget on the chart is this over the weight. */
  budgetPoints: 25,
} as const;

const SIMPLEST = cite(
  Seed.orchestrationChapter,
  "4.5 Choosing the Right Platform (Choose the SIMPLEST tool that meets your needs)",
);

export interface Scored {
  platform: Platform;
  eligible: boolean;
  score: number;
  /** Score before clamping, for ordering the ineligible. */
  raw: number;
  reasons: Reason[];
}

/** What the answers need (capability) and how much complexity costs this team, from the rules that fired. */
export const requirementsOf = (
  firings: readonly Firing[],
): { requirements: Requirements; capabilityReason: Reason | null } => {
  let capability: number = SCORING.baseCapability;
  let capabilityReason: Reason | null = null;
  let weight = 1;
  let factor = 1;
  for (const { event, facts, rule } of firings) {
    if (event.type === "require" && event.params.capability > capability) {
      capability = event.params.capability;
      capabilityReason = {
        text: fillReason(event.params.reason, facts),
        impact: null,
        source: event.params.source,
        rule,
        facts,
      };
    }
    if (event.type === "weigh") {
      if ("complexityWeight" in event.params) weight = event.params.complexityWeight;
      else factor *= event.params.factor;
    }
  }
  const complexityWeight = round(weight * factor, 2);
  return {
    requirements: {
      capability,
      complexityWeight,
      complexityBudget: Math.min(10, round(SCORING.budgetPoints / complexityWeight, 1)),
    },
    capabilityReason,
  };
};

const round = (value: number, digits: number) => {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
};

const byImpact = (a: Reason, b: Reason) =>
  (a.impact === null ? -1 : 0) - (b.impact === null ? -1 : 0) || Math.abs(b.impact ?? 0) - Math.abs(a.impact ?? 0);

/** Scores one platform: simplest tool that meets the needs, plus what each fired rule says of it. */
const scorePlatform = (
  platform: Platform,
  facts: Facts,
  firings: readonly Firing[],
  requirements: Requirements,
  capabilityReason: Reason | null,
  explain: boolean,
): Scored => {
  const reasons: Reason[] = [];
  let eligible = true;
  let points = 0;
  for (const { event, facts: read, rule } of firings) {
    if (event.type !== "exclude" && event.type !== "adjust") continue;
    if (!targets(event.params, platform, facts)) continue;
    const impact = event.type === "exclude" ? null : event.params.points;
    if (impact === null) eligible = false;
    else points += impact;
    if (explain) {
      const text = fillReason(event.params.reason, read, platform.name);
      reasons.push({ text, impact, source: event.params.source, rule, facts: read });
    }
  }
  const complexity = platform.complexity.value;
  const capability = platform.capability.value;
  const cost = round(requirements.complexityWeight * complexity, 1);
  const shortfall = Math.max(0, requirements.capability - capability);
  const shortfallCost = round(shortfall * SCORING.shortfallPoints, 1);
  const raw = round(SCORING.base - cost - shortfallCost + points, 1);
  const score = eligible ? Math.max(0, Math.min(100, Math.round(raw))) : 0;
  if (!explain) return { platform, eligible, score, raw, reasons };
  reasons.push({
    text: `Complexity ${complexity}/10 costs this team ${cost} points (${requirements.complexityWeight} a unit)`,
    impact: -cost,
    source: SIMPLEST,
  });
  if (shortfall > 0) {
    reasons.push({
      text: `Capability ${capability}/10 falls short of the ${requirements.capability} needed: ${capabilityReason?.text ?? "running containers"}`,
      impact: -shortfallCost,
      source: capabilityReason?.source ?? SIMPLEST,
      ...(capabilityReason?.rule ? { rule: capabilityReason.rule, facts: capabilityReason.facts } : {}),
    });
  } else {
    reasons.push({
      text: `Capability ${capability}/10 covers the ${requirements.capability} these answers need`,
      impact: 0,
      source: SIMPLEST,
    });
  }
  return { platform, eligible, score, raw, reasons: reasons.sort(byImpact) };
};

const CATALOGUE_ORDER = new Map<PlatformId, number>(CATALOGUE.map((p, index) => [p.id, index]));

/** The order of the ranking: eligible by score, then the simpler, then the more capable, then catalogue order. */
export const compareScored = (a: Scored, b: Scored): number =>
  Number(b.eligible) - Number(a.eligible) ||
  (a.eligible ? b.score - a.score : b.raw - a.raw) ||
  a.platform.complexity.value - b.platform.complexity.value ||
  b.platform.capability.value - a.platform.capability.value ||
  (CATALOGUE_ORDER.get(a.platform.id) ?? 0) - (CATALOGUE_ORDER.get(b.platform.id) ?? 0);

/** Scores and orders every platform of the catalogue. */
export const scoreAll = (facts: Facts, firings: readonly Firing[], explain = true) => {
  const { requirements, capabilityReason } = requirementsOf(firings);
  const scored = CATALOGUE.map((platform) =>
    scorePlatform(platform, facts, firings, requirements, capabilityReason, explain),
  );
  return { requirements, scored: scored.sort(compareScored) };
};
