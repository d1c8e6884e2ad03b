import type { Answers, HostingTarget, QuestionId } from "@platform-advisor/model";
import type { Resolved } from "./assumptions.ts";

const CLOUDS: readonly HostingTarget[] = ["aws", "azure", "gcp", "other-cloud"];

/** What the rules see: the resolved answers plus facts derived from them. */
export interface Facts extends Omit<Resolved, "given"> {
  /** The answers that decide bands and the decision tree which the team gave (not assumed). */
  given: readonly string[];
  /** False when the team did not say where it runs. */
  hostingKnown: boolean;
  /** How many distinct clouds the hosting names. */
  cloudCount: number;
  /** Two or more clouds. */
  multiCloud: boolean;
  /** Must run in the team's own data centre. */
  onPrem: boolean;
  /** Exactly one cloud and nothing else. */
  singleCloud: boolean;
  /** AWS and nothing else. */
  awsOnly: boolean;
  /** More than one machine. */
  multiHost: boolean;
  /** Some of the work is not a container, or is a batch job. */
  mixedWorkloads: boolean;
  /** How many advanced needs are named. */
  advancedNeedCount: number;
  /** Several edge devices: the containers are spread over a fleet, a few on each device. */
  edgeFleet: boolean;
  /** A staging copy of a product whose production platform is named: that choice is made already. */
  mirrorsProduction: boolean;
  /** The team runs Kubernetes, or knows it best: local development should use the same API. */
  kubernetesShop: boolean;
}

const KUBERNETES_FAMILY: readonly string[] = ["kubernetes", "managed-kubernetes", "k3s"];

/** The facts derived from answers in which every question is answered (hosting may be empty: unknown). */
export const deriveFacts = (answers: Resolved): Facts => {
  const { hosting, workloads, needs, hostCount } = answers;
  let cloudCount = 0;
  for (const target of hosting) if (CLOUDS.includes(target)) cloudCount++;
  // One literal with every key in a fixed order: all facts objects share one shape.
  return {
    environment: answers.environment,
    teamSize: answers.teamSize,
    containerCount: answers.containerCount,
    hostCount,
    hosting,
    management: answers.management,
    highAvailability: answers.highAvailability,
    scaling: answers.scaling,
    zeroDowntimeDeploys: answers.zeroDowntimeDeploys,
    experience: answers.experience,
    workloads,
    needs,
    currentPlatform: answers.currentPlatform,
    traffic: answers.traffic,
    edgeFootprint: answers.edgeFootprint,
    given: answers.given,
    hostingKnown: hosting.length > 0,
    cloudCount,
    multiCloud: cloudCount >= 2,
    onPrem: hosting.includes("on-prem"),
    singleCloud: cloudCount === 1 && hosting.length === 1,
    awsOnly: hosting.length === 1 && hosting[0] === "aws",
    multiHost: hostCount > 1,
    mixedWorkloads: workloads.includes("non-container") || workloads.includes("batch"),
    advancedNeedCount: needs.length,
    edgeFleet: hosting.includes("edge") && hostCount > 1 && answers.edgeFootprint === "devices",
    mirrorsProduction: answers.environment === "staging" && answers.currentPlatform !== "none",
    kubernetesShop: answers.experience === "kubernetes" || KUBERNETES_FAMILY.includes(answers.currentPlatform),
  };
};

/**
 * Every fact, once: how the rules read it. The compiled rules (compiled.ts) read facts through these, and the leader
 * search (fast-leader.ts) numbers its fact bits and compares facts with them: a new fact in `Facts` fails to
 * compile until it is here, and then every one of those follows. One literal per fact keeps each read a plain,
 * monomorphic property load (a shared `facts[key]` read was measurably slower in the leader search).
 */
export const FACT_READERS: { readonly [K in keyof Facts]: (facts: Facts) => Facts[K] } = {
  environment: (f) => f.environment,
  teamSize: (f) => f.teamSize,
  containerCount: (f) => f.containerCount,
  hostCount: (f) => f.hostCount,
  hosting: (f) => f.hosting,
  management: (f) => f.management,
  highAvailability: (f) => f.highAvailability,
  scaling: (f) => f.scaling,
  zeroDowntimeDeploys: (f) => f.zeroDowntimeDeploys,
  experience: (f) => f.experience,
  workloads: (f) => f.workloads,
  needs: (f) => f.needs,
  currentPlatform: (f) => f.currentPlatform,
  traffic: (f) => f.traffic,
  edgeFootprint: (f) => f.edgeFootprint,
  given: (f) => f.given,
  hostingKnown: (f) => f.hostingKnown,
  cloudCount: (f) => f.cloudCount,
  multiCloud: (f) => f.multiCloud,
  onPrem: (f) => f.onPrem,
  singleCloud: (f) => f.singleCloud,
  awsOnly: (f) => f.awsOnly,
  multiHost: (f) => f.multiHost,
  mixedWorkloads: (f) => f.mixedWorkloads,
  advancedNeedCount: (f) => f.advancedNeedCount,
  edgeFleet: (f) => f.edgeFleet,
  mirrorsProduction: (f) => f.mirrorsProduction,
  kubernetesShop: (f) => f.kubernetesShop,
};

/** The facts' names, in the order of FACT_READERS. */
export const FACT_NAMES = Object.keys(FACT_READERS) as readonly (keyof Facts)[];

export type { Answers };

/**
 * Which facts a change to one answer can move, through pruning (environment and hosting hide questions), the
 * assumed defaults (the host count follows containers, environment and failover) and the derived facts above.
 * "all" where a change can reach nearly every fact. The leader search bounds what a change can do with it;
 * facts.test.ts checks it against `deriveFacts` over the verification sweep.
 */
export const FACTS_MOVED_BY: Record<QuestionId, readonly (keyof Facts)[] | "all"> = {
  environment: "all",
  teamSize: ["teamSize", "given", "containerCount", "hostCount", "multiHost", "edgeFleet"],
  containerCount: ["containerCount", "given", "hostCount", "multiHost", "edgeFleet"],
  hostCount: ["hostCount", "given", "multiHost", "edgeFleet"],
  hosting: "all",
  management: ["management", "given", "hostCount", "multiHost", "edgeFleet"],
  highAvailability: ["highAvailability", "hostCount", "multiHost", "edgeFleet"],
  scaling: ["scaling"],
  zeroDowntimeDeploys: ["zeroDowntimeDeploys"],
  experience: ["experience", "kubernetesShop"],
  workloads: ["workloads", "mixedWorkloads"],
  needs: ["needs", "advancedNeedCount"],
  currentPlatform: "all",
  traffic: ["traffic"],
  edgeFootprint: ["edgeFootprint", "edgeFleet"],
};
