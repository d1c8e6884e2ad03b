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
import type { RuleEvent, TargetParams } from "./rule-schema.ts";
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

const round = (value: number, digits: number) => {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
};

/** What the answers need (capability) and how much complexity costs this team, from the events that fired. */
export const requirementsOf = (events: readonly RuleEvent[]): Requirements => {
  let capability: number = SCORING.baseCapability;
  let weight = 1;
  let factor = 1;
  for (const event of events) {
    if (event.type === "require") capability = Math.max(capability, event.params.capability);
    else if (event.type === "weigh") {
      if ("complexityWeight" in event.params) weight = event.params.complexityWeight;
      else factor *= event.params.factor;
    }
  }
  const complexityWeight = round(weight * factor, 2);
  return {
    capability,
    complexityWeight,
    complexityBudget: Math.min(10, round(SCORING.budgetPoints / complexityWeight, 1)),
  };
};

/** Which catalogue entries an event picks (by catalogue index), cached per event where no fact decides it. */
const STATIC_TARGETS = new WeakMap<object, boolean[]>();
const picks = (params: TargetParams, facts: Facts): boolean[] => {
  if (params.currentPlatform) return CATALOGUE.map((entry) => targets(params, entry, facts));
  let hits = STATIC_TARGETS.get(params);
  if (!hits) {
    hits = CATALOGUE.map((entry) => targets(params, entry, facts));
    STATIC_TARGETS.set(params, hits);
  }
  return hits;
};

/** The numbers behind a ranking, per catalogue entry: eligibility, points from rules, raw and final score. */
interface Tally {
  requirements: Requirements;
  eligible: boolean[];
  raw: number[];
  score: number[];
  cost: number[];
  shortfallCost: number[];
}

const COMPLEXITY = CATALOGUE.map((p) => p.complexity.value);
const CAPABILITY = CATALOGUE.map((p) => p.capability.value);
const tenths = (value: number) => Math.round(value * 10) / 10;

const tally = (facts: Facts, events: readonly RuleEvent[]): Tally => {
  const requirements = requirementsOf(events);
  const n = CATALOGUE.length;
  const eligible = new Array<boolean>(n).fill(true);
  const points = new Array<number>(n).fill(0);
  for (const event of events) {
    if (event.type !== "exclude" && event.type !== "adjust") continue;
    const hits = picks(event.params, facts);
    for (let i = 0; i < n; i++) {
      if (!hits[i]) continue;
      if (event.type === "exclude") eligible[i] = false;
      else points[i]! += event.params.points;
    }
  }
  const cost = new Array<number>(n);
  const shortfallCost = new Array<number>(n);
  const raw = new Array<number>(n);
  const score = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    cost[i] = tenths(requirements.complexityWeight * COMPLEXITY[i]!);
    shortfallCost[i] = tenths(Math.max(0, requirements.capability - CAPABILITY[i]!) * SCORING.shortfallPoints);
    raw[i] = tenths(SCORING.base - cost[i]! - shortfallCost[i]! + points[i]!);
    score[i] = eligible[i] ? Math.max(0, Math.min(100, Math.round(raw[i]!))) : 0;
  }
  return { requirements, eligible, raw, score, cost, shortfallCost };
};

const CATALOGUE_ORDER = new Map<PlatformId, number>(CATALOGUE.map((p, index) => [p.id, index]));

/** The order of the ranking: eligible by score, then the simpler, then the more capable, then catalogue order. */
export const compareScored = (a: Scored, b: Scored): number =>
  Number(b.eligible) - Number(a.eligible) ||
  (a.eligible ? b.score - a.score : b.raw - a.raw) ||
  a.platform.complexity.value - b.platform.complexity.value ||
  b.platform.capability.value - a.platform.capability.value ||
  (CATALOGUE_ORDER.get(a.platform.id) ?? 0) - (CATALOGUE_ORDER.get(b.platform.id) ?? 0);

