import {
  type Answers,
  type HostingTarget,
  type Platform,
  type PlatformId,
  platformById,
} from "@platform-advisor/model";
import type { Resolved } from "../assumptions.ts";
import { grownValue } from "../growth.ts";

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
    name: "the recommended platform runs everywhere the answers need",
    holds: (leader, a) => a.hosting.every((target) => leader.runsOn.value.includes(target)),
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
    name: "scale-to-zero in production gets a platform that scales to zero",
    holds: (leader, a) =>
      !(a.scaling === "scale-to-zero" && a.environment === "production") || leader.traits.includes("scales-to-zero"),
  },
  {
    name: "automatic scaling gets a platform that autoscales",
    holds: (leader, a) => a.scaling !== "automatic" || leader.traits.includes("autoscaling"),
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
