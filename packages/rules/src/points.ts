import { BUILT_IN_CATALOGUE, type Catalogue, HostingTarget } from "@platform-advisor/model";
import type { Facts } from "./facts.ts";
import type { TargetParams } from "./rule-schema.ts";
import { targets } from "./targets.ts";

/*
 * The value model's constants and the platforms each event picks: what the tally (fast-leader.ts) computes with and
 * what the explanation (scoring.ts) names. Apart from both, so that each can import them.
 */

/**
 * The constants of the value model; all of them are part of the ruleset version.
 * docs/decisions.md ("The scoring model") says where each comes from.
 */
export const SCORING = {
  /** The points every eligible platform starts from (`basePoints`). */
  base: 60,
  /** Capability every answer set needs: running a container. */
  baseCapability: 1,
  /** Points lost per unit of capability short of what the answers need. */
  shortfallPoints: 12,
  /** Complexity cost per unit: `reference * sqrt(referenceTeam / teamSize)`, kept within [min, max]. */
  complexity: { reference: 5, referenceTeam: 5, min: 0.5, max: 8 },
  /** Points a platform loses when the hosts are past its per-cluster limit and it must run as several clusters. */
  severalClusters: 8,
  /** Complexity points a team can spend comfortably; the chart's budget is this over the weight. */
  budgetPoints: 25,
  /**
   * score = 50 + 50 * tanh((points - centre) / spread) from `tailFrom` points up; below, that value at `tailFrom`
   * times tail / (tail + tailFrom - points). Strictly increasing and never clamped: a platform that leaves a
   * requirement unmet (hundreds of points down) still shows a score above 0, apart from the next one.
   */
  score: { centre: 30, spread: 60, tailFrom: -60, tail: 300 },
} as const;

/**
 * What one unit of complexity costs a team of this size: halves for every fourfold growth of the team, so one
 * more engineer never swings a result (seed 002 §4.5 starts from team size; seed 004 prices the learning curve).
 */
export const complexityWeight = (teamSize: number): number => {
  const { reference, referenceTeam, min, max } = SCORING.complexity;
  return Math.min(max, Math.max(min, reference * Math.sqrt(referenceTeam / teamSize)));
};

/**
 * Which catalogue entries an event picks (by catalogue index), cached per catalogue and event: once where no fact
 * decides it, and per hosting and platform run today (the only facts a pick reads) where they do.
 */
interface PickCache {
  fixed: WeakMap<object, boolean[]>;
  byFacts: WeakMap<object, Map<number, boolean[]>>;
}
const PICKS = new WeakMap<Catalogue, PickCache>();
const HOSTING_BIT = Object.fromEntries(HostingTarget.options.map((target, k) => [target, 1 << k])) as Record<
  HostingTarget,
  number
>;
// Built-in platforms come first in every catalogue, and the platform run today is one of them.
const TODAY = new Map<string, number>(BUILT_IN_CATALOGUE.platforms.map((platform, i) => [platform.id, i + 1]));
/** How many values `pickKey` takes: the platform run today (or none) times every set of hosting targets. */
export const PICK_KEYS = (BUILT_IN_CATALOGUE.platforms.length + 1) << HostingTarget.options.length;
/** The facts picks read as one number: the platform run today and the hosting as a set (picks ask `includes`). */
export const pickKey = (facts: Facts) => {
  let mask = 0;
  for (const target of facts.hosting) mask |= HOSTING_BIT[target];
  return (TODAY.get(facts.currentPlatform) ?? 0) * (1 << HostingTarget.options.length) + mask;
};
export const picks = (catalogue: Catalogue, params: TargetParams, facts: Facts): boolean[] => {
  let cache = PICKS.get(catalogue);
  if (!cache) {
    cache = { fixed: new WeakMap(), byFacts: new WeakMap() };
    PICKS.set(catalogue, cache);
  }
  if (params.currentPlatform || params.notRunningOn) {
    let byFacts = cache.byFacts.get(params);
    if (!byFacts) {
      byFacts = new Map();
      cache.byFacts.set(params, byFacts);
    }
    const key = pickKey(facts);
    let hits = byFacts.get(key);
    if (!hits) {
      hits = catalogue.platforms.map((entry) => targets(params, entry, facts));
      byFacts.set(key, hits);
    }
    return hits;
  }
  let hits = cache.fixed.get(params);
  if (!hits) {
    hits = catalogue.platforms.map((entry) => targets(params, entry, facts));
    cache.fixed.set(params, hits);
  }
  return hits;
};
