import {
  type Catalogue,
  describeSource,
  formatPoints,
  type HostedService,
  type HostingTarget,
  hostedServices,
  type Platform,
  platformFor,
  type Recommendation,
} from "@platform-advisor/model";

/** One consequence or one pro or con, in plain language, with the short reference it rests on. */
export type RecordPoint = { kind: "good" | "bad" | "neutral"; text: string; source?: string };

const label = (source: string | undefined) => (source ? describeSource(source).label : undefined);

export const point = (kind: RecordPoint["kind"], text: string, source?: string): RecordPoint => {
  const short = label(source);
  return short ? { kind, text, source: short } : { kind, text };
};

export const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** A capability's label inside a sentence: "Failover" reads "failover", "GPUs" and "PCI DSS scope" stay as written. */
const inSentence = (label: string) =>
  /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;

/**
 * A platform as the decision record reads it: its catalogue entry as it reads for the team's hosting (`view`: the
 * provider's own vendor, features and drawbacks where the hosting names one cloud), the provider's services on each
 * of the team's targets, its position (for its capability cells), and whether the organisation added it (then the
 * record states only what the profile states about it).
 */
export type Considered = {
  platform: Platform;
  view: Platform;
  services: HostedService[];
  hosting: readonly HostingTarget[];
  at: number;
  internal: boolean;
};

export const considered = (
  platform: Platform,
  at: number,
  internal: boolean,
  hosting: readonly HostingTarget[],
): Considered => ({
  platform,
  view: platformFor(platform, hosting),
  services: hostedServices(platform, hosting),
  hosting,
  at,
  internal,
});

type Stated = { text: string; source: string };

/**
 * What the catalogue states of a platform for this hosting: each target's own statement where the team hosts on
 * several (on-prem and Azure: both), else the one the view gives.
 */
const statedFor = ({ view, services }: Considered, key: "operations" | "lockIn"): Stated[] => {
  const each = services.length > 1 ? services.flatMap((service) => (service[key] ? [service[key]] : [])) : [];
  if (each.length > 0) return each;
  const own = view[key];
  return own ? [own] : [];
};

/** What the team will run itself: the catalogue's words for this hosting, else the platform's traits and setup. */
export const operations = (platform: Considered, name: string): RecordPoint[] => {
  const { view, internal } = platform;
  const setup = view.features.setup;
  // An organisation's own platform: its profile says who runs it and what a team operates, nothing more.
  if (internal) {
    if (view.traits.includes("serverless"))
      return [
        point(
          "good",
          `${view.vendor} runs ${name}; the team ships containers and operates nothing underneath.`,
          view.traitSources.serverless ?? setup.source,
        ),
      ];
    if (view.traits.includes("self-operated"))
      return [
        point(
          "neutral",
          `The team runs the servers ${name} runs on itself, as ${view.vendor} documents.`,
          view.traitSources["self-operated"] ?? setup.source,
        ),
      ];
    return [
      point(
        "neutral",
        `${view.vendor} runs ${name}; the team sizes the capacity its containers use.`,
        view.traitSources["cloud-service"] ?? setup.source,
      ),
    ];
  }
  const kind = view.traits.includes("serverless") ? "good" : "neutral";
  const stated = statedFor(platform, "operations");
  if (stated.length > 0) return stated.map((item) => point(kind, item.text, item.source));
  if (view.traits.includes("serverless"))
    return [
      point(
        "good",
        `${view.vendor} runs the servers and the platform; the team ships containers and operates nothing underneath (setup: ${setup.value}).`,
        view.traitSources.serverless ?? setup.source,
      ),
    ];
  if (view.traits.includes("self-operated"))
    return [
      point(
        "neutral",
        `The team runs ${name} itself: installing it, upgrading it, backing it up and replacing failed hosts are its work (setup: ${setup.value}).`,
        view.traitSources["self-operated"] ?? setup.source,
      ),
    ];
  return [
    point(
      "neutral",
      `${view.vendor} runs the control plane; the team chooses, sizes and patches the capacity the containers run on (setup: ${setup.value}).`,
      setup.source,
    ),
  ];
};

/** Add-ons and editions the answers need on this platform, and what it cannot do, as its capability cells say. */
export const capabilityPoints = (
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
          point(
            "bad",
            // An organisation's own capability is a clearance, never something the vendor cannot do.
            id.startsWith("org-")
              ? `${name} is not cleared for ${inSentence(capability)}.${note}`
              : `${name} offers no ${inSentence(capability)}: nothing in it ${does}.${note}`,
            cell.source,
          ),
        ];
    }
  });

