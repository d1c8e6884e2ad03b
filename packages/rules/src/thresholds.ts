import { CONTAINERS_PER_HOST, SINGLE_HOST_BELOW, SMALLEST_CLUSTER } from "./assumptions.ts";
import type { Condition, FactCondition } from "./rule-schema.ts";
import { RULES, SHARED_CONDITIONS } from "./ruleset.ts";

export const NUMERIC_QUESTIONS = ["teamSize", "containerCount", "hostCount"] as const;
export type NumericQuestion = (typeof NUMERIC_QUESTIONS)[number];

const leaves = (condition: Condition): FactCondition[] => {
  if ("condition" in condition) return leaves(SHARED_CONDITIONS[condition.condition]!);
  if ("all" in condition) return condition.all.flatMap(leaves);
  if ("any" in condition) return condition.any.flatMap(leaves);
  if ("not" in condition) return leaves(condition.not);
  return [condition];
};

/** Every fact condition of every rule, shared conditions expanded. */
export const FACT_CONDITIONS: readonly FactCondition[] = RULES.flatMap((rule) => leaves(rule.conditions));

const thresholdsOf = (fact: string): number[] =>
  [
    ...new Set(
      FACT_CONDITIONS.filter((c) => c.fact === fact && typeof c.value === "number").map((c) => c.value as number),
    ),
  ].sort((a, b) => a - b);

/** The numbers at which some rule changes its mind, per numeric question. */
export const THRESHOLDS: Record<NumericQuestion, number[]> = {
  teamSize: thresholdsOf("teamSize"),
  hostCount: thresholdsOf("hostCount"),
  // With the host count assumed, container counts also cross the host thresholds of the assumption.
  containerCount: [
    ...new Set([
      ...thresholdsOf("containerCount"),
      SINGLE_HOST_BELOW,
      SMALLEST_CLUSTER * CONTAINERS_PER_HOST,
      ...thresholdsOf("hostCount").map((hosts) => hosts * CONTAINERS_PER_HOST),
    ]),
  ].sort((a, b) => a - b),
};

/**
 * Values at which the answer space changes class, within [min, max]: each threshold and its neighbours.
 * Between two consecutive boundaries no rule changes its mind, so the result is constant there.
 */
export const boundaries = (question: NumericQuestion, min: number, max: number): number[] =>
  [...new Set(THRESHOLDS[question].flatMap((t) => [t - 1, t, t + 1]).concat(min, max))]
    .filter((value) => value >= min && value <= max)
    .sort((a, b) => a - b);
