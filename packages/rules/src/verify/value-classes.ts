import {
  type Answers,
  Environment,
  Experience,
  HostingTarget,
  Management,
  Need,
  PLATFORM_IDS,
  QUESTIONNAIRE,
  Scaling,
  Workload,
} from "@platform-advisor/model";
import { assumedHostCount } from "../assumptions.ts";
import { FACT_CONDITIONS, NUMERIC_QUESTIONS, type NumericQuestion } from "../thresholds.ts";

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
  const entry = QUESTIONNAIRE.find((q) => q.id === question)!;
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

/** Every non-empty subset of a list, in a stable order. */
export const subsets = <T>(items: readonly T[]): T[][] => {
  const out: T[][] = [];
  for (let mask = 1; mask < 1 << items.length; mask++) out.push(items.filter((_, i) => mask & (1 << i)));
  return out;
};

/** The value classes of the seeds' decision dimensions; unanswered only where the assumption is not a plain default. */
export const SEED_DOMAINS = {
  environment: Environment.options,
  teamSize: [undefined, ...numericClasses("teamSize")],
  containerCount: [undefined, ...numericClasses("containerCount")],
  hostCount: [undefined, ...numericClasses("hostCount")],
  hosting: [undefined, ...subsets(HostingTarget.options)],
  management: Management.options,
  highAvailability: [true, false],
} as const;

/**
 * Every answer field as a factor of the covering array, lists split into one yes/no factor per item
 * (a list with no item ticked is unanswered), each with its classes and `undefined` for unanswered.
 */
export const COVERING_FACTORS: { field: keyof Answers; item?: string; levels: readonly unknown[] }[] = [
  { field: "environment", levels: [undefined, ...Environment.options] },
  { field: "teamSize", levels: SEED_DOMAINS.teamSize },
  { field: "containerCount", levels: SEED_DOMAINS.containerCount },
  { field: "hostCount", levels: SEED_DOMAINS.hostCount },
  ...HostingTarget.options.map((item) => ({ field: "hosting" as const, item, levels: [false, true] })),
  { field: "management", levels: [undefined, ...Management.options] },
  { field: "highAvailability", levels: [undefined, true, false] },
  { field: "scaling", levels: [undefined, ...Scaling.options] },
  { field: "zeroDowntimeDeploys", levels: [undefined, true, false] },
  { field: "experience", levels: [undefined, ...Experience.options] },
  ...Workload.options.map((item) => ({ field: "workloads" as const, item, levels: [false, true] })),
  ...Need.options.map((item) => ({ field: "needs" as const, item, levels: [false, true] })),
  { field: "currentPlatform", levels: [undefined, "none", ...PLATFORM_IDS] },
];

export { NUMERIC_QUESTIONS };
