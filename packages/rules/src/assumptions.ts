import {
  type Answers,
  type Assumption,
  CATALOGUE,
  cite,
  type Environment,
  type HostingTarget,
  isShown,
  QUESTIONNAIRE,
  type ResolvedAnswers,
  Seed,
  type Traffic,
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

/** The answers the decision tree and the bands read, and the management preference: assumed ones never fire them. */
export const GIVEN_QUESTIONS = ["teamSize", "containerCount", "hostCount", "management"] as const;
export type GivenQuestion = (typeof GIVEN_QUESTIONS)[number];

export type Resolved = Omit<ResolvedAnswers, "hosting" | "traffic" | "custom"> & {
  hosting: HostingTarget[];
  /** Empty when not given: nothing is required of the traffic. */
  traffic: Traffic[];
  /** Which of GIVEN_QUESTIONS the team (or its organisation's profile) answered. */
  given: readonly GivenQuestion[];
};

/** One frozen list per subset of GIVEN_QUESTIONS, so that facts compare lists by identity. */
const GIVEN_LISTS: readonly (readonly GivenQuestion[])[] = Array.from(
  { length: 1 << GIVEN_QUESTIONS.length },
  (_, mask) => Object.freeze(GIVEN_QUESTIONS.filter((_, k) => mask & (1 << k))),
);
const givenOf = (answers: Record<string, unknown>): readonly GivenQuestion[] => {
  const mask =
    (answers.teamSize !== undefined ? 1 : 0) |
    (answers.containerCount !== undefined ? 2 : 0) |
    (answers.hostCount !== undefined ? 4 : 0) |
    (answers.management !== undefined ? 8 : 0);
  const given = GIVEN_LISTS[mask];
  if (given === undefined) throw new Error(`assumptions: no list of given questions for mask ${mask}`);
  return given;
};

/**
 * Where a platform run today runs, when it ties you to one provider in one place (the catalogue's `one-provider`
 * and `runsOn`): a team moving off it is taken to stay there.
 */
const HOSTED_TODAY: ReadonlyMap<string, readonly HostingTarget[]> = new Map(
  CATALOGUE.filter((platform) => platform.traits.includes("one-provider") && platform.runsOn.value.length === 1).map(
    (platform) => [platform.id, platform.runsOn.value],
  ),
);
const HOSTING_NAMES: Record<HostingTarget, string> = {
  aws: "AWS",
  azure: "Azure",
  gcp: "Google Cloud",
  "other-cloud": "another cloud or a developer platform",
  "on-prem": "your own data centre",
  edge: "the edge",
};

/** Platforms that run containers with no servers (the catalogue's `serverless`): a team leaving one leans serverless. */
const SERVERLESS_TODAY: ReadonlySet<string> = new Set(
  CATALOGUE.filter((platform) => platform.traits.includes("serverless")).map((platform) => platform.id),
);

interface Default<K extends Exclude<keyof Answers, "custom">> {
  value: (answers: Resolved) => Resolved[K];
  /** What was assumed, in words that agree with the other answers (given or assumed). */
  text: (value: Resolved[K], answers: Resolved) => string;
  source: string;
  /** The value to report; hosting reports null when left open. */
  report?: (value: Resolved[K]) => unknown;
}

type Defaulted = Exclude<keyof Answers, "custom">;
type Defaults = { [K in Defaulted]-?: Default<K> };

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
    value: (a) => Math.max(5, a.teamSize),
    text: (v) =>
      v > 5
        ? `Assumed ${v} containers at peak: about one for each engineer.`
        : `Assumed ${v} containers at peak: small scale.`,
    source: cite(Seed.whatIsOrchestration, "My Take: Orchestration Strategy"),
  },
  hostCount: {
    value: (a) =>
      a.management === "serverless"
        ? 1
        : assumedHostCount(a.containerCount, a.environment, a.highAvailability === true),
    text: (v, a) =>
      a.management === "serverless"
        ? "No host count: serverless platforms run the containers on the provider's hosts."
        : v === 1
          ? a.environment === "development"
            ? "Assumed one host: a development machine."
            : `Assumed one host: ${a.containerCount} containers, fewer than ${SINGLE_HOST_BELOW}, fit on one.`
          : a.highAvailability === true && a.containerCount < SINGLE_HOST_BELOW
            ? `Assumed ${v} hosts: surviving the loss of a host needs a cluster, and ${SMALLEST_CLUSTER} is the smallest that can lose one.`
            : `Assumed ${v} hosts: about ${CONTAINERS_PER_HOST} containers a host, and at least ${SMALLEST_CLUSTER}, the smallest cluster that can survive losing one.`,
    source: `${TREE}; Docker docs: Administer and maintain a swarm of Docker Engines`,
  },
  hosting: {
    value: (a) => [...(HOSTED_TODAY.get(a.currentPlatform) ?? [])],
    text: (v) =>
      v.length > 0
        ? `Assumed it stays where it runs today: ${v.map((target) => HOSTING_NAMES[target]).join(", ")}.`
        : "Where it runs was not given: only platforms that do not tie you to one provider are compared.",
    source: TREE,
    report: (v) => (v.length > 0 ? v : null),
  },
  management: {
    value: (a) => (SERVERLESS_TODAY.has(a.currentPlatform) ? "serverless" : "no-preference"),
    text: (v) =>
      v === "serverless"
        ? "Assumed you want to stay serverless, as the workload runs with no servers today."
        : "Assumed no preference between serverless, managed and self-managed.",
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
  traffic: {
    value: () => [],
    text: () => "What reaches the workload was not given: no kind of traffic is required.",
    source: cite(Seed.orchestrationChapter, "4.6 Common Orchestration Features"),
    report: () => null,
  },
  edgeFootprint: {
    value: () => "devices",
    text: () => "Assumed the edge means devices: gateways, kiosks or cameras, one host each.",
    source: cite(Seed.orchestrationAndBeyond, "4. Serverless and Edge Computing: IoT and Edge Deployments"),
  },
};

