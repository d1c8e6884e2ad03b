import {
  type Answers,
  type Assumption,
  cite,
  type Environment,
  type HostingTarget,
  type ResolvedAnswers,
  Seed,
} from "@platform-advisor/model";

/** Containers one host is taken to carry when the host count is not given: the tree's single-host line. */
export const CONTAINERS_PER_HOST = 20;
/** Below this many containers one host is assumed (seeds 001 and 004: under 10 containers, Compose). */
export const SINGLE_HOST_BELOW = 10;
/** The smallest cluster that survives the loss of a node. */
export const SMALLEST_CLUSTER = 3;

const TREE = cite(Seed.orchestrationChapter, "4.5 Choosing the Right Platform");

/** The host count assumed when the team did not give one: a developer's machine, or enough for the containers. */
export const assumedHostCount = (containerCount: number, environment: Environment, highAvailability = false): number =>
  environment === "development" || (containerCount < SINGLE_HOST_BELOW && !highAvailability)
    ? 1
    : Math.max(SMALLEST_CLUSTER, Math.ceil(containerCount / CONTAINERS_PER_HOST));

export type Resolved = Omit<ResolvedAnswers, "hosting"> & { hosting: HostingTarget[] };

interface Default<K extends keyof Answers> {
  value: (answers: Resolved) => Resolved[K];
  /** What was assumed, in words that agree with the other answers (given or assumed). */
  text: (value: Resolved[K], answers: Resolved) => string;
  source: string;
  /** The value to report; hosting reports null when left open. */
  report?: (value: Resolved[K]) => unknown;
}

type Defaults = { [K in keyof Answers]-?: Default<K> };

/** What an unanswered question is taken to be, in the order the questions depend on each other. */
export const DEFAULTS: Defaults = {
  environment: {
    value: () => "production",
    text: () => "Assumed this is for production.",
    source: "CONTRACT.md: Answers",
  },
  teamSize: {
    value: () => 5,
    text: (v) => `Assumed a small team of ${v} engineers, the first branch of the decision tree.`,
    source: TREE,
  },
  containerCount: {
    value: () => 5,
    text: (v) => `Assumed ${v} containers at peak: small scale.`,
    source: cite(Seed.whatIsOrchestration, "My Take: Orchestration Strategy"),
  },
  hostCount: {
    value: (a) => assumedHostCount(a.containerCount, a.environment, a.highAvailability === true),
    text: (v, a) =>
      v === 1
        ? "Assumed one host: a development machine, or fewer than 10 containers, fits on one."
        : a.highAvailability === true && a.containerCount < SINGLE_HOST_BELOW
          ? `Assumed ${v} hosts: surviving the loss of a host needs a cluster, and ${SMALLEST_CLUSTER} is the smallest that can lose one.`
          : `Assumed ${v} hosts: about ${CONTAINERS_PER_HOST} containers a host, and at least ${SMALLEST_CLUSTER}, the smallest cluster that can survive losing one.`,
    source: `${TREE}; Docker docs: Administer and maintain a swarm of Docker Engines`,
  },
  hosting: {
    value: () => [],
    text: () => "Where it runs was not given: only platforms that do not tie you to one provider are compared.",
    source: TREE,
    report: () => null,
  },
  management: {
    value: () => "no-preference",
    text: () => "Assumed no preference between serverless, managed and self-managed.",
    source: cite(Seed.orchestrationAndBeyond, "Summary: Choosing Your Path"),
  },
  highAvailability: {
    value: () => false,
    text: (_, a) =>
      a.hostCount >= SMALLEST_CLUSTER
        ? `Assumed automatic failover is not required: ${a.hostCount} hosts could survive losing one, but a person may step in when one fails.`
        : "Assumed a host may fail with a person stepping in: no automatic failover required.",
    source: cite(Seed.orchestrationNote, "When You Need Orchestration"),
  },
  scaling: {
    value: () => "manual",
    text: () => "Assumed capacity is changed by hand, not automatically with load.",
    source: cite(Seed.orchestrationNote, "Core Capabilities: Scaling"),
  },
  zeroDowntimeDeploys: {
    value: () => false,
    text: () => "Assumed a short downtime during deployments is acceptable.",
    source: cite(Seed.orchestrationAndBeyond, "1. When to Use Orchestration"),
  },
  experience: {
    value: () => "none",
    text: () => "Assumed no hands-on orchestration experience yet.",
    source: cite(Seed.orchestrationAndBeyond, "3. Kubernetes vs. Docker Swarm"),
  },
  workloads: {
    value: () => ["stateless"],
    text: () => "Assumed stateless services only.",
    source: cite(Seed.orchestrationNote, "Common Pitfalls"),
  },
  needs: {
    value: () => [],
    text: () => "Assumed no advanced platform needs (ecosystem, custom scheduling, policy, multi-tenancy, networking).",
    source: cite(Seed.whyOrchestration, "Why Swarm Is Not the End of the Story"),
  },
  currentPlatform: {
    value: () => "none",
    text: () => "Assumed nothing runs the workload today.",
    source: cite(Seed.orchestrationAndBeyond, "Pro Tips"),
  },
};

