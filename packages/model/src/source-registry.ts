import { CAPABILITY_MATRIX } from "./capability-matrix.ts";
import { headingAnchor } from "./seed-document.ts";
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

/** The seed documents by their own titles (their first heading), with a short name for references. */
const SEEDS: Record<string, SeedEntry> = {
  [Seed.whyOrchestration]: {
    title: "Why Orchestration Is Required (Beyond Swarm), chapter 37 of a Docker course",
    short: "Why Orchestration Is Required",
  },
  [Seed.whatIsOrchestration]: { title: "What is Orchestration? Why It Matters", short: "What is Orchestration?" },
  [Seed.orchestrationChapter]: {
    title: "Container Orchestration, chapter 4 of Docker in Production",
    short: "Docker in Production, ch. 4",
  },
  [Seed.orchestrationNote]: { title: "Docker orchestration", short: "Docker orchestration" },
  [Seed.orchestrationAndBeyond]: {
    title: "Orchestration and Beyond, part 12 of a Docker guide",
    short: "Orchestration and Beyond",
  },
};

/** Each source document's headings, in order, as `parseSeed` reads them (a test checks them against docs/sources). */
export const SEED_HEADINGS: Record<string, readonly string[]> = {
  [Seed.whyOrchestration]: [
    "Chapter 37 — Why Orchestration Is Required (Beyond Swarm)",
    "The Fundamental Problem: Scale + Failure",
    "Why “Just Docker” Stops Working",
    "Humans Do Not Scale (This Is Not an Insult)",
    "The Shift: From Actions to Intent",
    "Desired State Changes Everything",
    "Why Swarm Is Not the End of the Story",
    "Orchestration Is a Category, Not a Tool",
    "The Inevitable Convergence",
    "Why Orchestration Feels “Heavy” at First",
    "Orchestration Is About Systems Thinking",
    "This Is the Real Skill Gap",
    "Mental Model to Lock In",
    "What You Learned in This Chapter",
  ],
  [Seed.whatIsOrchestration]: [
    "What is Orchestration? Why It Matters",
    "The Big Picture",
    "The Problem Without Orchestration",
    "What Orchestration Does",
    "The Orchestra Conductor Analogy",
    "Orchestration Tools",
    "Docker Swarm",
    "Kubernetes",
    "Other Tools",
    "Why Kubernetes?",
    "Real-World Example: Before and After",
    "My Take: Orchestration Strategy",
    "Memory Tip: The Orchestra Conductor Analogy",
    "Common Mistakes",
    "Key Takeaways",
    "What's Next?",
  ],
  [Seed.orchestrationChapter]: [
    "Chapter 4: Container Orchestration",
    "Overview",
    "4.1 Why Orchestration Is Needed",
    "4.2 Core Orchestration Concepts",
    "4.3 Desired State and Reconciliation",
    "4.4 Orchestration Platforms Compared",
    "Other Platforms",
    "4.5 Choosing the Right Platform",
    "4.6 Common Orchestration Features",
    "Summary Table",
    "Quick Revision Questions",
  ],
  [Seed.orchestrationNote]: [
    "docker_orchestration",
    "When You Need Orchestration",
    "Core Capabilities",
    "Declarative deployment",
    "Self-healing",
    "Scaling",
    "Rolling updates",
    "Service discovery and load balancing",
    "Platform Comparison",
    "Docker Swarm",
    "Kubernetes",
    "Cloud-specific",
    "Orchestration vs Compose",
    "Common Pitfalls",
    "References",
  ],
  [Seed.orchestrationAndBeyond]: [
    "Part 12: Orchestration and Beyond",
    "1. When to Use Orchestration",
    "Scaling, High Availability, Multi-Host",
    "Limitations of Single-Host Docker",
    "2. Docker Swarm: Built-In Orchestration",
    "What is Docker Swarm?",
    "Key Concepts",
    "Initialize a Swarm",
    "Deploy a Service",
    "Scale",
    "Update",
    "Stacks: Multi-Service Deployment",
    "Rolling Updates and Rollbacks",
    "Configure Update Strategy",
    "Trigger Update",
    "Manual Rollback",
    "When to Use Docker Swarm",
    "3. Kubernetes: The Industry Standard",
    "Why Kubernetes?",
    "Key Concepts",
    "How Docker Fits into Kubernetes",
    "Example: Deploy to Kubernetes",
    "1. Build with Docker",
    "2. Define in Kubernetes YAML",
    "3. Apply",
    "Kubernetes vs. Docker Swarm",
    "4. Serverless and Edge Computing",
    "AWS Fargate, Azure Container Instances",
    "Example: AWS Fargate",
    "IoT and Edge Deployments",
    "Use Cases",
    "Tools",
    "Example: Raspberry Pi",
    "Summary: Choosing Your Path",
    "Pro Tips",
    "Final: You’ve Completed the Journey!",
    "From",
    "To",
  ],
};

