import { Seed } from "./sources.ts";

/** One cited document as a reader sees it. */
export type CitedDocument = {
  /** A few words that fit beside a reason ("Docker in Production, ch. 4, §4.5"). */
  label: string;
  /** The document's human title. */
  title: string;
  /** Who publishes it, for vendor documents ("Kubernetes docs"). */
  publisher?: string;
  /** The section the statement rests on, when the citation names one. */
  section?: string;
  /** Where to read it, when it is public. */
  url?: string;
};

/** A `source` string as a reader sees it: one entry per document it cites ("A; B" cites two). */
export type SourceDescription = {
  /** The short reference for all cited documents together. */
  label: string;
  /** The full reference, in words. */
  title: string;
  documents: CitedDocument[];
};

type SeedEntry = { title: string; short: string };

/** The seed documents' own headings, with a short name for references. */
const SEEDS: Record<string, SeedEntry> = {
  [Seed.whyOrchestration]: {
    title: "Why Orchestration Is Required (Beyond Swarm), ch. 37 of a Docker course",
    short: "Why Orchestration Is Required",
  },
  [Seed.whatIsOrchestration]: { title: "What is Orchestration? Why It Matters", short: "What is Orchestration?" },
  [Seed.orchestrationChapter]: {
    title: "Container Orchestration, ch. 4 of a Docker in Production course",
    short: "Docker in Production, ch. 4",
  },
  [Seed.orchestrationNote]: { title: "Docker orchestration, a study note", short: "Orchestration study note" },
  [Seed.orchestrationAndBeyond]: {
    title: "Orchestration and Beyond, part 12 of a Docker guide",
    short: "Orchestration and Beyond",
  },
};

/** Public documents the rules and the catalogue cite, by "Publisher: title" (or title alone), with their address. */
const LINKS: Record<string, string> = {
  "Docker docs: Docker Compose overview": "https://docs.docker.com/compose/",
  "Docker docs: Start containers automatically (restart policies)":
    "https://docs.docker.com/engine/containers/start-containers-automatically/",
  "Docker docs: Swarm mode overview": "https://docs.docker.com/engine/swarm/",
  "Docker docs: Administer and maintain a swarm of Docker Engines": "https://docs.docker.com/engine/swarm/admin_guide/",
  "Kubernetes docs: Considerations for large clusters":
    "https://kubernetes.io/docs/setup/best-practices/cluster-large/",
  "Amazon EKS User Guide": "https://docs.aws.amazon.com/eks/latest/userguide/what-is-eks.html",
  "K3s documentation: Lightweight Kubernetes": "https://docs.k3s.io/",
  "Amazon ECS Developer Guide: Automatically scale your Amazon ECS service":
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-auto-scaling.html",
  "Amazon ECS Developer Guide: AWS Fargate for Amazon ECS":
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/AWS_Fargate.html",
  "Google Cloud Run documentation: About instance autoscaling":
    "https://cloud.google.com/run/docs/about-instance-autoscaling",
  "Azure Container Apps documentation: Set scaling rules": "https://learn.microsoft.com/azure/container-apps/scale-app",
  "Azure Container Instances documentation: What is Azure Container Instances?":
    "https://learn.microsoft.com/azure/container-instances/container-instances-overview",
  "Nomad documentation: What is Nomad?": "https://developer.hashicorp.com/nomad/docs/what-is-nomad",
  "Fly.io docs: Autostop/autostart Machines": "https://fly.io/docs/launch/autostop-autostart/",
  "Render docs: Scaling": "https://render.com/docs/scaling",
  "Railway docs: Scaling": "https://docs.railway.com/reference/scaling",
  "AWS IoT Greengrass Developer Guide: Run a Docker container":
    "https://docs.aws.amazon.com/greengrass/v2/developerguide/run-docker-container.html",
  "Azure IoT Edge documentation: What is Azure IoT Edge": "https://learn.microsoft.com/azure/iot-edge/about-iot-edge",
  "Knative documentation: Configuring scale to zero": "https://knative.dev/docs/serving/autoscaling/scale-to-zero/",
  "Apache Mesos project page (Apache Attic)": "https://attic.apache.org/projects/mesos.html",
};

/** Publishers whose citation prefix is not a name a reader knows. */
const PUBLISHERS: Record<string, string> = {
  "CONTRACT.md": "Platform Advisor public contract, v1",
};

const SEED_FILE = /^(\d{3}_[0-9a-f]{16}\.txt)(?::\s*(.*))?$/;

/** "4.5 Choosing the Right Platform (decision tree)" gives "§4.5"; unnumbered sections give none. */
const sectionNumber = (section: string): string | undefined => section.match(/^(\d+(?:\.\d+)*)\.?\s/)?.[1];

const withUrl = (document: CitedDocument, key: string): CitedDocument => {
  const url = LINKS[key];
  return url ? { ...document, url } : document;
};

const describeOne = (citation: string): CitedDocument => {
  const seed = citation.match(SEED_FILE);
  if (seed) {
    const [, file = "", section] = seed;
    const entry = SEEDS[file];
    // An unknown seed file keeps a readable stand-in; the registry test flags it.
    const title = entry?.title ?? "An unnamed source document";
    const short = entry?.short ?? "Source document";
    const number = section ? sectionNumber(section) : undefined;
    return {
      label: number ? `${short}, §${number}` : short,
      title,
      ...(section ? { section } : {}),
    };
  }
  const colon = citation.indexOf(": ");
  if (colon > 0) {
    const prefix = citation.slice(0, colon);
    const publisher = PUBLISHERS[prefix] ?? prefix;
    const title = citation.slice(colon + 2);
    return withUrl({ label: publisher, title, publisher }, citation);
  }
  return withUrl({ label: citation, title: citation }, citation);
};

/** Whether a cited document has a human title (false only for a seed file missing from the registry). */
export const hasHumanTitle = (source: string): boolean =>
  source.split("; ").every((citation) => {
    const seed = citation.match(SEED_FILE);
    return !seed || SEEDS[seed[1] ?? ""] !== undefined;
  });

/**
 * A `source` string (a seed file and section, or "Publisher: title") as a
 * reader sees it: short label, human title, section and link. Never shows a
 * file name; unknown publishers resolve to their own words.
 */
export const describeSource = (source: string): SourceDescription => {
  const documents = source.split("; ").map(describeOne);
  const full = (document: CitedDocument) =>
    [document.publisher, document.title, document.section].filter((part) => part !== undefined).join(": ");
  return {
    label: [...new Set(documents.map((document) => document.label))].join("; "),
    title: documents.map(full).join("; "),
    documents,
  };
};
