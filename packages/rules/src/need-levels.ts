import type { CapabilityLevel, Catalogue } from "@platform-advisor/model";
import type { RuleEvent } from "./rule-schema.ts";

export type NeedParams = Extract<RuleEvent, { type: "need" }>["params"];

/** The constants a need's cost is made of; part of the ruleset version (docs/decisions.md, "Requirements first"). */
export const NEED_POINTS = {
  /**
   * What an unmet requirement costs: more than every other criterion can add together (verify proves that a
   * platform meeting every requirement always ranks above one that does not), so requirements come first.
   */
  requirement: 300,
  /**
   * Added for a requirement without which the work cannot run at all (no GPU, no way in for its traffic, binaries
   * on a platform of containers): of two platforms failing as many requirements, the one that can run the work
   * leads. Less than a requirement minus everything else, so fewer unmet still comes first.
   */
  blocking: 120,
  /** An add-on you install and run (KEDA, Knative, Fleet): operability. */
  addOn: 4,
  /** A paid edition (Nomad Enterprise): a licence to buy and keep. */
  edition: 6,
} as const;

/** Per catalogue and need, the levels and costs of every platform. */
const LEVELS = new WeakMap<Catalogue, WeakMap<NeedParams, CapabilityLevel[]>>();
const IMPACTS = new WeakMap<Catalogue, WeakMap<NeedParams, number[]>>();

const cacheOf = <T>(caches: WeakMap<Catalogue, WeakMap<NeedParams, T>>, catalogue: Catalogue) => {
  let cache = caches.get(catalogue);
  if (!cache) {
    cache = new WeakMap();
    caches.set(catalogue, cache);
  }
  return cache;
};

/** Per catalogue entry, how it meets a need: a capability's level (the matrix or the profile), or a trait. */
export const needLevels = (catalogue: Catalogue, params: NeedParams): readonly CapabilityLevel[] => {
  const cache = cacheOf(LEVELS, catalogue);
  let levels = cache.get(params);
  if (!levels) {
    const { capability, feature } = params;
    levels = catalogue.platforms.map((platform, i) =>
      capability ? catalogue.cell(i, capability).level : platform.traits.includes(feature as never) ? "native" : "none",
    );
    cache.set(params, levels);
  }
  return levels;
};

/** What a level of a need costs, in points (0 or negative): the only place this arithmetic is written. */
export const needImpact = (params: NeedParams, level: CapabilityLevel): number =>
  level === "none"
    ? -(params.requirement
        ? NEED_POINTS.requirement + (params.blocking ? NEED_POINTS.blocking : 0)
        : (params.points ?? 0))
    : level === "add-on"
      ? -NEED_POINTS.addOn
      : level === "edition"
        ? -NEED_POINTS.edition
        : 0;

/** Per catalogue entry, what the need costs it. */
export const needImpacts = (catalogue: Catalogue, params: NeedParams): readonly number[] => {
  const cache = cacheOf(IMPACTS, catalogue);
  let impacts = cache.get(params);
  if (!impacts) {
    impacts = needLevels(catalogue, params).map((level) => needImpact(params, level));
    cache.set(params, impacts);
  }
  return impacts;
};