/** The app path where a source document is shown ("/sources/002_4683bd5b26358492.txt"). */
export const seedPath = (file: string): string => `/sources/${file}`;

/** The anchors of a document's headings, in order: the same ones its rendering carries. */
export const seedAnchors = (file: string): { text: string; anchor: string }[] => {
  const seen = new Map<string, number>();
  return (SEED_HEADINGS[file] ?? []).map((text) => {
    const base = headingAnchor(text) || "section";
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return { text, anchor: count === 1 ? base : `${base}-${count}` };
  });
};

/** A heading or a cited section in words that compare: no numbering, no punctuation, lower case. */
const matchKey = (text: string): string =>
  text
    .toLowerCase()
    .replace(/^(chapter|part)\s+\d+\s*[:.—-]\s*/, "")
    .replace(/^\d+(\.\d+)*\.?\s+/, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/**
 * The anchor of the heading a citation's section names, in a seed document:
 * "4.5 Choosing the Right Platform (decision tree)" is the heading "4.5
 * Choosing the Right Platform"; "Core Capabilities: Scaling" is "Scaling" under
 * "Core Capabilities"; "When You Need Orchestration: Skip for" (a list inside a
 * section) is its section. Undefined when no heading fits.
 */
export const seedSectionAnchor = (file: string, section: string): string | undefined => {
  const headings = seedAnchors(file).map((heading) => ({ ...heading, key: matchKey(heading.text) }));
  const wanted = section.replace(/\s*\([^)]*\)\s*$/, "");
  const whole = headings.find((heading) => heading.key === matchKey(wanted));
  if (whole) return whole.anchor;
  const parts = wanted.split(": ");
  for (let depth = parts.length - 1; depth >= 0; depth--) {
    const key = matchKey(parts[depth] ?? "");
    if (key === "") continue;
    const parentKey = depth > 0 ? matchKey(parts[depth - 1] ?? "") : undefined;
    const parent = parentKey === undefined ? -1 : headings.findIndex((heading) => heading.key.startsWith(parentKey));
    const found = headings
      .slice(parent + 1)
      .find((heading) => heading.key === key || heading.key.startsWith(`${key} `));
    if (found) return found.anchor;
  }
  return undefined;
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
  "Kubernetes docs: Jobs": "https://kubernetes.io/docs/concepts/workloads/controllers/job/",
  "GKE docs: Plan for large GKE clusters":
    "https://cloud.google.com/kubernetes-engine/docs/concepts/planning-large-clusters",
  "GKE docs: GKE overview": "https://cloud.google.com/kubernetes-engine/docs/concepts/kubernetes-engine-overview",
  "AKS docs: Quotas, virtual machine size restrictions, and region availability":
    "https://learn.microsoft.com/en-us/azure/aks/quotas-skus-regions",
  "AKS docs: What is Azure Kubernetes Service (AKS)?": "https://learn.microsoft.com/en-us/azure/aks/what-is-aks",
  "AKS docs: What is AKS enabled by Azure Arc?": "https://learn.microsoft.com/en-us/azure/aks/aksarc/aks-overview",
  "Amazon EKS User Guide: What is Amazon EKS?": "https://docs.aws.amazon.com/eks/latest/userguide/what-is-eks.html",
  "AWS docs: Amazon EKS User Guide, What is Amazon EKS?":
    "https://docs.aws.amazon.com/eks/latest/userguide/what-is-eks.html",
  "EKS Anywhere docs: Overview": "https://anywhere.eks.amazonaws.com/docs/overview/",
  "Google Distributed Cloud docs: Overview": "https://cloud.google.com/distributed-cloud/docs",
  "DigitalOcean docs: Kubernetes": "https://docs.digitalocean.com/products/kubernetes/",
  "Linode docs: Linode Kubernetes Engine": "https://techdocs.akamai.com/cloud-computing/docs/linode-kubernetes-engine",
  "OVHcloud docs: Managed Kubernetes Service":
    "https://help.ovhcloud.com/csm/en-public-cloud-kubernetes-getting-started",
  "Scaleway docs: Kubernetes Kapsule": "https://www.scaleway.com/en/docs/kubernetes/",
  "Oracle docs: Kubernetes Engine (OKE)": "https://docs.oracle.com/en-us/iaas/Content/ContEng/home.htm",
  "IBM Cloud docs: Kubernetes Service": "https://cloud.ibm.com/docs/containers",
  "K3s docs: Requirements (Server Sizing Guide)": "https://docs.k3s.io/installation/requirements",
  "K3s docs: Packaged components": "https://docs.k3s.io/installation/packaged-components",
  "Rancher docs: Fleet - GitOps at Scale":
    "https://ranchermanager.docs.rancher.com/integrations-in-rancher/fleet/overview",
  "Docker docs: Install Docker Engine on Raspberry Pi OS (32-bit / armhf)":
    "https://docs.docker.com/engine/install/raspberry-pi-os/",
  "Amazon ECS Developer Guide: Use Amazon EBS volumes with Amazon ECS":
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ebs-volumes.html",
  "Amazon ECS Developer Guide: Use Amazon EFS volumes with Amazon ECS":
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html",
  "Amazon ECS Developer Guide: Amazon ECS standalone tasks":
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/standalone-tasks.html",
  "Amazon ECS Developer Guide: Run tasks on a schedule (Amazon EventBridge Scheduler)":
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/scheduling_tasks.html",
  "Google Cloud Run documentation: Create jobs": "https://cloud.google.com/run/docs/create-jobs",
  "Google Cloud Run documentation: Trigger with events (Eventarc)":
    "https://cloud.google.com/run/docs/triggering/trigger-with-events",
  "Google Cloud Run documentation: Configure NFS volume mounts":
    "https://cloud.google.com/run/docs/configuring/services/nfs-volume-mounts",
  "Azure Container Apps documentation: Jobs in Azure Container Apps":
    "https://learn.microsoft.com/en-us/azure/container-apps/jobs",
  "Azure Container Instances documentation: Run containerized tasks with restart policies":
    "https://learn.microsoft.com/en-us/azure/container-instances/container-instances-restart-policy",
  "Nomad documentation: disconnect block": "https://developer.hashicorp.com/nomad/docs/job-specification/disconnect",
  "Nomad documentation: Stateful workloads":
    "https://developer.hashicorp.com/nomad/docs/architecture/storage/stateful-workloads",
  "Fly.io docs: Fly Volumes overview": "https://fly.io/docs/volumes/overview/",
  "Render docs: Persistent Disks": "https://render.com/docs/disks",
  "Render docs: Cron Jobs": "https://render.com/docs/cronjobs",
  "AWS IoT Greengrass Developer Guide: Deploy AWS IoT Greengrass components to devices":
    "https://docs.aws.amazon.com/greengrass/v2/developerguide/manage-deployments.html",
  "Azure IoT Edge documentation: Deploy and monitor IoT Edge modules at scale":
    "https://learn.microsoft.com/en-us/azure/iot-edge/module-deployment-monitoring",
  "Apache Attic: Apache Mesos": "https://attic.apache.org/projects/mesos.html",
  "AWS docs: Amazon EKS Anywhere overview": "https://anywhere.eks.amazonaws.com/docs/overview/",
  "K3s docs: K3s - Lightweight Kubernetes": "https://docs.k3s.io/",
  "The Twelve-Factor App: X. Dev/prod parity": "https://12factor.net/dev-prod-parity",
  "AWS docs: Amazon ECS launch types and capacity providers":
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/launch_types.html",
  "Azure docs: What is Azure Container Instances?":
    "https://learn.microsoft.com/azure/container-instances/container-instances-overview",
  "Kubernetes docs: Assigning Pods to Nodes (affinity, taints, scheduling framework)":
    "https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/",
  "Kubernetes docs: Validating Admission Policy":
    "https://kubernetes.io/docs/reference/access-authn-authz/validating-admission-policy/",
  "Kubernetes docs: Multi-tenancy": "https://kubernetes.io/docs/concepts/security/multi-tenancy/",
  "Kubernetes docs: Network Policies (CNI network plugins)":
    "https://kubernetes.io/docs/concepts/services-networking/network-policies/",
  "Nomad documentation: Scheduling (constraint, affinity and spread blocks)":
    "https://developer.hashicorp.com/nomad/docs/concepts/scheduling/scheduling",
  "Nomad documentation: Namespaces": "https://developer.hashicorp.com/nomad/tutorials/manage-clusters/namespaces",
  "Nomad documentation: CNI networking": "https://developer.hashicorp.com/nomad/docs/networking/cni",
  "Amazon ECS Developer Guide: How Amazon ECS places tasks on container instances":
    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement.html",
  "Apache Mesos documentation: Mesos Architecture (two-level scheduling by frameworks)":
    "https://mesos.apache.org/documentation/latest/architecture/",
};

