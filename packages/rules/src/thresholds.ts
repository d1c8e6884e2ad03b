import { CATALOGUE, QUESTIONNAIRE } from "@platform-advisor/model";
import { assumedHostCount } from "./assumptions.ts";
import type { Condition, FactCondition } from "./rule-schema.ts";
import { RULES, SHARED_CONDITIONS } from "./ruleset.ts";

export const NUMERIC_QUESTIONS = ["teamSize", "containerCount", "hostCount"] as const;
export type NumericQuestion = (typeof NUMERIC_QUESTIONS)[number];

/** The fact conditions under a condition, shared conditions expanded. */
export const leaves = (condition: Condition): FactCondition[] => {
  if ("condition" in condition) {
    const shared = SHARED_CONDITIONS[condition.condition];
    if (!shared) throw new Error(`rules: no shared condition named ${condition.condition} in rules/conditions.json`);
    return leaves(shared);
  }
  if ("all" in condition) return condition.all.flatMap(leaves);
  if ("any" in condition) return condition.any.flatMap(leaves);
  if ("not" in condition) return leaves(condition.not);
  return [condition];
};

/** Every fact condition of every rule, shared conditions expanded. */
export const FACT_CONDITIONS: readonly FactCondition[] = RULES.flatMap((rule) => leaves(rule.conditions));

/** Where a condition splits the number line: the first value of the upper class. */
const splitPoint = (operator: string, value: number): number[] => {
  switch (operator) {
    case "lessThan":
    case "greaterThanInclusive":
      return [value];
    case "greaterThan":
    case "lessThanInclusive":
      return [value + 1];
    default:
      return [value, value + 1];
  }
};

const bounds = (question: NumericQuestion) => {
  const entry = QUESTIONNAIRE.find((q) => q.id === question);
  if (!entry) throw new Error(`thresholds: the questionnaire has no question ${question}`);
  return { min: entry.min ?? 1, max: entry.max ?? Number.MAX_SAFE_INTEGER };
};

/** The smallest container count whose assumed host count reaches `hosts` (the assumption is monotonic). */
const containersForHosts = (hosts: number, max: number): number => {
  let low = 1;
  let high = max;
  if (assumedHostCount(high, "production") < hosts) return max + 1;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (assumedHostCount(mid, "production") >= hosts) high = mid;
    else low = mid + 1;
  }
  return low;
};

const splitsOf = (question: NumericQuestion): number[] =>
  FACT_CONDITIONS.filter((c) => c.fact === question && typeof c.value === "number").flatMap((c) =>
    splitPoint(c.operator, c.value as number),
  );

/**
 * One representative (the smallest value) of every class of a numeric answer: the classes are the intervals
 * between the split points of every rule condition on it and, for containers, the container counts at which
 * the assumed host count crosses a host split.
 */
export const numericClasses = (question: NumericQuestion): number[] => {
  const { min, max } = bounds(question);
  const derived =
    question === "containerCount" ? splitsOf("hostCount").map((hosts) => containersForHosts(hosts, max)) : [];
  return [...new Set([min, ...splitsOf(question), ...derived])]
    .filter((v) => v >= min && v <= max)
    .sort((a, b) => a - b);
};

/** Host counts at which a platform's per-cluster host limit starts to count (`hostCount > maxHosts`). */
const HOST_LIMIT_SPLITS = CATALOGUE.flatMap((platform) =>
  platform.limits.flatMap((limit) => (limit.maxHosts === undefined ? [] : [limit.maxHosts + 1])),
);

/** Where the questionnaire shows or hides a question on this number (`atLeast`): the first value it is shown at. */
const visibilitySplits = (question: NumericQuestion): number[] =>
  QUESTIONNAIRE.flatMap((q) =>
    q.showIf.flatMap((c) => (c.question === question && c.atLeast !== undefined ? [c.atLeast] : [])),
  );

/**
 * Where a change to a count can change which rules fire, which questions are asked or which limits apply: the first
 * value of every interval over which none of that moves. That is every split of `numericClasses`, plus the
 * per-cluster host limits of the catalogue and the questionnaire's visibility thresholds (and, for containers, the
 * container counts at which the assumed host count crosses any of the host splits). Within one interval of the
 * container or host count no score term reads the count, so the leaders are the same for every value in it; within
 * one interval of the team size only the complexity weight moves (`complexityWeight`).
 */
export const leaderClasses = (question: NumericQuestion): number[] => {
  const { min, max } = bounds(question);
  const hostSplits = [...splitsOf("hostCount"), ...HOST_LIMIT_SPLITS, ...visibilitySplits("hostCount")];
  const splits =
    question === "hostCount"
      ? hostSplits
      : question === "teamSize"
        ? [...splitsOf("teamSize"), ...visibilitySplits("teamSize")]
        : [
            ...splitsOf("containerCount"),
            ...visibilitySplits("containerCount"),
            ...hostSplits.map((hosts) => containersForHosts(hosts, max)),
          ];
  return [...new Set([min, ...splits])].filter((v) => v >= min && v <= max).sort((a, b) => a - b);
};

/** The first value of the leader class `value` is in (`leaderClasses`, sorted ascending). */
export const classStart = (classes: readonly number[], value: number): number => {
  let low = 0;
  let high = classes.length - 1;
  let start = classes[0];
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const candidate = classes[mid];
    if (candidate !== undefined && candidate <= value) {
      low = mid;
      start = candidate;
    } else high = mid - 1;
  }
  if (start === undefined) throw new Error("classStart: a numeric answer with no leader classes");
  return start;
};
