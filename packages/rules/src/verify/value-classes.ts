import {
  type Answers,
  EdgeFootprint,
  Environment,
  Experience,
  HostingTarget,
  Management,
  Need,
  PLATFORM_IDS,
  Scaling,
  Traffic,
  Workload,
} from "@platform-advisor/model";
import { numericClasses } from "../thresholds.ts";

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
  ...Traffic.options.map((item) => ({ field: "traffic" as const, item, levels: [false, true] })),
  { field: "edgeFootprint", levels: [undefined, ...EdgeFootprint.options] },
];
