import type { HostingTarget } from "./answers.ts";
import type { CapabilityId, CapabilityLevel } from "./capability.ts";
import { CAPABILITY_MATRIX, capabilityCells } from "./capability-matrix.ts";
import { FEATURE_ROWS } from "./feature-rows.ts";
import type { HostedService, Platform, Trait } from "./platform.ts";
import type { AnyPlatformId, PlatformId } from "./platform-id.ts";
import { cite, Seed } from "./sources.ts";

const s = <T>(value: T, source: string) => ({ value, source });

const S002_45 = cite(Seed.orchestrationChapter, "4.5 Choosing the Right Platform");
const S002_44 = cite(Seed.orchestrationChapter, "4.4 Orchestration Platforms Compared");
const S002_TABLE = cite(Seed.orchestrationChapter, "Summary Table");
const S004_SWARM = cite(Seed.orchestrationAndBeyond, "2. Docker Swarm: When to Use Docker Swarm");
const S004_K8S = cite(Seed.orchestrationAndBeyond, "3. Kubernetes vs. Docker Swarm");
const S004_LIMITS = cite(Seed.orchestrationAndBeyond, "1. Limitations of Single-Host Docker");
const S004_SERVERLESS = cite(
  Seed.orchestrationAndBeyond,
  "4. Serverless and Edge Computing: AWS Fargate, Azure Container Instances",
);
const S004_EDGE = cite(Seed.orchestrationAndBeyond, "4. Serverless and Edge Computing: IoT and Edge Deployments");
const S003_CLOUD = cite(Seed.orchestrationNote, "Platform Comparison: Cloud-specific");
const SELF_OPERATED = cite(Seed.orchestrationAndBeyond, "Summary: Choosing Your Path");
const S001_OTHER = cite(Seed.whatIsOrchestration, "Orchestration Tools: Other Tools");

const ANYWHERE = ["aws", "azure", "gcp", "other-cloud", "on-prem", "edge"] as const;
const SERVERS = ["aws", "azure", "gcp", "other-cloud", "on-prem"] as const;

const DOCKER_COMPOSE_DOCS = "Docker docs: Docker Compose overview";
const DOCKER_RESTART_DOCS = "Docker docs: Start containers automatically (restart policies)";
const SWARM_DOCS = "Docker docs: Swarm mode overview";
const K8S_LARGE = "Kubernetes docs: Considerations for large clusters";
const EKS_GUIDE = "Amazon EKS User Guide";
const K3S_DOCS = "K3s documentation: Lightweight Kubernetes";
const ECS_GUIDE = "Amazon ECS Developer Guide: Automatically scale your Amazon ECS service";
const FARGATE_GUIDE = "Amazon ECS Developer Guide: AWS Fargate for Amazon ECS";
const CLOUD_RUN_DOCS = "Google Cloud Run documentation: About instance autoscaling";
const ACA_DOCS = "Azure Container Apps documentation: Set scaling rules";
const ACI_DOCS = "Azure Container Instances documentation: What is Azure Container Instances?";
const NOMAD_DOCS = "Nomad documentation: What is Nomad?";
const PAAS_DOCS = "Fly.io docs: Autostop/autostart Machines; Render docs: Scaling; Railway docs: Scaling";
const GREENGRASS_DOCS = "AWS IoT Greengrass Developer Guide: Run a Docker container";
const IOT_EDGE_DOCS = "Azure IoT Edge documentation: What is Azure IoT Edge";
const KNATIVE_DOCS = "Knative documentation: Configuring scale to zero";
const MESOS_DOCS = "Apache Attic: Apache Mesos";

// Vendor documents added by the catalogue review (docs/catalogue-review.md lists each with its URL).
const DOCKER_RPI = "Docker docs: Install Docker Engine on Raspberry Pi OS (32-bit / armhf)";
const SWARM_ADMIN = "Docker docs: Administer and maintain a swarm of Docker Engines";
const GKE_LARGE = "GKE docs: Plan for large GKE clusters";
const AKS_QUOTAS = "AKS docs: Quotas, virtual machine size restrictions, and region availability";
const EKS_SERVICE = "Amazon EKS User Guide: What is Amazon EKS?";
const GKE_SERVICE = "GKE docs: GKE overview";
const AKS_SERVICE = "AKS docs: What is Azure Kubernetes Service (AKS)?";
const OTHER_CLOUD_K8S =
  "DigitalOcean docs: Kubernetes; Linode docs: Linode Kubernetes Engine; OVHcloud docs: Managed Kubernetes Service; Scaleway docs: Kubernetes Kapsule; Oracle docs: Kubernetes Engine (OKE); IBM Cloud docs: Kubernetes Service";
const ON_PREM_K8S =
  "EKS Anywhere docs: Overview; AKS docs: What is AKS enabled by Azure Arc?; Google Distributed Cloud docs: Overview";
const K3S_SIZING = "K3s docs: Requirements (Server Sizing Guide)";
const K3S_COMPONENTS = "K3s docs: Packaged components (metrics-server, Traefik, ServiceLB, local-path)";
const FLEET_DOCS = "Rancher docs: Fleet - GitOps at Scale";
const ECS_EBS = "Amazon ECS Developer Guide: Use Amazon EBS volumes with Amazon ECS";
const ECS_EFS = "Amazon ECS Developer Guide: Use Amazon EFS volumes with Amazon ECS";
const ECS_EVENTBRIDGE = "Amazon ECS Developer Guide: Run tasks on a schedule (Amazon EventBridge Scheduler)";
const ECS_STANDALONE = "Amazon ECS Developer Guide: Amazon ECS standalone tasks";
const CLOUD_RUN_JOBS = "Google Cloud Run documentation: Create jobs";
const CLOUD_RUN_EVENTS = "Google Cloud Run documentation: Trigger with events (Eventarc)";
const ACA_JOBS = "Azure Container Apps documentation: Jobs in Azure Container Apps";
const ACI_RESTART = "Azure Container Instances documentation: Run containerized tasks with restart policies";
const NOMAD_STATEFUL = "Nomad documentation: Stateful workloads (host volumes and CSI volumes)";
const NOMAD_DISCONNECT = "Nomad documentation: disconnect block (clients that lose their servers)";
const FLY_AUTOSTOP = "Fly.io docs: Autostop/autostart Machines (min_machines_running = 0)";
const FLY_VOLUMES = "Fly.io docs: Fly Volumes overview";
const RENDER_DISKS = "Render docs: Persistent Disks";
const RENDER_CRON = "Render docs: Cron Jobs";
const GREENGRASS_DEPLOY = "AWS IoT Greengrass Developer Guide: Deploy AWS IoT Greengrass components to devices";
const IOT_EDGE_AT_SCALE = "Azure IoT Edge documentation: Deploy and monitor IoT Edge modules at scale";