/** "Runs only on AWS": the lock-in topic says it, with what leaving takes. */
const RUNS_ONLY_ON = /^runs only on\b/i;

/** What the catalogue says the platform cannot do where the team hosts, each as a drawback. */
export const cannotPoints = ({ view }: Considered): RecordPoint[] =>
  view.cannot
    .filter((item) => !RUNS_ONLY_ON.test(item.text))
    .map((item) => point("bad", sentence(item.text), item.source));

/** Where the deployment can go later, and what ties it to this platform's provider. */
export const lockIn = (platform: Considered, name: string): RecordPoint[] => {
  const { view } = platform;
  const stated = statedFor(platform, "lockIn");
  const points: RecordPoint[] = stated.map((item) => point("bad", item.text, item.source));
  if (stated.length === 0 && view.traits.includes("one-provider"))
    points.push(
      point(
        "bad",
        `${name} runs only on ${view.vendor}: leaving ${view.vendor} means moving every deployment to another platform.`,
        view.runsOn.source,
      ),
    );
  if (view.traits.includes("kubernetes-api"))
    points.push(
      point(
        "good",
        "Deployments are Kubernetes objects (manifests, Helm charts): the exit path is another Kubernetes, managed or self-run.",
        view.traitSources["kubernetes-api"],
      ),
    );
  if (view.traits.includes("compose-files"))
    points.push(
      point(
        "good",
        "Deployments are Compose files: the same files run on one host with Docker Compose or across hosts as Swarm stacks.",
        view.traitSources["compose-files"],
      ),
    );
  return points;
};

/** How the bill is made, from the platform's traits and where it runs; for an organisation's own, whom to ask. */
export const costModel = ({ view, services, hosting, internal }: Considered, name: string): RecordPoint => {
  if (internal)
    return point(
      "neutral",
      `The organisation profile states no cost model for ${name}: ask ${view.vendor} how it charges teams.`,
    );
  if (view.traits.includes("scales-to-zero"))
    return point(
      "neutral",
      "The bill follows use: a service scaled to zero costs nothing while idle, and its first request then waits for a container to start (a cold start).",
      view.traitSources["scales-to-zero"],
    );
  if (view.traits.includes("serverless"))
    return point(
      "neutral",
      "The bill follows what the containers reserve while they run; there are no servers to pay for when nothing runs.",
      view.traitSources.serverless,
    );
  // The providers' own documents for the team's targets; the platform's list of every provider otherwise.
  const serviceSource =
    services.length > 0 ? services.map((service) => service.source).join("; ") : view.traitSources["cloud-service"];
  if (view.traits.includes("cloud-service") && view.traits.includes("edge-fleet"))
    return point(
      "neutral",
      "The devices are the team's own hardware, bought ahead of need; the provider bills for the cloud service that manages them.",
      serviceSource,
    );
  if (view.traits.includes("cloud-service"))
    return point(
      "neutral",
      hosting.includes("on-prem") && view.runsOn.value.includes("on-prem")
        ? "The bill is for the machines the nodes run on (your own servers on-prem, instances in a cloud), busy or idle, plus the provider's fee for the service or edition where it charges one."
        : "The bill is for the instances or nodes provisioned, busy or idle, plus the provider's service fee where it charges one.",
      serviceSource,
    );
  return point(
    "neutral",
    "The bill is the servers (or VMs) it runs on and the engineers' time to run them; capacity is bought ahead of load.",
    view.traitSources["self-operated"] ?? view.complexity.source,
  );
};

/** The cost of running it, in the catalogue's terms instead of points. */
export const effort = (
  platform: Platform,
  name: string,
  recommendation: Recommendation,
  teamSize?: number,
): RecordPoint => {
  const { complexityBudget } = recommendation.requirements;
  const team = teamSize ? `a team of ${teamSize}` : "this team";
  const within = platform.complexity.value <= complexityBudget;
  return point(
    within ? "good" : "bad",
    `${name} is ${formatPoints(platform.complexity.value)}/10 to operate on the catalogue's scale; ${team} carries about ${formatPoints(complexityBudget)} comfortably${within ? "" : ", so expect training and a slower start"}.`,
    platform.complexity.source,
  );
};
