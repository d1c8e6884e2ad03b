import {
  type Answers,
  BUILT_IN_CATALOGUE,
  type CapabilityId,
  type Catalogue,
  describeSource,
  formatAnswer,
  formatPoints,
  NEED_CAPABILITY,
  type Platform,
  type RankedPlatform,
  type Recommendation,
  SCALING_CAPABILITY,
  TRAFFIC_CAPABILITY,
  WORKLOAD_CAPABILITY,
} from "@platform-advisor/model";
import { customRequirements } from "./custom-answers.ts";

/** One consequence or one pro or con, in plain language, with the short reference it rests on. */
export type RecordPoint = { kind: "good" | "bad" | "neutral"; text: string; source?: string };

/** What a decision record adds to the report: consequences by topic, and each considered option's pros and cons. */
export type DecisionRecordData = {
  consequences: { topic: string; points: RecordPoint[] }[];
  options: { platform: RankedPlatform["platform"]; name: string; score: number; points: RecordPoint[] }[];
};

/** How many options the record weighs: the top eligible platforms. */
export const CONSIDERED = 3;

const label = (source: string | undefined) => (source ? describeSource(source).label : undefined);
const point = (kind: RecordPoint["kind"], text: string, source?: string): RecordPoint => {
  const short = label(source);
  return short ? { kind, text, source: short } : { kind, text };
};

/**
 * The capabilities the answers ask for, in questionnaire order (contract v3's answer-to-capability tables), then
 * those the organisation's own questions make requirements (built-in or its own capabilities).
 */
export const neededCapabilities = (answers: Answers, catalogue: Catalogue = BUILT_IN_CATALOGUE): string[] => {
  const needed: (CapabilityId | null | undefined)[] = [
    answers.highAvailability ? "failover" : null,
    answers.scaling ? SCALING_CAPABILITY[answers.scaling] : null,
    answers.zeroDowntimeDeploys ? "rolling-updates" : null,
    ...(answers.workloads ?? []).map((workload) => WORKLOAD_CAPABILITY[workload]),
    ...(answers.needs ?? []).map((need) => NEED_CAPABILITY[need]),
    ...(answers.traffic ?? []).map((traffic) => TRAFFIC_CAPABILITY[traffic]),
    answers.hosting?.includes("edge") ? "fleet-rollout" : null,
  ];
  return [
    ...new Set([
      ...needed.filter((id): id is CapabilityId => typeof id === "string"),
      ...customRequirements(answers, catalogue),
    ]),
  ];
};

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** A capability's label inside a sentence: "Failover" reads "failover", "GPUs" and "PCI DSS scope" stay as written. */
const inSentence = (label: string) =>
  /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;

/**
 * A platform as the decision record reads it: its catalogue entry, its position (for its capability cells), and
 * whether the organisation added it (then the record states only what the profile states about it).
 */
type Considered = { platform: Platform; at: number; internal: boolean };

/** What the team will run itself, from the platform's traits and its setup. */
const operations = ({ platform, internal }: Considered, name: string): RecordPoint => {
  const setup = platform.features.setup;
  // An organisation's own platform: its profile says who runs it and what a team operates, nothing more.
  if (internal) {
    if (platform.traits.includes("serverless"))
      return point(
        "good",
        `${platform.vendor} runs ${name}; the team ships containers and operates nothing underneath.`,
        platform.traitSources.serverless ?? setup.source,
      );
    if (platform.traits.includes("self-operated"))
      return point(
        "neutral",
        `The team runs the servers ${name} runs on itself, as ${platform.vendor} documents.`,
        platform.traitSources["self-operated"] ?? setup.source,
      );
    return point(
      "neutral",
      `${platform.vendor} runs ${name}; the team sizes the capacity its containers use.`,
      platform.traitSources["cloud-service"] ?? setup.source,
    );
  }
  if (platform.traits.includes("serverless"))
    return point(
      "good",
      `${platform.vendor} runs the servers and the platform; the team ships containers and operates nothing underneath (setup: ${setup.value}).`,
      platform.traitSources.serverless ?? setup.source,
    );
  if (platform.traits.includes("self-operated"))
    return point(
      "neutral",
      `The team runs ${name} itself: installing it, upgrading it, backing it up and replacing failed hosts are its work (setup: ${setup.value}).`,
      platform.traitSources["self-operated"] ?? setup.source,
    );
  return point(
    "neutral",
    `${platform.vendor} runs the control plane; the team chooses, sizes and patches the capacity the containers run on (setup: ${setup.value}).`,
    setup.source,
  );
};