type BuiltInEntry = Omit<Platform, "traitSources" | "capabilities" | "id"> & { id: PlatformId };
const PLATFORMS: BuiltInEntry[] = [
  {
    id: "docker-compose",
    name: "Docker Compose",
    vendor: "Docker",
    summary: "Services from one compose.yml on a single host; also Docker Desktop for local development.",
    status: "active",
    runsOn: s([...ANYWHERE], DOCKER_COMPOSE_DOCS),
    scope: s("single-host", S002_TABLE),
    complexity: s(1, S002_45),
    capability: s(2, S002_45),
    traits: ["self-operated", "single-host", "compose-files", "stateful-workloads", "batch-jobs"],
    features: {
      scope: s("Single host", S002_TABLE),
      setup: s("Instant", S002_TABLE),
      scaling: s("Manual", S002_TABLE),
      selfHealing: s("Restart only", S002_TABLE),
      networking: s("Bridge", S002_TABLE),
      loadBalancing: s("None built-in", S002_TABLE),
      secrets: s("File-based", S002_TABLE),
      rollingUpdates: s("Manual", S002_TABLE),
      configFormat: s("compose.yml", S002_TABLE),
      learningCurve: s("Low", S002_TABLE),
    },
    limits: [{ text: "One host: cannot span containers across machines", maxHosts: 1, source: S004_LIMITS }],
    cannot: [
      { text: "No multi-host support", source: S004_LIMITS },
      { text: "No auto-healing beyond restarts: a lost host takes the application down", source: S004_LIMITS },
      { text: "No rolling updates: manual stop and start", source: S004_LIMITS },
      { text: "No built-in load balancing", source: S004_LIMITS },
    ],
  },
  {
    id: "docker-engine",
    name: "Docker Engine",
    vendor: "Docker",
    summary: "Plain docker run with restart policies on one host or device, e.g. a Raspberry Pi.",
    status: "active",
    runsOn: s([...ANYWHERE], S004_EDGE),
    scope: s("single-host", S004_LIMITS),
    complexity: s(0.5, S004_EDGE),
    capability: s(1, S004_LIMITS),
    traits: ["self-operated", "single-host", "edge-devices", "stateful-workloads", "batch-jobs"],
    features: {
      scope: s("Single host or device", S004_LIMITS),
      setup: s("Instant: one install script", S004_EDGE),
      scaling: s("Manual docker run", cite(Seed.orchestrationChapter, "4.1 Why Orchestration Is Needed")),
      selfHealing: s("Restart policies only (--restart=unless-stopped)", S004_EDGE),
      networking: s("Single bridge network", cite(Seed.orchestrationChapter, "4.1 Why Orchestration Is Needed")),
      loadBalancing: s("None: add Nginx by hand", S004_LIMITS),
      secrets: s("Files or environment variables", cite(Seed.orchestrationChapter, "4.1 Why Orchestration Is Needed")),
      rollingUpdates: s("Manual docker stop and start", S004_LIMITS),
      configFormat: s("docker run flags", DOCKER_RESTART_DOCS),
      learningCurve: s("Low", S004_EDGE),
    },
    limits: [{ text: "One host or device", maxHosts: 1, source: S004_LIMITS }],
    cannot: [
      { text: "No declarative desired state", source: S004_LIMITS },
      { text: "No multi-host support, no rolling updates, no load balancing", source: S004_LIMITS },
    ],
  },
  {
    id: "docker-swarm",
    name: "Docker Swarm",
    vendor: "Docker (Mirantis)",
    summary: "Swarm mode built into Docker Engine: a cluster from one command, stacks from Compose files.",
    status: "active",
    runsOn: s([...ANYWHERE], `${SWARM_DOCS}; ${DOCKER_RPI}`),
    scope: s("cluster", S002_TABLE),
    complexity: s(3, S002_45),
    capability: s(5, S002_45),
    traits: [
      "self-operated",
      "multi-host",
      "self-healing",
      "rolling-updates",
      "built-in-load-balancer",
      "compose-files",
      "stateful-workloads",
      "batch-jobs",
      "edge-devices",
    ],
    features: {
      scope: s("Multi-host", S002_TABLE),
      setup: s("1 command", S002_TABLE),
      scaling: s("Built-in (manual replicas)", S002_TABLE),
      selfHealing: s("Reschedule", S002_TABLE),
      networking: s("Overlay", S002_TABLE),
      loadBalancing: s("Built-in (L4)", S002_TABLE),
      secrets: s("Encrypted store", S002_TABLE),
      rollingUpdates: s("Built-in", S002_TABLE),
      configFormat: s("Stack file", S002_TABLE),
      learningCurve: s("Medium", S002_TABLE),
    },
    limits: [
      {
        text: "Limited scalability: about 1,000 nodes; Docker documents neither a larger swarm nor a way to run several swarms as one",
        maxHosts: 1000,
        beyond: "ineligible",
        source: `${S004_SWARM}; ${SWARM_ADMIN}`,
      },
    ],
    cannot: [
      { text: "No built-in autoscaling: replicas change by command", source: S002_TABLE },
      { text: "Small ecosystem: no Helm, operators or service mesh", source: S004_K8S },
      { text: "Not a cloud-provider standard: no managed offering", source: S004_SWARM },
    ],
  },
  {
    id: "kubernetes",
    name: "Kubernetes (self-managed)",
    vendor: "CNCF (kubeadm, RKE2, OpenShift, ...)",
    summary: "The industry standard, installed and operated by your team.",
    status: "active",
    runsOn: s([...SERVERS], S002_45),
    scope: s("cluster", S002_TABLE),
    complexity: s(9, S002_45),
    capability: s(10, S002_45),
    traits: [
      "self-operated",
      "multi-host",
      "self-healing",
      "rolling-updates",
      "built-in-load-balancer",
      "autoscaling",
      "scales-to-zero",
      "kubernetes-api",
      "custom-scheduling",
      "policy-enforcement",
      "multi-tenancy",
      "advanced-networking",
      "large-ecosystem",
      "stateful-workloads",
      "batch-jobs",
      "event-driven",
    ],
    features: {
      scope: s("Multi-host", S002_TABLE),
      setup: s("Complex", S002_TABLE),
      scaling: s("Built-in + auto", S002_TABLE),
      selfHealing: s("Reschedule + custom", S002_TABLE),
      networking: s("CNI (flexible)", S002_TABLE),
      loadBalancing: s("Ingress (L7)", S002_TABLE),
      secrets: s("Encrypted store", S002_TABLE),
      rollingUpdates: s("Built-in", S002_TABLE),
      configFormat: s("YAML manifests", S002_TABLE),
      learningCurve: s("High", S002_TABLE),
    },
    limits: [
      { text: "Scale to zero needs Knative or KEDA on top of the cluster", source: KNATIVE_DOCS },
      {
        text: "No more than 5,000 nodes per cluster (and 110 pods per node, 150,000 pods, 300,000 containers); past that, run several clusters",
        maxHosts: 5000,
        beyond: "several-clusters",
        source: K8S_LARGE,
      },
    ],
    cannot: [{ text: "Your team runs the control plane: upgrades, etcd, certificates", source: S002_44 }],
  },
  {
    id: "managed-kubernetes",
    name: "Managed Kubernetes",
    vendor: "AWS, Google Cloud, Microsoft Azure; DigitalOcean, Akamai (Linode), OVHcloud, Scaleway, Oracle, IBM",
    summary:
      "Kubernetes whose control plane a provider runs for you: Amazon EKS, GKE, AKS and other clouds' services; on-prem editions managed from the cloud.",
    status: "active",
    runsOn: s(["aws", "azure", "gcp", "other-cloud", "on-prem"], `${S004_K8S}; ${OTHER_CLOUD_K8S}; ${ON_PREM_K8S}`),
    serviceNames: {
      aws: {
        name: "Amazon EKS",
        source: EKS_SERVICE,
        vendor: "AWS",
        operations: {
          text: "On AWS, Amazon EKS runs the control plane; the team chooses, sizes and updates the worker nodes, unless EKS Auto Mode runs them.",
          source: EKS_SERVICE,
        },
        features: {
          setup: s("Moderate: AWS runs the control plane (EKS Auto Mode the nodes too)", EKS_SERVICE),
          scaling: s(
            "Built-in + auto (Karpenter or Cluster Autoscaler for nodes; built into EKS Auto Mode)",
            EKS_GUIDE,
          ),
          networking: s("CNI (flexible), Amazon VPC integration", EKS_GUIDE),
          loadBalancing: s("Ingress (L7) and Elastic Load Balancing", EKS_GUIDE),
          secrets: s("Encrypted store, AWS KMS", EKS_GUIDE),
        },
      },
      gcp: {
        name: "Google Kubernetes Engine (GKE)",
        source: GKE_SERVICE,
        vendor: "Google Cloud",
        operations: {
          text: "On Google Cloud, GKE runs the control plane; the team configures and sizes the node pools in Standard mode, while in Autopilot mode GKE runs the nodes too.",
          source: GKE_SERVICE,
        },
        features: {
          setup: s("Moderate: Google runs the control plane (Autopilot the nodes too)", GKE_SERVICE),
          scaling: s("Built-in + auto (node pool autoscaling; Autopilot scales nodes itself)", GKE_SERVICE),
          networking: s("CNI (flexible), VPC-native networking", GKE_SERVICE),
          loadBalancing: s("Ingress (L7) and Cloud Load Balancing", GKE_SERVICE),
          secrets: s("Encrypted store, Cloud KMS", GKE_SERVICE),
        },
      },
      azure: {
        name: "Azure Kubernetes Service (AKS)",
        source: AKS_SERVICE,
        vendor: "Microsoft Azure",
        operations: {
          text: "On Azure, AKS runs the control plane; the team pays for and manages the nodes in its node pools, unless it runs AKS Automatic.",
          source: AKS_SERVICE,
        },
        features: {
          setup: s("Moderate: Azure runs the control plane", AKS_SERVICE),
          scaling: s("Built-in + auto (cluster autoscaler per node pool)", AKS_SERVICE),
          networking: s("CNI (flexible), Azure virtual network", AKS_SERVICE),
          loadBalancing: s("Ingress (L7) and Azure Load Balancer", AKS_SERVICE),
          secrets: s("Encrypted store, Azure Key Vault", AKS_SERVICE),
        },
      },
      "other-cloud": {
        name: "DigitalOcean Kubernetes, Linode Kubernetes Engine, OVHcloud Managed Kubernetes, Scaleway Kapsule, Oracle OKE, IBM Cloud Kubernetes Service",
        source: OTHER_CLOUD_K8S,
        vendor: "DigitalOcean, Akamai (Linode), OVHcloud, Scaleway, Oracle, IBM",
        operations: {
          text: "On the other clouds, the provider's service runs the control plane; the team chooses and sizes the worker nodes.",
          source: OTHER_CLOUD_K8S,
        },
        features: {
          setup: s("Moderate: the provider runs the control plane", OTHER_CLOUD_K8S),
          loadBalancing: s("Ingress (L7) and the provider's load balancers", OTHER_CLOUD_K8S),
        },
      },
      "on-prem": {
        name: "Amazon EKS Anywhere, AKS enabled by Azure Arc, Google Distributed Cloud",
        source: ON_PREM_K8S,
        vendor: "AWS, Microsoft, Google (their on-prem editions)",
        operations: {
          text: "On-prem, the team runs the control plane and the worker nodes on its own hardware; the edition (EKS Anywhere, AKS enabled by Azure Arc, Google Distributed Cloud) brings lifecycle tooling and support.",
          source: ON_PREM_K8S,
        },
        features: {
          setup: s(
            "Complex: your team runs the control plane on its own hardware, with the vendor's tooling",
            ON_PREM_K8S,
          ),
        },
      },
    },
    operations: {
      text: "In a cloud, the provider runs the control plane and the team chooses, sizes and updates the worker nodes; with an on-prem edition, the team runs the control plane too, on its own hardware.",
      source: `${S004_K8S}; ${ON_PREM_K8S}`,
    },
    scope: s("cluster", S002_TABLE),
    complexity: s(7, S002_45),
    capability: s(10, S002_45),
    traits: [
      "multi-host",
      "cloud-service",
      "self-healing",
      "rolling-updates",
      "built-in-load-balancer",
      "autoscaling",
      "scales-to-zero",
      "kubernetes-api",
      "custom-scheduling",
      "policy-enforcement",
      "multi-tenancy",
      "advanced-networking",
      "large-ecosystem",
      "stateful-workloads",
      "batch-jobs",
      "event-driven",
    ],
    features: {
      scope: s("Multi-host", S002_TABLE),
      setup: s(
        "Moderate where a cloud runs the control plane; complex on-prem, where your team runs it",
        `${S004_K8S}; ${ON_PREM_K8S}`,
      ),
      scaling: s("Built-in + auto", S002_TABLE),
      selfHealing: s("Reschedule + custom", S002_TABLE),
      networking: s("CNI (flexible)", S002_TABLE),
      loadBalancing: s("Ingress (L7)", S002_TABLE),
      secrets: s("Encrypted store", S002_TABLE),
      rollingUpdates: s("Built-in", S002_TABLE),
      configFormat: s("YAML manifests", S002_TABLE),
      learningCurve: s("High", S002_TABLE),
    },
    limits: [
      { text: "Scale to zero needs Knative or KEDA on top of the cluster", source: KNATIVE_DOCS },
      {
        text: "Nodes per cluster: AKS up to 5,000; GKE up to 15,000 (65,000 from version 1.31, for large AI workloads); past the limit, run several clusters",
        maxHosts: 5000,
        beyond: "several-clusters",
        source: `${AKS_QUOTAS}; ${GKE_LARGE}`,
      },
    ],
    // On-prem editions run the control plane on your hardware: the on-prem service above says so, where it applies.
    cannot: [],
  },
  {
    id: "k3s",
    name: "K3s",
    vendor: "CNCF (originally Rancher)",
    summary: "Lightweight, certified Kubernetes in one binary for edge devices and small clusters.",
    status: "active",
    runsOn: s([...ANYWHERE], S004_EDGE),
    managedFrom: s(["aws", "azure", "gcp", "other-cloud", "on-prem"], FLEET_DOCS),
    scope: s("cluster", K3S_DOCS),
    complexity: s(5, K3S_DOCS),
    capability: s(8, K3S_DOCS),
    traits: [
      "self-operated",
      "multi-host",
      "self-healing",
      "rolling-updates",
      "built-in-load-balancer",
      "autoscaling",
      "scales-to-zero",
      "kubernetes-api",
      "custom-scheduling",
      "policy-enforcement",
      "multi-tenancy",
      "advanced-networking",
      "large-ecosystem",
      "edge-devices",
      "edge-fleet",
      "stateful-workloads",
      "batch-jobs",
    ],
    features: {
      scope: s("Single node to clusters of a few thousand nodes; edge and ARM devices", K3S_SIZING),
      setup: s("One binary, one command", K3S_DOCS),
      scaling: s("Built-in + auto (Kubernetes HPA; metrics-server packaged)", K3S_COMPONENTS),
      selfHealing: s("Reschedule + custom", K3S_DOCS),
      networking: s("Flannel CNI by default", K3S_DOCS),
      loadBalancing: s("Traefik ingress (L7), ServiceLB", K3S_COMPONENTS),
      secrets: s("Kubernetes secrets", K3S_DOCS),
      rollingUpdates: s("Built-in", K3S_DOCS),
      configFormat: s("YAML manifests", K3S_DOCS),
      learningCurve: s("Medium-high (Kubernetes concepts)", K3S_DOCS),
    },
    limits: [
      { text: "Scale to zero needs Knative or KEDA on top of the cluster", source: KNATIVE_DOCS },
      {
        text: "Server sizing guide: about 1,800 agents on one 16-core, 32 GB server and about 50% more (~2,700) with three HA servers; past that, run several clusters (Rancher Fleet manages many)",
        maxHosts: 2700,
        beyond: "several-clusters",
        source: K3S_SIZING,
      },
    ],
    cannot: [
      { text: "No managed control plane: your team runs the servers, datastore and upgrades", source: K3S_DOCS },
    ],
  },
  {
    id: "amazon-ecs",
    name: "Amazon ECS on EC2",
    vendor: "AWS",
    summary: "AWS's container orchestrator with an AWS-managed control plane, on EC2 instances you manage.",
    status: "active",
    runsOn: s(["aws"], S002_44),
    serviceNames: { aws: { name: "Amazon ECS (EC2 capacity)", source: ECS_GUIDE } },
    scope: s("cluster", S002_44),
    complexity: s(5, S002_45),
    capability: s(7, S002_45),
    traits: [
      "self-operated",
      "one-provider",
      "multi-host",
      "cloud-service",
      "self-healing",
      "rolling-updates",
      "built-in-load-balancer",
      "autoscaling",
      "stateful-workloads",
      "batch-jobs",
      "event-driven",
      "custom-scheduling",
    ],
    features: {
      scope: s("Multi-host (EC2 instances)", S002_44),
      setup: s("Moderate: AWS-managed control plane", S002_44),
      scaling: s("Service auto scaling", ECS_GUIDE),
      selfHealing: s("Reschedule", ECS_GUIDE),
      networking: s("awsvpc", cite(Seed.orchestrationChapter, "4.2 Core Orchestration Concepts")),
      loadBalancing: s("Elastic Load Balancing (L4/L7)", ECS_GUIDE),
      secrets: s("Secrets Manager, SSM Parameter Store", ECS_GUIDE),
      rollingUpdates: s("Built-in", ECS_GUIDE),
      configFormat: s("Task Definitions", S002_44),
      learningCurve: s("Medium", S002_44),
    },
    limits: [{ text: "Limited to the AWS ecosystem", source: S002_44 }],
    cannot: [{ text: "Runs only on AWS", source: S002_44 }],
    operations: {
      text: "AWS runs the ECS control plane; the team runs the EC2 instances the tasks run on: it chooses, patches and replaces them.",
      source: S002_44,
    },
  },
  {
    id: "aws-fargate",
    name: "AWS Fargate (ECS/EKS)",
    vendor: "AWS",
    summary: "ECS or EKS tasks on serverless capacity: no instances to manage.",
    status: "active",
    runsOn: s(["aws"], S004_SERVERLESS),
    serviceNames: { aws: { name: "Amazon ECS on AWS Fargate, Amazon EKS on AWS Fargate", source: FARGATE_GUIDE } },
    scope: s("cluster", FARGATE_GUIDE),
    complexity: s(3.5, S002_45),
    capability: s(7, S002_45),
    traits: [
      "one-provider",
      "multi-host",
      "cloud-service",
      "serverless",
      "self-healing",
      "rolling-updates",
      "built-in-load-balancer",
      "autoscaling",
      "batch-jobs",
      "event-driven",
      "stateful-workloads",
    ],
    features: {
      scope: s("Serverless tasks across AWS availability zones", FARGATE_GUIDE),
      setup: s("Easy: no instances", S004_SERVERLESS),
      scaling: s("Service auto scaling", S004_SERVERLESS),
      selfHealing: s("Replaces failed tasks", FARGATE_GUIDE),
      networking: s("awsvpc", FARGATE_GUIDE),
      loadBalancing: s("Elastic Load Balancing (L4/L7)", FARGATE_GUIDE),
      secrets: s("Secrets Manager, SSM Parameter Store", FARGATE_GUIDE),
      rollingUpdates: s("Built-in", FARGATE_GUIDE),
      configFormat: s("Task Definitions", S004_SERVERLESS),
      learningCurve: s("Low-medium", S004_SERVERLESS),
    },
    limits: [
      { text: "Per-task CPU and memory caps; no privileged containers or host access", source: FARGATE_GUIDE },
      {
        text: "One Amazon EBS volume per task, deleted when the task stops unless its termination policy keeps it; state shared across tasks belongs on Amazon EFS",
        source: `${ECS_EBS}; ${ECS_EFS}`,
      },
    ],
    cannot: [
      { text: "Runs only on AWS", source: S004_SERVERLESS },
      { text: "No scale to zero for services: a service keeps at least its minimum tasks", source: ECS_GUIDE },
    ],
  },
  {
    id: "google-cloud-run",
    name: "Google Cloud Run",
    vendor: "Google Cloud",
    summary: "Serverless containers (Knative) that scale with requests, down to zero.",
    status: "active",
    runsOn: s(["gcp"], S004_SERVERLESS),
    serviceNames: { gcp: { name: "Google Cloud Run", source: CLOUD_RUN_DOCS } },
    scope: s("cluster", CLOUD_RUN_DOCS),
    complexity: s(2, S002_44),
    capability: s(6, S002_44),
    traits: [
      "one-provider",
      "multi-host",
      "cloud-service",
      "serverless",
      "self-healing",
      "rolling-updates",
      "built-in-load-balancer",
      "autoscaling",
      "scales-to-zero",
      "batch-jobs",
      "event-driven",
    ],
    features: {
      scope: s("Serverless, regional", CLOUD_RUN_DOCS),
      setup: s("Instant: deploy an image", S004_SERVERLESS),
      scaling: s("Automatic, scale to zero", S002_44),
      selfHealing: s("Managed", CLOUD_RUN_DOCS),
      networking: s("Managed HTTPS endpoints, VPC connectors", CLOUD_RUN_DOCS),
      loadBalancing: s("Built-in (L7)", CLOUD_RUN_DOCS),
      secrets: s("Secret Manager", CLOUD_RUN_DOCS),
      rollingUpdates: s("Revisions with traffic splitting", CLOUD_RUN_DOCS),
      configFormat: s("Service YAML (Knative) or gcloud flags", S004_SERVERLESS),
      learningCurve: s("Low", S004_SERVERLESS),
    },
    limits: [
      {
        text: "Request-driven services (and jobs); per-instance CPU, memory and request-timeout caps",
        source: CLOUD_RUN_DOCS,
      },
      {
        text: "Volumes are Cloud Storage or NFS mounts without NFS locking: no persistent block volumes for databases",
        source: "Google Cloud Run documentation: Configure NFS volume mounts",
      },
    ],
    cannot: [
      { text: "Runs only on Google Cloud", source: S003_CLOUD },
      { text: "No host access or custom scheduling", source: CLOUD_RUN_DOCS },
    ],
  },
  {
    id: "azure-container-apps",
    name: "Azure Container Apps",
    vendor: "Microsoft Azure",
    summary: "Managed Kubernetes-based apps with a simplified experience (KEDA scaling, Dapr).",
    status: "active",
    runsOn: s(["azure"], S002_44),
    serviceNames: { azure: { name: "Azure Container Apps", source: ACA_DOCS } },
    scope: s("cluster", ACA_DOCS),
    complexity: s(4, S002_45),
    capability: s(7, S002_45),
    traits: [
      "one-provider",
      "multi-host",
      "cloud-service",
      "serverless",
      "self-healing",
      "rolling-updates",
      "built-in-load-balancer",
      "autoscaling",
      "scales-to-zero",
      "batch-jobs",
      "event-driven",
    ],
    features: {
      scope: s("Serverless environment on managed Kubernetes", S002_44),
      setup: s("Easy", S002_44),
      scaling: s("Automatic (KEDA), scale to zero", ACA_DOCS),
      selfHealing: s("Managed", ACA_DOCS),
      networking: s("Managed environment VNet", ACA_DOCS),
      loadBalancing: s("Built-in ingress (L7)", ACA_DOCS),
      secrets: s("Secrets and Key Vault references", ACA_DOCS),
      rollingUpdates: s("Revisions", ACA_DOCS),
      configFormat: s("Bicep/ARM or YAML", ACA_DOCS),
      learningCurve: s("Low-medium", S002_44),
    },
    limits: [{ text: "No direct access to the Kubernetes API underneath", source: ACA_DOCS }],
    cannot: [{ text: "Runs only on Azure", source: S002_44 }],
  },
  {
    id: "azure-container-instances",
    name: "Azure Container Instances",
    vendor: "Microsoft Azure",
    summary: "Single containers or small groups started in seconds, billed per second.",
    status: "active",
    runsOn: s(["azure"], S004_SERVERLESS),
    serviceNames: { azure: { name: "Azure Container Instances", source: ACI_DOCS } },
    scope: s("single-host", ACI_DOCS),
    complexity: s(1.5, S004_SERVERLESS),
    capability: s(2.5, S004_SERVERLESS),
    traits: ["single-host", "cloud-service", "one-provider", "serverless", "batch-jobs"],
    features: {
      scope: s("One container group on one host", ACI_DOCS),
      setup: s("Instant: start containers in seconds", S004_SERVERLESS),
      scaling: s("Manual: no autoscaling", ACI_DOCS),
      selfHealing: s("Restart policy only (Always, OnFailure, Never)", ACI_RESTART),
      networking: s("Public IP or VNet per container group", ACI_DOCS),
      loadBalancing: s("None built-in", ACI_DOCS),
      secrets: s("Secret volumes", ACI_DOCS),
      rollingUpdates: s("None: redeploy the group", ACI_DOCS),
      configFormat: s("YAML or ARM template", ACI_DOCS),
      learningCurve: s("Low", S004_SERVERLESS),
    },
    limits: [
      {
        text: "One container group per deployment; scale and orchestration belong in AKS or Container Apps",
        maxHosts: 1,
        source: ACI_DOCS,
      },
    ],
    cannot: [
      { text: "No autoscaling", source: ACI_DOCS },
      { text: "No built-in load balancer", source: ACI_DOCS },
      { text: "No rolling updates", source: ACI_DOCS },
    ],
  },
  {
    id: "nomad",
    name: "HashiCorp Nomad",
    vendor: "HashiCorp (IBM)",
    summary: "One lightweight scheduler for containers, VMs, binaries and batch jobs.",
    status: "active",
    runsOn: s([...ANYWHERE], NOMAD_DOCS),
    scope: s("cluster", NOMAD_DOCS),
    complexity: s(6, S002_44),
    capability: s(7.5, S002_44),
    traits: [
      "self-operated",
      "multi-host",
      "self-healing",
      "rolling-updates",
      "autoscaling",
      "mixed-workloads",
      "batch-jobs",
      "stateful-workloads",
      "edge-devices",
      "custom-scheduling",
      "multi-tenancy",
      "advanced-networking",
    ],
    features: {
      scope: s("Multi-host, multi-region", NOMAD_DOCS),
      setup: s("One binary; Consul for service discovery", NOMAD_DOCS),
      scaling: s("Built-in + Nomad Autoscaler", NOMAD_DOCS),
      selfHealing: s("Reschedule", NOMAD_DOCS),
      networking: s("Bridge/CNI, Consul service mesh", NOMAD_DOCS),
      loadBalancing: s("Via Consul and an ingress of your choice", NOMAD_DOCS),
      secrets: s("Vault integration", NOMAD_DOCS),
      rollingUpdates: s("Built-in (rolling, canary, blue/green)", NOMAD_DOCS),
      configFormat: s("HCL job files", NOMAD_DOCS),
      learningCurve: s("Medium", NOMAD_DOCS),
    },
    limits: [{ text: "Smaller ecosystem than Kubernetes; less common", source: S001_OTHER }],
    cannot: [{ text: "No Helm charts or Kubernetes operators", source: S001_OTHER }],
  },
  {
    id: "paas",
    name: "Developer PaaS (Fly.io, Railway, Render)",
    vendor: "Fly.io, Railway, Render",
    summary: "Developer-friendly platforms that build and run your containers for you.",
    status: "active",
    runsOn: s(["other-cloud"], S004_SERVERLESS),
    serviceNames: { "other-cloud": { name: "Fly.io, Railway, Render", source: S004_SERVERLESS } },
    scope: s("cluster", PAAS_DOCS),
    complexity: s(1.5, S004_SERVERLESS),
    capability: s(4, S004_SERVERLESS),
    traits: [
      "one-provider",
      "multi-host",
      "cloud-service",
      "serverless",
      "self-healing",
      "rolling-updates",
      "built-in-load-balancer",
      "autoscaling",
      "scales-to-zero",
      "stateful-workloads",
      "batch-jobs",
    ],
    features: {
      scope: s("The provider's regions", PAAS_DOCS),
      setup: s("Instant: git push or deploy an image", S004_SERVERLESS),
      scaling: s(
        "Autoscaling by plan; Fly.io stops idle Machines down to zero and starts them on requests",
        FLY_AUTOSTOP,
      ),
      selfHealing: s("Managed restarts", PAAS_DOCS),
      networking: s("Managed private network", PAAS_DOCS),
      loadBalancing: s("Built-in (L7)", PAAS_DOCS),
      secrets: s("Managed environment secrets", PAAS_DOCS),
      rollingUpdates: s("Built-in", PAAS_DOCS),
      configFormat: s("fly.toml, render.yaml or dashboard", PAAS_DOCS),
      learningCurve: s("Low", S004_SERVERLESS),
    },
    limits: [
      { text: "Runs in the provider's own cloud and regions", source: PAAS_DOCS },
      {
        text: "Volumes belong to one machine or instance: a Fly volume is pinned to one Machine and region and not replicated; a Render service with a disk runs one instance, without zero-downtime deploys",
        source: `${FLY_VOLUMES}; ${RENDER_DISKS}`,
      },
    ],
    cannot: [
      { text: "No on-prem or own-cloud deployment", source: PAAS_DOCS },
      { text: "Little control over scheduling, networking or policy", source: PAAS_DOCS },
    ],
    operations: {
      text: "The provider (Fly.io, Railway or Render) runs the servers and the platform; the team ships containers and operates nothing underneath.",
      source: S004_SERVERLESS,
    },
    lockIn: {
      text: "Each provider (Fly.io, Railway, Render) runs the containers in its own cloud and regions, set up its own way (fly.toml, render.yaml or its dashboard): leaving it means moving every deployment to another platform.",
      source: PAAS_DOCS,
    },
  },
  {
    id: "iot-edge",
    name: "IoT edge runtimes (AWS IoT Greengrass, Azure IoT Edge)",
    vendor: "AWS, Microsoft Azure",
    summary: "Containers on fleets of remote devices, deployed and monitored from the cloud.",
    status: "active",
    runsOn: s(["edge"], S004_EDGE),
    managedFrom: s(["aws", "azure"], `${GREENGRASS_DEPLOY}; ${IOT_EDGE_AT_SCALE}`),
    serviceNames: {
      aws: {
        name: "AWS IoT Greengrass",
        source: GREENGRASS_DOCS,
        vendor: "AWS",
        operations: {
          text: "AWS runs the Greengrass cloud service, which sends each device its deployment; the team provisions, powers and updates the devices and the Greengrass nucleus on each.",
          source: GREENGRASS_DEPLOY,
        },
        lockIn: {
          text: "Every device is an AWS IoT thing and gets its deployments from AWS IoT Greengrass: leaving AWS means provisioning every device again with another fleet manager.",
          source: GREENGRASS_DEPLOY,
        },
        features: {
          setup: s("Device provisioning from AWS IoT", GREENGRASS_DOCS),
          scaling: s("One deployment per thing group", GREENGRASS_DEPLOY),
          selfHealing: s("The Greengrass nucleus restarts failed components", GREENGRASS_DOCS),
          networking: s("Device network, MQTT messaging through AWS IoT Core", GREENGRASS_DOCS),
          secrets: s("Device certificates and the secret manager component", GREENGRASS_DOCS),
          rollingUpdates: s("Staged deployments to thing groups", GREENGRASS_DEPLOY),
          configFormat: s("Component recipes and deployments (JSON or YAML)", GREENGRASS_DEPLOY),
        },
      },
      azure: {
        name: "Azure IoT Edge",
        source: IOT_EDGE_DOCS,
        vendor: "Microsoft Azure",
        operations: {
          text: "Azure IoT Hub, run by Microsoft, sends each device its deployment; the team provisions, powers and updates the devices and the IoT Edge runtime on each.",
          source: `${IOT_EDGE_DOCS}; ${IOT_EDGE_AT_SCALE}`,
        },
        lockIn: {
          text: "Every device has its identity in Azure IoT Hub and gets its deployments through it: leaving Azure means provisioning every device again with another fleet manager.",
          source: `${IOT_EDGE_DOCS}; ${IOT_EDGE_AT_SCALE}`,
        },
        features: {
          setup: s("Device provisioning from Azure IoT Hub", IOT_EDGE_DOCS),
          scaling: s("One deployment per device tag query", IOT_EDGE_AT_SCALE),
          selfHealing: s("The IoT Edge agent restarts failed modules", IOT_EDGE_DOCS),
          networking: s("Device network, messaging through Azure IoT Hub", IOT_EDGE_DOCS),
          secrets: s("Device identity in IoT Hub (keys or X.509 certificates)", IOT_EDGE_DOCS),
          rollingUpdates: s("Automatic deployments by device tags, with priorities", IOT_EDGE_AT_SCALE),
          configFormat: s("Deployment manifests (JSON)", IOT_EDGE_DOCS),
        },
      },
    },
    scope: s("cluster", IOT_EDGE_DOCS),
    complexity: s(4.5, S004_EDGE),
    capability: s(5, S004_EDGE),
    traits: ["multi-host", "cloud-service", "edge-devices", "edge-fleet", "self-healing", "rolling-updates"],
    features: {
      scope: s("Fleets of devices", S004_EDGE),
      setup: s("Device provisioning from the cloud", `${GREENGRASS_DOCS}; ${IOT_EDGE_DOCS}`),
      scaling: s(
        "One deployment per device group (thing group, device tags)",
        `${GREENGRASS_DEPLOY}; ${IOT_EDGE_AT_SCALE}`,
      ),
      selfHealing: s("The device's agent restarts failed containers", `${GREENGRASS_DOCS}; ${IOT_EDGE_DOCS}`),
      networking: s("Device network, cloud messaging", `${GREENGRASS_DOCS}; ${IOT_EDGE_DOCS}`),
      loadBalancing: s("None: work stays on the device", S004_EDGE),
      secrets: s("Device certificates", `${GREENGRASS_DOCS}; ${IOT_EDGE_DOCS}`),
      rollingUpdates: s("Staged fleet deployments", `${GREENGRASS_DEPLOY}; ${IOT_EDGE_AT_SCALE}`),
      configFormat: s("Deployment documents (JSON)", `${GREENGRASS_DEPLOY}; ${IOT_EDGE_DOCS}`),
      learningCurve: s("Medium", S004_EDGE),
    },
    limits: [{ text: "Managed from AWS or Azure; work runs on the devices", source: S004_EDGE }],
    cannot: [
      {
        text: "Not a data-centre orchestrator: no load balancing across devices, and a failed device's work does not move to another",
        source: `${S004_EDGE}; ${IOT_EDGE_DOCS}`,
      },
    ],
    operations: {
      text: "The provider's IoT service (AWS IoT Greengrass or Azure IoT Hub) sends each device its deployment; the team provisions, powers and updates the devices and the runtime on each.",
      source: `${GREENGRASS_DEPLOY}; ${IOT_EDGE_AT_SCALE}`,
    },
    lockIn: {
      text: "Every device is registered with the provider's IoT service (AWS IoT or Azure IoT Hub) and gets its deployments from it: leaving that provider means provisioning every device again with another fleet manager.",
      source: `${GREENGRASS_DEPLOY}; ${IOT_EDGE_DOCS}`,
    },
  },
  {
    id: "mesos",
    name: "Apache Mesos (Marathon)",
    vendor: "Apache Software Foundation",
    summary: "A two-level cluster scheduler; moved to the Apache Attic in 2025, kept here to advise teams still on it.",
    status: "inactive",
    runsOn: s([...SERVERS], MESOS_DOCS),
    scope: s("cluster", MESOS_DOCS),
    complexity: s(9.5, S001_OTHER),
    capability: s(7, S001_OTHER),
    traits: [
      "self-operated",
      "multi-host",
      "self-healing",
      "rolling-updates",
      "mixed-workloads",
      "batch-jobs",
      "custom-scheduling",
      "inactive",
    ],
    features: {
      scope: s("Multi-host", MESOS_DOCS),
      setup: s("Complex (ZooKeeper, masters, agents, Marathon)", MESOS_DOCS),
      scaling: s("Manual through Marathon", MESOS_DOCS),
      selfHealing: s("Reschedule (Marathon)", MESOS_DOCS),
      networking: s("Host/bridge; CNI", MESOS_DOCS),
      loadBalancing: s("marathon-lb", MESOS_DOCS),
      secrets: s("Limited", MESOS_DOCS),
      rollingUpdates: s("Marathon deployments", MESOS_DOCS),
      configFormat: s("Marathon JSON", MESOS_DOCS),
      learningCurve: s("High", MESOS_DOCS),
    },
    limits: [{ text: "Retired to the Apache Attic: no releases or security fixes", source: MESOS_DOCS }],
    cannot: [{ text: "Not maintained: never a choice for new work", source: MESOS_DOCS }],
  },
];