const ORDER = Object.keys(DEFAULTS) as (keyof Answers)[];

/** Fills every unanswered question with its default, without saying so: for searches and sweeps. */
export const resolveValues = (answers: Answers): Resolved => {
  const resolved = { ...answers } as Record<string, unknown>;
  for (const question of ORDER) {
    if (answers[question] === undefined) resolved[question] = DEFAULTS[question].value(resolved as Resolved);
  }
  return resolved as Resolved;
};

/**
 * Fills, in place, every unanswered question of an object that has every question's key (as `pruneShaped` builds
 * it) with its default: for searches that own the object they pass.
 */
export const fillDefaults = (shaped: Record<keyof Answers, unknown>): Resolved => {
  // Written out in ORDER (a test checks it against the loop in resolveValues): a loop over the keys reads and
  // writes through one keyed access site for every key, which the leader search paid on every candidate.
  const r = shaped as Resolved;
  if (r.environment === undefined) r.environment = DEFAULTS.environment.value(r);
  if (r.teamSize === undefined) r.teamSize = DEFAULTS.teamSize.value(r);
  if (r.containerCount === undefined) r.containerCount = DEFAULTS.containerCount.value(r);
  if (r.hostCount === undefined) r.hostCount = DEFAULTS.hostCount.value(r);
  if (r.hosting === undefined) r.hosting = DEFAULTS.hosting.value(r);
  if (r.management === undefined) r.management = DEFAULTS.management.value(r);
  if (r.highAvailability === undefined) r.highAvailability = DEFAULTS.highAvailability.value(r);
  if (r.scaling === undefined) r.scaling = DEFAULTS.scaling.value(r);
  if (r.zeroDowntimeDeploys === undefined) r.zeroDowntimeDeploys = DEFAULTS.zeroDowntimeDeploys.value(r);
  if (r.experience === undefined) r.experience = DEFAULTS.experience.value(r);
  if (r.workloads === undefined) r.workloads = DEFAULTS.workloads.value(r);
  if (r.needs === undefined) r.needs = DEFAULTS.needs.value(r);
  if (r.currentPlatform === undefined) r.currentPlatform = DEFAULTS.currentPlatform.value(r);
  return r;
};

/** The order defaults are filled in: each may read those before it. */
export const DEFAULT_ORDER: readonly (keyof Answers)[] = ORDER;

/** Fills every unanswered question with its default and says what was assumed. */
export const resolveAnswers = (answers: Answers): { resolved: Resolved; assumptions: Assumption[] } => {
  const resolved = resolveValues(answers);
  const assumptions: Assumption[] = [];
  for (const question of ORDER) {
    if (answers[question] !== undefined) continue;
    const entry = DEFAULTS[question] as Default<typeof question>;
    const value = resolved[question];
    assumptions.push({
      question,
      value: entry.report ? entry.report(value) : value,
      text: entry.text(value, resolved),
      source: entry.source,
    });
  }
  return { resolved: resolved as Resolved, assumptions };
};

/** The answers as evaluated, fit to report: given and assumed values, hosting left out when open. */
export const effectiveAnswers = (resolved: Resolved): Answers => {
  const { hosting, ...rest } = resolved;
  return hosting.length > 0 ? { ...rest, hosting: hosting as [HostingTarget, ...HostingTarget[]] } : rest;
};