/** Add-ons and editions the answers need on this platform, and what it cannot do, as its capability cells say. */
const capabilityPoints = (
  { at }: Considered,
  name: string,
  needed: readonly string[],
  catalogue: Catalogue,
): RecordPoint[] =>
  needed.flatMap((id) => {
    const cell = catalogue.platforms[at]?.capabilities.find((candidate) => candidate.id === id);
    if (!cell) return [];
    const { does, label: capability } = catalogue.capability(id);
    const note = cell.note ? ` ${sentence(cell.note)}` : "";
    switch (cell.level) {
      case "native":
        return [point("good", `${name} ${does}, with nothing to add.${note}`, cell.source)];
      case "add-on":
        return [
          point(
            "bad",
            `To get ${inSentence(capability)}, the team adds and runs ${cell.via ?? "an add-on"}.${note}`,
            cell.source,
          ),
        ];
      case "edition":
        return [point("bad", `${capability} needs ${cell.via ?? "a paid edition"}.${note}`, cell.source)];
      default:
        return [
          point("bad", `${name} offers no ${inSentence(capability)}: nothing in it ${does}.${note}`, cell.source),
        ];
    }
  });

/** Where the deployment can go later, and what ties it to this platform. */
const lockIn = (platform: Platform, name: string): RecordPoint[] => {
  const points: RecordPoint[] = [];
  if (platform.traits.includes("one-provider"))
    points.push(
      point(
        "bad",
        `${name} runs only on ${formatAnswer("hosting", platform.runsOn.value)}: leaving that provider means moving every deployment to another platform.`,
        platform.runsOn.source,
      ),
    );
  if (platform.traits.includes("kubernetes-api"))
    points.push(
      point(
        "good",
        "Deployments are Kubernetes objects (manifests, Helm charts): the exit path is another Kubernetes, managed or self-run.",
        platform.traitSources["kubernetes-api"],
      ),
    );
  if (platform.traits.includes("compose-files"))
    points.push(
      point(
        "good",
        "Deployments are Compose files: the same files run on one host with Docker Compose or across hosts as Swarm stacks.",
        platform.traitSources["compose-files"],
      ),
    );
  return points;
};

/** How the bill is made, from the platform's traits; for an organisation's own platform, whom to ask. */
const costModel = ({ platform, internal }: Considered, name: string): RecordPoint => {
  if (internal)
    return point(
      "neutral",
      `The organisation profile states no cost model for ${name}: ask ${platform.vendor} how it charges teams.`,
    );
  if (platform.traits.includes("scales-to-zero"))
    return point(
      "neutral",
      "The bill follows use: a service scaled to zero costs nothing while idle, and its first request then waits for a container to start (a cold start).",
      platform.traitSources["scales-to-zero"],
    );
  if (platform.traits.includes("serverless"))
    return point(
      "neutral",
      "The bill follows what the containers reserve while they run; there are no servers to pay for when nothing runs.",
      platform.traitSources.serverless,
    );
  if (platform.traits.includes("cloud-service"))
    return point(
      "neutral",
      "The bill is for the instances or nodes provisioned, busy or idle, plus the provider's service fee where it charges one.",
      platform.traitSources["cloud-service"],
    );
  return point(
    "neutral",
    "The bill is the servers (or VMs) it runs on and the engineers' time to run them; capacity is bought ahead of load.",
    platform.traitSources["self-operated"] ?? platform.complexity.source,
  );
};

/** The cost of running it, in the catalogue's terms instead of points. */
const effort = (platform: Platform, name: string, recommendation: Recommendation, teamSize?: number): RecordPoint => {
  const { complexityBudget } = recommendation.requirements;
  const team = teamSize ? `a team of ${teamSize}` : "this team";
  const within = platform.complexity.value <= complexityBudget;
  return point(
    within ? "good" : "bad",
    `${name} is ${formatPoints(platform.complexity.value)}/10 to operate on the catalogue's scale; ${team} carries about ${formatPoints(complexityBudget)} comfortably${within ? "" : ", so expect training and a slower start"}.`,
    platform.complexity.source,
  );
};