const DOCKER_VOLUMES = "Docker docs: Volumes";
const SWARM_JOBS = "Docker docs: Deploy services to a swarm (replicated jobs)";
const K8S_JOBS = "Kubernetes docs: Jobs";
const S003_STATEFUL = cite(Seed.orchestrationNote, "Common Pitfalls (StatefulSets)");
const K8S_SCHEDULING = "Kubernetes docs: Assigning Pods to Nodes (affinity, taints, scheduling framework)";
const K8S_ADMISSION = "Kubernetes docs: Validating Admission Policy";
const K8S_TENANCY = "Kubernetes docs: Multi-tenancy";
const K8S_NETWORKING = "Kubernetes docs: Network Policies (CNI network plugins)";
const NOMAD_SCHEDULING = "Nomad documentation: Scheduling (constraint, affinity and spread blocks)";
const NOMAD_NAMESPACES = "Nomad documentation: Namespaces";
const NOMAD_CNI = "Nomad documentation: CNI networking";
const ECS_PLACEMENT = "Amazon ECS Developer Guide: How Amazon ECS places tasks on container instances";
const MESOS_SCHEDULING = "Apache Mesos documentation: Mesos Architecture (two-level scheduling by frameworks)";

/** Traits backed by a property the platform already cites: the source of that property backs the trait. */
const BACKED_BY: Partial<Record<Trait, (platform: Omit<Platform, "traitSources" | "capabilities">) => string>> = {
  "single-host": (p) => p.scope.source,
  "multi-host": (p) => p.scope.source,
  "cloud-service": (p) => p.runsOn.source,
  "provider-service": (p) => p.runsOn.source,
  "operated-for-you": (p) => CAPABILITY_MATRIX[p.id as PlatformId]["fleet-rollout"].source,
  "one-provider": (p) => p.runsOn.source,
  serverless: (p) => p.features.setup.source,
  autoscaling: (p) => p.features.scaling.source,
  "self-healing": (p) => p.features.selfHealing.source,
  "rolling-updates": (p) => p.features.rollingUpdates.source,
  "built-in-load-balancer": (p) => p.features.loadBalancing.source,
  "compose-files": (p) => p.features.configFormat.source,
  "self-operated": () => SELF_OPERATED,
};