const toScored = (t: Tally, i: number, reasons: Reason[]): Scored => ({
  platform: CATALOGUE[i]!,
  eligible: t.eligible[i]!,
  score: t.score[i]!,
  raw: t.raw[i]!,
  reasons,
});

/** The first two of the ranking for these facts and fired events, without building any explanation. */
export const topTwo = (facts: Facts, events: readonly RuleEvent[]): [Scored, Scored] => {
  const t = tally(facts, events);
  let first = toScored(t, 0, []);
  let second = toScored(t, 1, []);
  if (compareScored(second, first) < 0) [first, second] = [second, first];
  for (let i = 2; i < CATALOGUE.length; i++) {
    const candidate = toScored(t, i, []);
    if (compareScored(candidate, first) < 0) [first, second] = [candidate, first];
    else if (compareScored(candidate, second) < 0) second = candidate;
  }
  return [first, second];
};

const byImpact = (a: Reason, b: Reason) =>
  (a.impact === null ? -1 : 0) - (b.impact === null ? -1 : 0) || Math.abs(b.impact ?? 0) - Math.abs(a.impact ?? 0);

/** The rule behind the capability these answers need: the first to ask for the most. */
const capabilityReasonOf = (firings: readonly Firing[], requirements: Requirements): Reason | null => {
  for (const { event, facts, rule } of firings) {
    if (event.type === "require" && event.params.capability === requirements.capability) {
      return { text: fillReason(event.params.reason, facts), impact: null, source: event.params.source, rule, facts };
    }
  }
  return null;
};

/** The reasons that come from the score itself: what complexity costs, and whether capability covers the need. */
const scoreReasons = (platform: Platform, t: Tally, i: number, capabilityReason: Reason | null): Reason[] => {
  const { requirements } = t;
  const complexity = platform.complexity.value;
  const capability = platform.capability.value;
  const complexityReason: Reason = {
    text: `Complexity ${complexity}/10 costs this team ${t.cost[i]} points (${requirements.complexityWeight} a unit)`,
    impact: -t.cost[i]!,
    source: SIMPLEST,
  };
  if (t.shortfallCost[i]! === 0) {
    return [
      complexityReason,
      {
        text: `Capability ${capability}/10 covers the ${requirements.capability} these answers need`,
        impact: 0,
        source: SIMPLEST,
      },
    ];
  }
  return [
    complexityReason,
    {
      text: `Capability ${capability}/10 falls short of the ${requirements.capability} needed: ${capabilityReason?.text ?? "running containers"}`,
      impact: -t.shortfallCost[i]!,
      source: capabilityReason?.source ?? SIMPLEST,
      ...(capabilityReason?.rule ? { rule: capabilityReason.rule, facts: capabilityReason.facts } : {}),
    },
  ];
};

/**
 * Scores, explains and orders every platform of the catalogue: the simplest tool that meets the needs
 * (seed 002 §4.5), plus what each fired rule says of it, in the words of the rule with the facts it read.
 */
export const scoreAll = (facts: Facts, firings: readonly Firing[]) => {
  const t = tally(
    facts,
    firings.map((firing) => firing.event),
  );
  const capabilityReason = capabilityReasonOf(firings, t.requirements);
  const ruleReasons: Reason[][] = CATALOGUE.map(() => []);
  for (const { event, facts: read, rule } of firings) {
    if (event.type !== "exclude" && event.type !== "adjust") continue;
    const impact = event.type === "exclude" ? null : event.params.points;
    picks(event.params, facts).forEach((hit, i) => {
      if (!hit) return;
      const text = fillReason(event.params.reason, read, CATALOGUE[i]!.name);
      ruleReasons[i]!.push({ text, impact, source: event.params.source, rule, facts: read });
    });
  }
  const scored = CATALOGUE.map((platform, i) =>
    toScored(t, i, [...ruleReasons[i]!, ...scoreReasons(platform, t, i, capabilityReason)].sort(byImpact)),
  );
  return { requirements: t.requirements, scored: scored.sort(compareScored) };
};
