import {
  type Answers,
  type AnyPlatformId,
  BUILT_IN_CATALOGUE,
  type CapabilityId,
  type HostingTarget,
  NEED_CAPABILITY,
  type Platform,
  type QuestionId,
  SCALING_CAPABILITY,
  TRAFFIC_CAPABILITY,
  WORKLOAD_CAPABILITY,
} from "@platform-advisor/model";
import type { Resolved } from "../assumptions.ts";
import { serves } from "../targets.ts";

const CLOUDS: readonly HostingTarget[] = ["aws", "azure", "gcp", "other-cloud"];
const singleHost = (platform: Platform) => platform.traits.includes("single-host");
const cloudOnly = (platform: Platform) =>
  !platform.runsOn.value.includes("on-prem") && !platform.runsOn.value.includes("edge");
/** The cloud a platform runs on when that cloud is the only place it runs. */
const onlyCloud = (platform: Platform): HostingTarget | undefined => {
  const [target] = platform.runsOn.value;
  return target !== undefined && platform.runsOn.value.length === 1 && CLOUDS.includes(target) ? target : undefined;
};
const singleCloud = (platform: Platform) => onlyCloud(platform) !== undefined;

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
    holds: (leader, a) => {
      const cloud = onlyCloud(leader);
      return cloud === undefined || a.hosting.includes(cloud);
    },
  },
  {
    name: "multi-cloud never gets a single-cloud service",
    holds: (leader, a) => !(a.hosting.filter((h) => CLOUDS.includes(h)).length >= 2 && singleCloud(leader)),
  },
  {
    name: "the recommended platform runs everywhere the answers need (or manages the edge devices from there)",
    // Servers at edge sites are servers of your own: what runs on-prem runs there.
    holds: (leader, a) =>
      a.hosting.every((target) =>
        serves(leader, target === "edge" && a.edgeFootprint === "site-servers" ? "on-prem" : target, a.hosting),
      ),
  },
  {
    name: "more than one host never gets a single-host tool",
    holds: (leader, a) => !(a.hostCount > 1 && singleHost(leader)),
  },
  {
    name: "high availability in production never gets a single-host tool",
    // Unless the team stated one host: then no platform it runs itself fails over, and the conflict is named.
    holds: (leader, a) =>
      !(
        a.highAvailability &&
        a.environment === "production" &&
        singleHost(leader) &&
        !(a.hostCount === 1 && a.given.includes("hostCount"))
      ),
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

export const movesBackToSingleHost = (before: AnyPlatformId, after: AnyPlatformId): boolean =>
  !singleHost(BUILT_IN_CATALOGUE.platform(before)) && singleHost(BUILT_IN_CATALOGUE.platform(after));

/**
 * What each explicit answer asks of a platform, read off the capability matrix and the catalogue's traits: an
 * independent oracle for "stated requirements are met or named in conflicts" (the rules say the same in their
 * own data). A capability counts as met at any level but `none` (an add-on or an edition costs points).
 */
const can = (capability: CapabilityId) => (platform: Platform) =>
  BUILT_IN_CATALOGUE.cell(BUILT_IN_CATALOGUE.indexOf(platform.id), capability).level !== "none";

export const ASKED_TRAITS: {
  [K in QuestionId]?: (value: NonNullable<Answers[K]>) => ((platform: Platform) => boolean)[];
} = {
  management: (v) =>
    v === "serverless" || v === "managed"
      ? [(p) => p.traits.includes("cloud-service")]
      : v === "self-managed"
        ? [(p) => p.traits.includes("self-operated")]
        : [],
  scaling: (v) => {
    const capability = SCALING_CAPABILITY[v];
    return capability ? [can(capability)] : [];
  },
  highAvailability: (v) => (v ? [can("failover")] : []),
  zeroDowntimeDeploys: (v) => (v ? [can("rolling-updates")] : []),
  workloads: (v) => v.flatMap((w) => (WORKLOAD_CAPABILITY[w] ? [can(WORKLOAD_CAPABILITY[w])] : [])),
  needs: (v) => v.map((need) => can(NEED_CAPABILITY[need])),
  traffic: (v) => v.flatMap((t) => (TRAFFIC_CAPABILITY[t] ? [can(TRAFFIC_CAPABILITY[t])] : [])),
};