/** Kubernetes, self-run or managed, has the same API and so the same evidence for these traits. */
const KUBERNETES_TRAITS: Partial<Record<Trait, string>> = {
  "scales-to-zero": KNATIVE_DOCS,
  "kubernetes-api": S004_K8S,
  "large-ecosystem": S004_K8S,
  "stateful-workloads": S003_STATEFUL,
  "batch-jobs": K8S_JOBS,
  "event-driven": KNATIVE_DOCS,
  "custom-scheduling": K8S_SCHEDULING,
  "policy-enforcement": K8S_ADMISSION,
  "multi-tenancy": K8S_TENANCY,
  "advanced-networking": K8S_NETWORKING,
};

/** Sources of the traits no property of the platform covers. */
const TRAIT_SOURCES: Partial<Record<PlatformId, Partial<Record<Trait, string>>>> = {
  "docker-compose": { "stateful-workloads": DOCKER_VOLUMES, "batch-jobs": DOCKER_COMPOSE_DOCS },
  "docker-engine": {
    "edge-devices": S004_EDGE,
    "stateful-workloads": DOCKER_VOLUMES,
    "batch-jobs": DOCKER_RESTART_DOCS,
  },
  "docker-swarm": {
    "stateful-workloads": cite(Seed.orchestrationAndBeyond, "2. Docker Swarm: Stacks"),
    "batch-jobs": SWARM_JOBS,
    "edge-devices": `${SWARM_DOCS}; ${DOCKER_RPI}`,
  },
  kubernetes: KUBERNETES_TRAITS,
  "managed-kubernetes": KUBERNETES_TRAITS,
  k3s: {
    "scales-to-zero": KNATIVE_DOCS,
    "kubernetes-api": K3S_DOCS,
    "large-ecosystem": K3S_DOCS,
    "edge-devices": S004_EDGE,
    "edge-fleet": FLEET_DOCS,
    "stateful-workloads": K3S_COMPONENTS,
    "batch-jobs": K8S_JOBS,
    "custom-scheduling": K8S_SCHEDULING,
    "policy-enforcement": K8S_ADMISSION,
    "multi-tenancy": K8S_TENANCY,
    "advanced-networking": K8S_NETWORKING,
  },
  "amazon-ecs": {
    "self-operated": `${ECS_GUIDE}; ${S002_45}`,
    "custom-scheduling": ECS_PLACEMENT,
    "stateful-workloads": `${ECS_EBS}; ${ECS_EFS}`,
    "batch-jobs": ECS_STANDALONE,
    "event-driven": ECS_EVENTBRIDGE,
  },
  "aws-fargate": {
    "batch-jobs": ECS_STANDALONE,
    "event-driven": ECS_EVENTBRIDGE,
    "stateful-workloads": `${ECS_EBS}; ${ECS_EFS}`,
  },
  "google-cloud-run": {
    "scales-to-zero": `${S002_44}; ${CLOUD_RUN_DOCS}`,
    "batch-jobs": CLOUD_RUN_JOBS,
    "event-driven": CLOUD_RUN_EVENTS,
  },
  "azure-container-apps": { "scales-to-zero": ACA_DOCS, "batch-jobs": ACA_JOBS, "event-driven": ACA_DOCS },
  "azure-container-instances": { "batch-jobs": ACI_RESTART },
  nomad: {
    "mixed-workloads": S002_44,
    "batch-jobs": S002_44,
    "stateful-workloads": NOMAD_STATEFUL,
    "edge-devices": NOMAD_DISCONNECT,
    "custom-scheduling": NOMAD_SCHEDULING,
    "multi-tenancy": NOMAD_NAMESPACES,
    "advanced-networking": NOMAD_CNI,
  },
  paas: {
    "scales-to-zero": FLY_AUTOSTOP,
    "stateful-workloads": `${FLY_VOLUMES}; ${RENDER_DISKS}`,
    "batch-jobs": RENDER_CRON,
  },
  "iot-edge": { "edge-devices": S004_EDGE, "edge-fleet": `${GREENGRASS_DEPLOY}; ${IOT_EDGE_AT_SCALE}` },
  mesos: {
    "mixed-workloads": S001_OTHER,
    "batch-jobs": MESOS_DOCS,
    inactive: MESOS_DOCS,
    "custom-scheduling": MESOS_SCHEDULING,
  },
};