/** Publishers whose citation prefix is not a name a reader knows. */
const PUBLISHERS: Record<string, string> = {
  "CONTRACT.md": "Platform Advisor public contract, v1",
};

const SEED_FILE = /^(\d{3}_[0-9a-f]{16}\.txt)(?::\s*(.*))?$/;

/** "4.5 Choosing the Right Platform (decision tree)" gives "§4.5"; unnumbered sections give none. */
const sectionNumber = (section: string): string | undefined => section.match(/^(\d+(?:\.\d+)*)\.?\s/)?.[1];

const withUrl = (document: CitedDocument, key: string): CitedDocument => {
  const url = vendorUrl(key);
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

/**
 * Where a `source` can be read in one click: for a seed document the app's
 * rendering at the cited section ("/sources/002_4683bd5b26358492.txt#4-5-choosing-the-right-platform"),
 * for a public document its address when the registry knows it. For "A; B", the first that resolves.
 * Undefined when nothing does (a document without a public address).
 */
export const sourceHref = (source: string): string | undefined => {
  for (const citation of source.split("; ")) {
    const seed = citation.match(SEED_FILE);
    if (seed) {
      const [, file = "", section] = seed;
      if (SEEDS[file] === undefined) continue;
      const anchor = section ? seedSectionAnchor(file, section) : undefined;
      return anchor ? `${seedPath(file)}#${anchor}` : seedPath(file);
    }
    const url = vendorUrl(citation);
    if (url) return url;
  }
  return undefined;
};

let matrixLinks: Map<string, string> | undefined;

/** The addresses the capability matrix gives its documents (each checked when the cell was). */
const matrixLink = (citation: string): string | undefined => {
  if (!matrixLinks) {
    matrixLinks = new Map();
    for (const cells of Object.values(CAPABILITY_MATRIX))
      for (const cell of Object.values(cells) as { source: string; href?: string }[])
        if (cell.href && !cell.source.includes("; ")) matrixLinks.set(cell.source, cell.href);
  }
  return matrixLinks.get(citation);
};

/** A vendor document's address: the registry's, the matrix's, or the same title without its parenthesised detail. */
const vendorUrl = (citation: string): string | undefined => {
  const bare = citation.replace(/\s*\([^)]*\)$/, "");
  return LINKS[citation] ?? matrixLink(citation) ?? (bare === citation ? undefined : (LINKS[bare] ?? matrixLink(bare)));
};

/** A seed document's human title and short name, or undefined for a file the registry does not know. */
export const seedTitle = (file: string): { title: string; short: string } | undefined => SEEDS[file];