/** The reasons the value model counted, without its arithmetic: operability is said by `effort` instead. */
const reasonPoints = (entry: RankedPlatform): RecordPoint[] =>
  entry.reasons
    .filter((reason) => reason.impact !== null && reason.impact !== 0 && reason.criterion !== "operability")
    .filter((reason) => !/\bpoints?\b.*\ba unit\b/.test(reason.text))
    .map((reason) => point((reason.impact ?? 0) > 0 ? "good" : "bad", sentence(reason.text), reason.source));

/**
 * A decision record's substance: for the chosen platform, what the team will
 * run itself, the add-ons it needs, lock-in and exit path, the cost model and
 * the requirements it leaves unmet; for each considered option, its real pros
 * and cons. Drawn from the catalogue and the capability matrix, each point
 * with the document it rests on.
 */
export const decisionRecordData = (
  recommendation: Recommendation,
  given: Answers,
  catalogue: Catalogue = BUILT_IN_CATALOGUE,
): DecisionRecordData => {
  const needed = neededCapabilities({ ...recommendation.answers, ...given }, catalogue);
  const platformOf = (id: RankedPlatform["platform"]): Considered | undefined => {
    const at = catalogue.indexOf(id);
    const platform = catalogue.platforms[at];
    return platform ? { platform, at, internal: at >= catalogue.builtIn } : undefined;
  };
  const chosenEntry = recommendation.ranking.find((entry) => entry.platform === recommendation.recommended);
  const chosen = platformOf(recommendation.recommended);
  const teamSize = given.teamSize ?? recommendation.answers.teamSize;
  const eligible = recommendation.ranking.filter((entry) => entry.eligible);
  const next = eligible.find((entry) => entry.platform !== recommendation.recommended);
  const consequences: DecisionRecordData["consequences"] = [];
  if (chosen && chosenEntry) {
    const name = chosenEntry.name;
    const capabilities = capabilityPoints(chosen, name, needed, catalogue);
    const unmet = (chosenEntry.unmet ?? []).map((item) => point("bad", `Not met: ${sentence(item.text)}`));
    const conflicts = recommendation.conflicts
      .filter((conflict) => !(chosenEntry.unmet ?? []).some((item) => item.question === conflict.question))
      .map((conflict) => point("bad", `Not honoured: ${sentence(conflict.text)}`));
    consequences.push(
      {
        topic: "What the team runs itself",
        points: [operations(chosen, name), effort(chosen.platform, name, recommendation, teamSize)],
      },
      {
        topic: "Add-ons and requirements",
        points:
          capabilities.length + unmet.length + conflicts.length > 0
            ? [...capabilities, ...unmet, ...conflicts]
            : [point("neutral", "The answers state no capability beyond running containers: nothing to add.")],
      },
      {
        topic: "Lock-in and exit path",
        points: [...lockIn(chosen.platform, name), ...exitPath(recommendation, next)],
      },
      { topic: "Cost model", points: [costModel(chosen, name)] },
    );
  }
  const options = eligible.slice(0, CONSIDERED).map((entry) => {
    const considered = platformOf(entry.platform);
    const points = considered
      ? [
          ...reasonPoints(entry),
          effort(considered.platform, entry.name, recommendation, teamSize),
          ...capabilityPoints(considered, entry.name, needed, catalogue),
          ...(entry.unmet ?? []).map((item) =>
            point("bad", `Does not meet a stated requirement: ${sentence(item.text)}`),
          ),
          ...lockIn(considered.platform, entry.name),
        ]
      : reasonPoints(entry);
    return { platform: entry.platform, name: entry.name, score: entry.score, points };
  });
  return { consequences, options };
};

const exitPath = (recommendation: Recommendation, next: RankedPlatform | undefined): RecordPoint[] => {
  const points: RecordPoint[] = [];
  if (next)
    points.push(
      point(
        "neutral",
        `If it stops fitting, ${next.name} ranks next for these answers (score ${formatPoints(next.score)}).`,
      ),
    );
  const moves = recommendation.growthPath.filter((step) => step.recommended !== recommendation.recommended);
  const first = moves[0];
  if (first) points.push(point("bad", sentence(`A move may be needed as the workload grows: ${first.text}`)));
  else
    points.push(
      point("good", sentence(recommendation.growthSummary || "It still leads at 2, 5 and 10 times the size")),
    );
  return points;
};