/**
 * The traits that say what a platform can do are read off the capability matrix (native level), never written
 * twice: rules that select platforms by such a trait see what the matrix says, with the matrix's source.
 */
const CAPABILITY_TRAITS: Partial<Record<Trait, CapabilityId>> = {
  "self-healing": "failover",
  "rolling-updates": "rolling-updates",
  autoscaling: "autoscaling",
  "scales-to-zero": "scale-to-zero-http",
  "event-driven": "event-driven-scaling",
  "batch-jobs": "batch-jobs",
  "stateful-workloads": "stateful-volumes",
  "mixed-workloads": "non-container-workloads",
  "large-ecosystem": "ecosystem",
  "custom-scheduling": "custom-scheduling",
  "policy-enforcement": "policy-enforcement",
  "multi-tenancy": "multi-tenancy",
  "advanced-networking": "advanced-networking",
  "edge-fleet": "fleet-rollout",
};

/** The traits a platform has by its levels: those of the capabilities it has natively. */
export const capabilityTraits = (levelOf: (capability: CapabilityId) => CapabilityLevel): Trait[] =>
  (Object.entries(CAPABILITY_TRAITS) as [Trait, CapabilityId][])
    .filter(([, capability]) => levelOf(capability) === "native")
    .map(([trait]) => trait);