/** Defaults are filled in this order: each may read those before it (management reads the platform run today). */
const ORDER: readonly Defaulted[] = [
  "environment",
  "teamSize",
  "containerCount",
  "currentPlatform",
  "hosting",
  "management",
  "hostCount",
  "highAvailability",
  "scaling",
  "zeroDowntimeDeploys",
  "experience",
  "workloads",
  "needs",
  "traffic",
  "edgeFootprint",
];

/** Each defaulted question with its questionnaire entry, in ORDER: a default for a question not asked fails at load. */
const ASKED = ORDER.map((id) => {
  const question = QUESTIONNAIRE.find((entry) => entry.id === id);
  if (!question) throw new Error(`assumptions: the questionnaire has no question ${id}`);
  return { id, question };
});

/** Fills every unanswered question with its default, without saying so: for searches and sweeps. */
export const resolveValues = (answers: Answers): Resolved => {
  const { custom: _custom, ...rest } = answers;
  const resolved = { ...rest, given: givenOf(answers) } as Record<string, unknown>;
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
  const r = shaped as unknown as Resolved & Record<"custom", unknown>;
  r.given = givenOf(shaped);
  if (r.environment === undefined) r.environment = DEFAULTS.environment.value(r);
  if (r.teamSize === undefined) r.teamSize = DEFAULTS.teamSize.value(r);
  if (r.containerCount === undefined) r.containerCount = DEFAULTS.containerCount.value(r);
  if (r.currentPlatform === undefined) r.currentPlatform = DEFAULTS.currentPlatform.value(r);
  if (r.hosting === undefined) r.hosting = DEFAULTS.hosting.value(r);
  if (r.management === undefined) r.management = DEFAULTS.management.value(r);
  if (r.hostCount === undefined) r.hostCount = DEFAULTS.hostCount.value(r);
  if (r.highAvailability === undefined) r.highAvailability = DEFAULTS.highAvailability.value(r);
  if (r.scaling === undefined) r.scaling = DEFAULTS.scaling.value(r);
  if (r.zeroDowntimeDeploys === undefined) r.zeroDowntimeDeploys = DEFAULTS.zeroDowntimeDeploys.value(r);
  if (r.experience === undefined) r.experience = DEFAULTS.experience.value(r);
  if (r.workloads === undefined) r.workloads = DEFAULTS.workloads.value(r);
  if (r.needs === undefined) r.needs = DEFAULTS.needs.value(r);
  if (r.traffic === undefined) r.traffic = DEFAULTS.traffic.value(r);
  if (r.edgeFootprint === undefined) r.edgeFootprint = DEFAULTS.edgeFootprint.value(r);
  r.custom = undefined;
  return r;
};

/** The order defaults are filled in: each may read those before it. */
export const DEFAULT_ORDER: readonly Defaulted[] = ORDER;

/** Fills every unanswered question with its default and says what was assumed. */
export const resolveAnswers = (answers: Answers): { resolved: Resolved; assumptions: Assumption[] } => {
  const resolved = resolveValues(answers);
  const assumptions: Assumption[] = [];
  for (const { id, question } of ASKED) {
    if (answers[id] !== undefined || !isShown(question, answers)) continue;
    const entry = DEFAULTS[id] as Default<typeof id>;
    const value = resolved[id];
    assumptions.push({
      question: id,
      value: entry.report ? entry.report(value) : value,
      text: entry.text(value, resolved),
      source: entry.source,
    });
  }
  return { resolved: resolved as Resolved, assumptions };
};

/** The answers as evaluated, fit to report: given and assumed values, hosting left out when open. */
export const effectiveAnswers = (resolved: Resolved): Answers => {
  const { hosting, traffic, given: _given, ...rest } = resolved;
  return {
    ...rest,
    ...(hosting.length > 0 ? { hosting: hosting as [HostingTarget, ...HostingTarget[]] } : {}),
    ...(traffic.length > 0 ? { traffic } : {}),
  };
};
