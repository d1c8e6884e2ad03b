import {
  type Answers,
  type HostingTarget,
  type Platform,
  type PlatformId,
  platformById,
} from "@platform-advisor/model";
import type { Resolved } from "../assumptions.ts";
import { grownValue } from "../growth.ts";
import { serves } from "../targets.ts";

const CLOUDS: readonly HostingTarget[] = ["aws", "azure", "gcp", "other-cloud"];
const singleHost = (platform: Platform) => platform.traits.includes("single-host");
const cloudOnly = (platform: Platform) =>
  !platform.runsOn.value.includes("on-prem") && !platform.runsOn.value.includes("edge");
const singleCloud = (platform: Platform) =>
  platform.runsOn.value.length === 1 && CLOUDS.includes(platform.runsOn.value[0]!);

export interface Invariant {
  name: string;
  /** True when the leader for these answers keeps the invariant. */
  holds: (leader: Platform, answers: Resolved) => boolean;
}

/** What must hold of every recommendation, whatever the scores say. */
export const INVARIANTS: readonly Invariant[] = [
  {
    name: "on-prem only never gets a cloud-only service",
    holds: (leader, a) => !(a.hosting.length === 1 && a.hosting[0] === "on-prem" && cloudOnly(leader)),
  },
  {
    name: "a single-cloud service only when its cloud is in hosting",
    holds: (leader, a) => !singleCloud(leader) || a.hosting.includes(leader.runsOn.value[0]!),
  },
  {
    name: "multi-cloud never gets a single-cloud service",
    holds: (leader, a) => !(a.hosting.filter((h) => CLOUDS.includes(h)).length >= 2 && singleCloud(leader)),
  },
  {
    name: "the recommended platform runs everywhere the answers need (or manages the edge devices from there)",
    holds: (leader, a) => a.hosting.every((target) => serves(leader, target, a.hosting)),
  },
  {
    name: "more than one host never gets a single-host tool",
    holds: (leader, a) => !(a.hostCount > 1 && singleHost(leader)),
  },
  {
    name: "high availability in production never gets a single-host tool",
    holds: (leader, a) => !(a.highAvailability && a.environment === "production" && singleHost(leader)),
  },
  {
    name: "more than 1,000 hosts never gets Docker Swarm",
    holds: (leader, a) => !(a.hostCount > 1000 && leader.id === "docker-swarm"),
  },
  {
    name: "no platform past a per-cluster host limit that its catalogue entry makes hard",
    holds: (leader, a) =>
      leader.limits.every(
        (limit) => limit.maxHosts === undefined || limit.beyond === "several-clusters" || a.hostCount <= limit.maxHosts,
      ),
  },
  {
    name: "an inactive platform (Mesos) is never recommended",
    holds: (leader) => leader.status === "active",
  },
];

/** Growth never moves the recommendation back to a single-host tool. */
export const GROWTH_INVARIANT =
  "growing containers and hosts never moves the recommendation back to a single-host tool";

export const grownAnswers = (answers: Answers, resolved: Resolved, factor: number): Answers[] => {
  const containerCount = grownValue("containerCount", resolved.containerCount, factor);
  const hostCount = grownValue("hostCount", resolved.hostCount, factor);
  return [
    { ...answers, containerCount },
    { ...answers, hostCount },
    { ...answers, containerCount, hostCount },
  ];
};

export const movesBackToSingleHost = (before: PlatformId, after: PlatformId): boolean =>
  !singleHost(platformById(before)) && singleHost(platformById(after));

/**
 * What each explicit answer asks of a platform, as catalogue traits: an independent oracle for "stated
 * preferences are honoured or named in conflicts" (the rules say the same in their own data).
 */
export const ASKED_TRAITS: {
  [K in keyof Answers]?: (value: NonNullable<Answers[K]>) => ((platform: Platform) => boolean)[];
} = {
  management: (v) =>
    v === "serverless"
      ? [(p) => p.traits.includes("serverless")]
      : v === "managed"
        ? [(p) => p.traits.includes("cloud-service")]
        : v === "self-managed"
          ? [(p) => !p.traits.includes("serverless")]
          : [],
  scaling: (v) =>
    v === "automatic"
      ? [(p) => p.traits.includes("autoscaling")]
      : v === "scale-to-zero"
        ? [(p) => p.traits.includes("autoscaling"), (p) => p.traits.includes("scales-to-zero")]
        : [],
  highAvailability: (v) => (v ? [(p) => p.traits.includes("self-healing")] : []),
  zeroDowntimeDeploys: (v) => (v ? [(p) => p.traits.includes("rolling-updates")] : []),
  workloads: (v) =>
    v.flatMap((w) => {
      const trait = {
        "non-container": "mixed-workloads",
        batch: "batch-jobs",
        stateful: "stateful-workloads",
        "event-driven": "event-driven",
        stateless: undefined,
      }[w];
      return trait ? [(p: Platform) => p.traits.includes(trait as never)] : [];
    }),
  needs: (v) =>
    v.map((need) => {
      const trait = need === "ecosystem" ? "large-ecosystem" : need;
      return (p: Platform) => p.traits.includes(trait as never);
    }),
};