const withTraitSources = (platform: BuiltInEntry): Platform => {
  const cells = CAPABILITY_MATRIX[platform.id];
  const own = platform.traits.filter((trait) => CAPABILITY_TRAITS[trait] === undefined);
  // A built-in platform someone else runs is a service its provider sells; an organisation's own platform is not.
  const sold: Trait[] = own.includes("cloud-service") ? ["provider-service"] : [];
  const able = capabilityTraits((capability) => cells[capability].level);
  // A fleet service managed from the provider's cloud runs the control plane of what runs at your own sites.
  const forYou: Trait[] = able.includes("edge-fleet") ? ["operated-for-you"] : [];
  const traits = [...own, ...sold, ...able, ...forYou];
  return {
    ...platform,
    traits,
    traitSources: Object.fromEntries(
      traits.map((trait) => {
        const capability = CAPABILITY_TRAITS[trait];
        const source = capability
          ? cells[capability].source
          : (TRAIT_SOURCES[platform.id]?.[trait] ?? BACKED_BY[trait]?.(platform) ?? "");
        return [trait, source];
      }),
    ),
    capabilities: capabilityCells(platform.id),
  };
};

/** The platform catalogue, in contract order. */
export const CATALOGUE: readonly Platform[] = PLATFORMS.map(withTraitSources);

const BY_ID = new Map(CATALOGUE.map((platform) => [platform.id, platform]));

/** The catalogue entry at a position of the catalogue (scores and rankings are arrays in catalogue order). */
export const platformAt = (index: number): Platform => {
  const platform = CATALOGUE[index];
  if (!platform) throw new Error(`catalogue: no platform at position ${index} of ${CATALOGUE.length}`);
  return platform;
};

/** The built-in catalogue entry of one platform (an organisation's own: `catalogueOf(profile).platform`). */
export const platformById = (id: AnyPlatformId): Platform => {
  const platform = BY_ID.get(id as PlatformId);
  if (!platform) throw new Error(`Unknown platform ${id}`);
  return platform;
};

/** The hosting targets besides edge devices: where a platform's own service runs, or its fleet is managed from. */
const serviceTargets = (hosting: readonly HostingTarget[]): HostingTarget[] =>
  hosting.filter((target) => target !== "edge");

/**
 * What to call a platform for a hosting answer: the provider's own service where the hosting makes it clear
 * (one target besides edge devices, with one service there: "Amazon EKS" on AWS), else the catalogue name.
 */
export const serviceName = (platform: Platform, hosting: readonly HostingTarget[]): string => {
  const targets = serviceTargets(hosting);
  const [target] = targets;
  if (target === undefined || targets.length > 1) return platform.name;
  const named = platform.serviceNames?.[target]?.name;
  return named && !named.includes(", ") ? named : platform.name;
};

/** The provider's own services on the team's hosting targets, in the order the team gave them. */
export const hostedServices = (platform: Platform, hosting: readonly HostingTarget[]): HostedService[] =>
  serviceTargets(hosting).flatMap((target) => {
    const service = platform.serviceNames?.[target];
    return service ? [service] : [];
  });

/** Whether a limit or drawback tied to some hosting targets applies to a team that hosts on these. */
const appliesTo = (only: readonly HostingTarget[] | undefined, hosting: readonly HostingTarget[]): boolean =>
  only === undefined || hosting.length === 0 || only.some((target) => hosting.includes(target));

/**
 * A platform as it reads for a team's hosting. Where the hosting names one target (besides edge devices) with the
 * provider's own service there, that service's vendor, operations, lock-in and features, each with its own
 * document, replace the platform's (GKE's overview, not the EKS guide, for a Google Cloud team); with several
 * targets or none, the platform's own entry, written to hold for all of them. Limits and drawbacks tied to targets
 * the team does not host on are left out.
 */
export const platformFor = (platform: Platform, hosting: readonly HostingTarget[]): Platform => {
  const targets = serviceTargets(hosting);
  const service = targets.length === 1 ? hostedServices(platform, targets)[0] : undefined;
  const features = { ...platform.features };
  for (const row of FEATURE_ROWS) {
    const override = service?.features?.[row];
    if (override) features[row] = override;
  }
  const { operations = platform.operations, lockIn = platform.lockIn } = service ?? {};
  return {
    ...platform,
    vendor: service?.vendor ?? platform.vendor,
    features,
    limits: platform.limits.filter((limit) => appliesTo(limit.hosting, hosting)),
    cannot: platform.cannot.filter((item) => appliesTo(item.hosting, hosting)),
    ...(operations ? { operations } : {}),
    ...(lockIn ? { lockIn } : {}),
  };
};
