import { CAPABILITY_IDS, type CapabilityCell, type CapabilityId } from "./capability.ts";
import type { PlatformId } from "./platform-id.ts";
import { cite, Seed } from "./sources.ts";

/** The date every cell below was checked against its source. */
const CHECKED = "2026-12-05";

type Cell = Omit<CapabilityCell, "id">;
type Source = { source: string; href?: string };

const doc = (source: string, href?: string): Source => (href ? { source, href } : { source });
const withNote = (note?: string) => (note ? { note } : {});

const native = (from: Source, note?: string): Cell => ({
  level: "native",
  ...withNote(note),
  ...from,
  checked: CHECKED,
});
const none = (from: Source, note?: string): Cell => ({ level: "none", ...withNote(note), ...from, checked: CHECKED });
const addOn = (via: string, from: Source, note?: string): Cell => ({
  level: "add-on",
  via,
  ...withNote(note),
  ...from,
  checked: CHECKED,
});
const edition = (via: string, from: Source, note?: string): Cell => ({
  level: "edition",
  via,
  ...withNote(note),
  ...from,
  checked: CHECKED,
});

// Seed sections, cited where the seed is right.
const SEED_LIMITS = doc(cite(Seed.orchestrationAndBeyond, "1. Limitations of Single-Host Docker"));
const SEED_SUMMARY = doc(cite(Seed.orchestrationChapter, "Summary Table"));
const SEED_K8S_VS_SWARM = doc(cite(Seed.orchestrationAndBeyond, "3. Kubernetes vs. Docker Swarm"));
const SEED_SWARM_STACKS = doc(cite(Seed.orchestrationAndBeyond, "2. Docker Swarm: Stacks"));
const SEED_PLATFORMS = doc(cite(Seed.orchestrationChapter, "4.4 Orchestration Platforms Compared"));
const SEED_EDGE = doc(cite(Seed.orchestrationAndBeyond, "4. Serverless and Edge Computing: IoT and Edge Deployments"));

// Docker
const COMPOSE = doc("Docker docs: Docker Compose overview", "https://docs.docker.com/compose/");
const COMPOSE_GPU = doc(
  "Docker docs: Enable GPU support (Compose)",
  "https://docs.docker.com/compose/how-tos/gpu-support/",
);
const COMPOSE_NETWORKING = doc(
  "Docker docs: Networking in Compose",
  "https://docs.docker.com/compose/how-tos/networking/",
);
const DOCKER_VOLUMES = doc("Docker docs: Volumes", "https://docs.docker.com/engine/storage/volumes/");
const DOCKER_RESTART = doc(
  "Docker docs: Start containers automatically (restart policies)",
  "https://docs.docker.com/engine/containers/start-containers-automatically/",
);
const DOCKER_GPU = doc("Docker docs: GPU access (docker run --gpus)", "https://docs.docker.com/engine/containers/gpu/");
const DOCKER_PORTS = doc(
  "Docker docs: Port publishing and mapping",
  "https://docs.docker.com/engine/network/port-publishing/",
);
const DOCKER_AUTHZ = doc(
  "Docker docs: Access authorization plugin",
  "https://docs.docker.com/engine/extend/plugins_authorization/",
);
const SWARM_CONCEPTS = doc(
  "Docker docs: Swarm mode key concepts",
  "https://docs.docker.com/engine/swarm/key-concepts/",
);
const SWARM_ROLLING = doc(
  "Docker docs: Apply rolling updates to a service",
  "https://docs.docker.com/engine/swarm/swarm-tutorial/rolling-update/",
);
const SWARM_SERVICES = doc(
  "Docker docs: Deploy services to a swarm (placement constraints, replicated jobs)",
  "https://docs.docker.com/engine/swarm/services/",
);
const SWARM_INGRESS = doc("Docker docs: Use Swarm mode routing mesh", "https://docs.docker.com/engine/swarm/ingress/");
const SWARM_NETWORKING = doc(
  "Docker docs: Manage swarm service networks",
  "https://docs.docker.com/engine/swarm/networking/",
);
const SWARM_GPU = doc("Docker docs: dockerd node-generic-resources; docker service create --generic-resource");

// Kubernetes and the projects an expert adds to it
const K8S_SELF_HEALING = doc(
  "Kubernetes docs: Kubernetes Self-Healing",
  "https://kubernetes.io/docs/concepts/architecture/self-healing/",
);
const K8S_DEPLOYMENTS = doc(
  "Kubernetes docs: Deployments (rolling update)",
  "https://kubernetes.io/docs/concepts/workloads/controllers/deployment/",
);
const K8S_HPA = doc(
  "Kubernetes docs: Horizontal Pod Autoscaling",
  "https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/",
);
const KNATIVE = doc(
  "Knative documentation: Configuring scale to zero",
  "https://knative.dev/docs/serving/autoscaling/scale-to-zero/",
);
const KEDA = doc("KEDA: Kubernetes Event-driven Autoscaling", "https://keda.sh/");
const AKS_KEDA = doc(
  "AKS docs: Simplified application autoscaling with the KEDA add-on",
  "https://learn.microsoft.com/en-US/azure/aks/keda-about",
);
const K8S_JOBS = doc("Kubernetes docs: Jobs", "https://kubernetes.io/docs/concepts/workloads/controllers/job/");
const K8S_VOLUMES = doc(
  "Kubernetes docs: Persistent Volumes",
  "https://kubernetes.io/docs/concepts/storage/persistent-volumes/",
);
const KUBEVIRT = doc("KubeVirt: virtual machines on Kubernetes", "https://github.com/kubevirt/kubevirt");
const K8S_GPUS = doc("Kubernetes docs: Schedule GPUs", "https://kubernetes.io/docs/tasks/manage-gpus/scheduling-gpus/");
const K8S_OPERATORS = doc(
  "Kubernetes docs: Operator pattern",
  "https://kubernetes.io/docs/concepts/extend-kubernetes/operator/",
);
const K8S_SCHEDULING = doc(
  "Kubernetes docs: Assigning Pods to Nodes",
  "https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/",
);
const K8S_ADMISSION = doc(
  "Kubernetes docs: Validating Admission Policy",
  "https://kubernetes.io/docs/reference/access-authn-authz/validating-admission-policy/",
);
const K8S_TENANCY = doc(
  "Kubernetes docs: Multi-tenancy",
  "https://kubernetes.io/docs/concepts/security/multi-tenancy/",
);
const K8S_NETPOL = doc(
  "Kubernetes docs: Network Policies",
  "https://kubernetes.io/docs/concepts/services-networking/network-policies/",
);
const K8S_INGRESS_CONTROLLERS = doc(
  "Kubernetes docs: Ingress Controllers",
  "https://kubernetes.io/docs/concepts/services-networking/ingress-controllers/",
);
const K8S_SERVICE = doc("Kubernetes docs: Service", "https://kubernetes.io/docs/concepts/services-networking/service/");
const FLEET = doc(
  "Rancher docs: Fleet - GitOps at Scale",
  "https://ranchermanager.docs.rancher.com/integrations-in-rancher/fleet/overview",
);
const K3S_COMPONENTS = doc(
  "K3s docs: Packaged components (metrics-server, Traefik, ServiceLB, local-path)",
  "https://docs.k3s.io/installation/packaged-components",
);
const GKE_GPU_PLUGIN = doc(
  "Google Cloud: Kubernetes device plugin for NVIDIA GPUs (deployed automatically on GKE)",
  "https://pkg.go.dev/github.com/GoogleCloudPlatform/container-engine-accelerators/cmd/nvidia_gpu",
);

// AWS
const ECS_SERVICES = doc("Amazon ECS Developer Guide: Amazon ECS services (service scheduler)");
const ECS_AUTOSCALING = doc(
  "Amazon ECS Developer Guide: Automatically scale your Amazon ECS service",
  "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-auto-scaling.html",
);
const ECS_SCHEDULED = doc(
  "Amazon ECS Developer Guide: Run tasks on a schedule (Amazon EventBridge Scheduler)",
  "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/scheduling_tasks.html",
);
const ECS_STANDALONE = doc(
  "Amazon ECS Developer Guide: Amazon ECS standalone tasks",
  "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/standalone-tasks.html",
);
const ECS_EBS = doc(
  "Amazon ECS Developer Guide: Use Amazon EBS volumes with Amazon ECS",
  "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ebs-volumes.html",
);
const ECS_GPU = doc(
  "Amazon ECS Developer Guide: Use GPUs on Amazon ECS (GPU-optimized AMI)",
  "https://docs.amazonaws.cn/AmazonECS/latest/developerguide/ecs-gpu.html",
);
const ECS_PLACEMENT = doc("Amazon ECS Developer Guide: How Amazon ECS places tasks on container instances");
const ECS_LOAD_BALANCING = doc(
  "Amazon ECS Developer Guide: Use load balancing to distribute Amazon ECS service traffic",
  "https://docs.aws.amazon.com/AmazonECS/latest/userguide/service-load-balancing.html",
);
const FARGATE = doc(
  "Amazon ECS Developer Guide: AWS Fargate for Amazon ECS",
  "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/AWS_Fargate.html",
);
const FARGATE_TASK_DEFINITIONS = doc(
  "Amazon ECS Developer Guide: Amazon ECS task definition differences for the Fargate launch type",
  "https://docs.aws.amazon.com/AmazonECS/latest/userguide/fargate-tasks-services.html",
);
const EKS_FARGATE = doc(
  "Amazon EKS User Guide: Simplify compute management with AWS Fargate",
  "https://docs.aws.amazon.com/eks/latest/userguide/fargate.html",
);

// Google Cloud
const CLOUD_RUN_SCALING = doc(
  "Google Cloud Run documentation: About instance autoscaling",
  "https://cloud.google.com/run/docs/about-instance-autoscaling",
);
const CLOUD_RUN_EVENTS = doc(
  "Google Cloud Run documentation: Trigger with events (Eventarc)",
  "https://cloud.google.com/run/docs/triggering/trigger-with-events",
);
const CLOUD_RUN_JOBS = doc(
  "Google Cloud Run documentation: Create jobs",
  "https://cloud.google.com/run/docs/create-jobs",
);
const CLOUD_RUN_NFS = doc(
  "Google Cloud Run documentation: Configure NFS volume mounts",
  "https://cloud.google.com/run/docs/configuring/services/nfs-volume-mounts",
);
const CLOUD_RUN_GPU = doc(
  "Google Cloud Run documentation: Configure GPUs for services",
  "https://cloud.google.com/run/docs/configuring/services/gpu",
);
const CLOUD_RUN_CONTRACT = doc(
  "Google Cloud Run documentation: Container runtime contract",
  "https://cloud.google.com/run/docs/container-contract",
);
const CLOUD_RUN_BINAUTHZ = doc(
  "Binary Authorization docs: Set up overview for Cloud Run",
  "https://cloud.google.com/binary-authorization/docs/run/overview",
);

// Azure
const ACA_SCALE = doc(
  "Azure Container Apps documentation: Set scaling rules",
  "https://learn.microsoft.com/en-us/azure/container-apps/scale-app",
);
const ACA_JOBS = doc(
  "Azure Container Apps documentation: Jobs in Azure Container Apps",
  "https://learn.microsoft.com/en-us/azure/container-apps/jobs",
);
const ACA_STORAGE = doc(
  "Azure Container Apps documentation: Use storage mounts",
  "https://learn.microsoft.com/en-us/azure/container-apps/storage-mounts",
);
const ACA_PROFILES = doc(
  "Azure Container Apps documentation: Workload profiles (serverless and dedicated GPUs)",
  "https://learn.microsoft.com/azure/container-apps/workload-profiles-overview",
);
const ACA_INGRESS = doc(
  "Azure Container Apps documentation: Ingress in Azure Container Apps",
  "https://learn.microsoft.com/azure/container-apps/ingress-overview",
);
const ACA_POLICY = doc(
  "Azure Container Apps documentation: Azure Policy built-in definitions for Azure Container Apps",
  "https://docs.azure.cn/en-us/container-apps/policy-reference",
);
const ACA_REVISIONS = doc("Azure Container Apps documentation: Revisions");
const ACI_OVERVIEW = doc(
  "Azure Container Instances documentation: What is Azure Container Instances?",
  "https://learn.microsoft.com/en-us/azure/container-instances/container-instances-overview",
);
const ACI_RESTART = doc(
  "Azure Container Instances documentation: Run containerized tasks with restart policies",
  "https://learn.microsoft.com/en-us/azure/container-instances/container-instances-restart-policy",
);
const ACI_ZONES = doc(
  "Azure reliability docs: Migrate Azure Container Instances to availability zone support",
  "https://learn.microsoft.com/en-us/Azure/reliability/migrate-container-instances",
);
const ACI_YAML = doc(
  "Azure Container Instances documentation: YAML reference (ports, volumes, GPU resources)",
  "https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/container-instances/container-instances-reference-yaml.md",
);
const AZURE_POLICY_DENY = doc(
  "Azure Policy docs: Azure Policy definitions deny effect",
  "https://learn.microsoft.com/en-US/Azure/governance/policy/concepts/effect-deny",
);

// HashiCorp Nomad
const NOMAD = doc("Nomad documentation: What is Nomad?", "https://developer.hashicorp.com/nomad/docs/what-is-nomad");
const NOMAD_UPDATE = doc("Nomad documentation: update block (rolling, canary and blue/green deployments)");
const NOMAD_AUTOSCALER = doc(
  "Nomad documentation: Nomad Autoscaler overview",
  "https://developer.hashicorp.com/nomad/docs/autoscaling",
);
const NOMAD_SCALING_BLOCK = doc(
  "Nomad documentation: scaling block (min = 0)",
  "https://developer.hashicorp.com/nomad/docs/job-specification/scaling",
);
const NOMAD_STATEFUL = doc(
  "Nomad documentation: Stateful workloads (host volumes and CSI volumes)",
  "https://developer.hashicorp.com/nomad/docs/architecture/storage/stateful-workloads",
);
const NOMAD_DRIVERS = doc(
  "Nomad documentation: Task driver plugins (Docker, exec, raw_exec, Java, QEMU bundled)",
  "https://developer.hashicorp.com/nomad/plugins/v1.9.x/drivers",
);
const NOMAD_DEVICES = doc(
  "Nomad documentation: Nomad device driver plugins (NVIDIA plugin installed separately)",
  "https://developer.hashicorp.com/nomad/docs/devices",
);
const NOMAD_SCHEDULING = doc("Nomad documentation: Scheduling (constraint, affinity and spread blocks)");
const NOMAD_SENTINEL = doc(
  "Nomad documentation: Sentinel Policy Reference (Enterprise)",
  "https://developer.hashicorp.com/nomad/docs/enterprise/sentinel",
);
const NOMAD_NAMESPACES = doc(
  "Nomad documentation: Nomad namespace specification (quotas are Enterprise)",
  "https://developer.hashicorp.com/nomad/docs/other-specifications/namespace",
);
const NOMAD_CNI = doc("Nomad documentation: CNI networking");
const NOMAD_MULTIREGION = doc(
  "Nomad documentation: multiregion block (Enterprise)",
  "https://developer.hashicorp.com/nomad/docs/job-specification/multiregion",
);

// Developer PaaS
const PAAS = doc("Fly.io docs: Autostop/autostart Machines; Render docs: Scaling; Railway docs: Scaling");
const FLY_AUTOSTOP = doc("Fly.io docs: Autostop/autostart Machines", "https://fly.io/docs/launch/autostop-autostart/");
const FLY_RESILIENCE = doc(
  "Fly.io docs: Resilient apps use multiple Machines",
  "https://fly.io/docs/blueprints/resilient-apps-multiple-machines",
);
const FLY_VOLUMES = doc("Fly.io docs: Fly Volumes overview", "https://fly.io/docs/volumes/overview/");
const FLY_UDP_TCP = doc("Fly.io docs: Running apps on UDP and TCP", "https://fly.io/docs/app-guides/udp-and-tcp");
const FLY_GPU = doc(
  "Fly.io docs: Using GPUs with FKS (GPUs are deprecated)",
  "https://fly.io/docs/kubernetes/using-gpus/",
);
const RENDER_CRON = doc("Render docs: Cron Jobs", "https://render.com/docs/cronjobs");

// IoT edge runtimes
const GREENGRASS_DEPLOY = doc(
  "AWS IoT Greengrass Developer Guide: Deploy AWS IoT Greengrass components to devices",
  "https://docs.aws.amazon.com/greengrass/v2/developerguide/manage-deployments.html",
);
const GREENGRASS_COMPONENTS = doc(
  "AWS IoT Greengrass Developer Guide: Develop AWS IoT Greengrass components (recipes, lifecycle, artifacts)",
  "https://docs.aws.amazon.com/greengrass/v2/developerguide/manage-components.html",
);
const IOT_EDGE = doc(
  "Azure IoT Edge documentation: What is Azure IoT Edge",
  "https://learn.microsoft.com/en-us/azure/iot-edge/about-iot-edge",
);
const IOT_EDGE_AT_SCALE = doc(
  "Azure IoT Edge documentation: Deploy and monitor IoT Edge modules at scale",
  "https://learn.microsoft.com/en-us/azure/iot-edge/module-deployment-monitoring",
);
const IOT_EDGE_FUNCTIONS = doc(
  "Azure IoT Edge documentation: Tutorial: Deploy Azure Functions as IoT Edge modules; AWS IoT Greengrass Developer Guide: Run AWS Lambda functions",
);
const IOT_EDGE_CREATE_OPTIONS = doc(
  "Azure IoT Edge documentation: How to configure container create options for IoT Edge modules",
  "https://learn.microsoft.com/en-us/azure/iot-edge/how-to-use-create-options",
);

// Apache Mesos (retired)
const MESOS = doc("Apache Attic: Apache Mesos", "https://attic.apache.org/projects/mesos.html");
const MESOS_VOLUMES = doc(
  "Apache Mesos documentation: Persistent Volumes",
  "https://mesos.apache.org/documentation/latest/persistent-volume/",
);
const MESOS_QUOTA = doc("Apache Mesos documentation: Quota", "https://mesos.apache.org/documentation/latest/quota");
const MESOS_GPU = doc("Apache Mesos documentation: Nvidia GPU Support");
const MESOS_CNI = doc("Apache Mesos documentation: Container Network Interface (CNI)");
const MESOS_SCHEDULING = doc("Apache Mesos documentation: Mesos Architecture (two-level scheduling by frameworks)");

const RETIRED = "Mesos is in the Apache Attic: no releases or security fixes, whatever the capability.";

/** One host, no orchestrator: Docker Compose and plain Docker Engine share most answers. */
const SINGLE_HOST_DOCKER: Record<CapabilityId, Cell> = {
  failover: none(
    SEED_LIMITS,
    "A lost host takes the application down; restart policies only restart containers on the same host.",
  ),
  "rolling-updates": none(SEED_LIMITS, "New versions replace containers by stop and start, with a gap."),
  autoscaling: none(SEED_SUMMARY),
  "scale-to-zero-http": none(SEED_LIMITS),
  "scale-to-zero-workers": none(SEED_LIMITS),
  "event-driven-scaling": none(
    SEED_LIMITS,
    "A cron job on the host can start containers on a schedule; nothing reacts to queues.",
  ),
  "batch-jobs": native(
    COMPOSE,
    "One-off containers run to completion (`docker compose run`, `docker run --rm`); schedules need the host's cron.",
  ),
  "stateful-volumes": native(
    DOCKER_VOLUMES,
    "Named volumes live on the one host's disk: a database survives restarts but not the loss of the host.",
  ),
  "non-container-workloads": none(SEED_LIMITS),
  gpu: native(COMPOSE_GPU, "Needs the NVIDIA driver and NVIDIA Container Toolkit on the host."),
  ecosystem: none(SEED_K8S_VS_SWARM, "No Helm charts, operators or service mesh."),
  "custom-scheduling": none(SEED_LIMITS, "One host: there is nothing to place."),
  "policy-enforcement": addOn(
    "a Docker Engine access authorization plugin",
    DOCKER_AUTHZ,
    "Docker ships the plugin interface, not a policy: a third-party plugin allows or denies each Engine API call.",
  ),
  "multi-tenancy": none(
    DOCKER_AUTHZ,
    "Docker's own authorization is all or nothing: anyone who reaches the daemon can run anything.",
  ),
  "advanced-networking": none(SEED_SUMMARY, "Bridge networks on one host; no network policies."),
  "http-ingress": addOn(
    "a reverse-proxy container (Traefik or NGINX)",
    SEED_LIMITS,
    "A published port reaches one service; routing by host name or path and TLS need a proxy you run.",
  ),
  "tcp-udp-ingress": native(COMPOSE_NETWORKING, "Published ports take TCP or UDP (for example `53:53/udp`)."),
  "fleet-rollout": none(
    SEED_LIMITS,
    "Each host is managed on its own; fleets of devices belong to an IoT runtime or K3s with Fleet.",
  ),
};

/** Kubernetes as the CNCF ships it: self-managed clusters, and the base for managed services and K3s. */
const KUBERNETES: Record<CapabilityId, Cell> = {
  failover: native(K8S_SELF_HEALING, "Controllers replace Pods from a failed node on healthy nodes."),
  "rolling-updates": native(K8S_DEPLOYMENTS),
  autoscaling: native(
    K8S_HPA,
    "Pods scale with the built-in HorizontalPodAutoscaler (it needs metrics-server); nodes scale only with Cluster Autoscaler or Karpenter on a cloud.",
  ),
  "scale-to-zero-http": addOn(
    "Knative Serving (or the KEDA HTTP add-on)",
    KNATIVE,
    "The HorizontalPodAutoscaler keeps at least one replica; waking on a request needs an activator that holds it.",
  ),
  "scale-to-zero-workers": addOn(
    "KEDA",
    KEDA,
    "KEDA scales Deployments and Jobs from 0 to N on queue length, streams and other events.",
  ),
  "event-driven-scaling": addOn(
    "KEDA (or Knative Eventing)",
    KEDA,
    "CronJobs start containers on a schedule natively; queues and streams need KEDA.",
  ),
  "batch-jobs": native(K8S_JOBS, "Jobs and CronJobs."),
  "stateful-volumes": native(
    K8S_VOLUMES,
    "PersistentVolumes and StatefulSets; on your own hardware you also install a CSI driver for your storage.",
  ),
  "non-container-workloads": none(
    KUBEVIRT,
    "Pods run containers only: binaries and Java archives must be built into images first; KubeVirt, an add-on, runs virtual machines inside Pods.",
  ),
  gpu: addOn(
    "NVIDIA device plugin or NVIDIA GPU Operator",
    K8S_GPUS,
    "Kubernetes schedules GPUs only after you install the vendor's drivers and device plugin.",
  ),
  ecosystem: native(K8S_OPERATORS, "Helm charts, operators and service meshes target Kubernetes first."),
  "custom-scheduling": native(
    K8S_SCHEDULING,
    "Node affinity, taints and tolerations, topology spread, custom schedulers.",
  ),
  "policy-enforcement": native(
    K8S_ADMISSION,
    "ValidatingAdmissionPolicy is built in; Kyverno or OPA Gatekeeper add richer policy libraries.",
  ),
  "multi-tenancy": native(K8S_TENANCY, "Namespaces, RBAC, ResourceQuotas and LimitRanges."),
  "advanced-networking": native(
    K8S_NETPOL,
    "NetworkPolicies are enforced only by a CNI plugin that supports them (Calico, Cilium).",
  ),
  "http-ingress": addOn(
    "an Ingress controller or Gateway API implementation",
    K8S_INGRESS_CONTROLLERS,
    "The Ingress and Gateway APIs are built in; a controller that serves them is not.",
  ),
  "tcp-udp-ingress": native(
    K8S_SERVICE,
    "NodePort and LoadBalancer Services take TCP and UDP; on bare metal a LoadBalancer needs MetalLB or a similar controller.",
  ),
  "fleet-rollout": addOn(
    "Rancher Fleet or Argo CD",
    FLEET,
    "A cluster deploys to its own nodes; rolling out to many clusters at sites needs a GitOps fleet manager.",
  ),
};

/**
 * The cells a product shares with another product's row, named one by one. A new capability is then a type error in
 * every row built this way until its author decides, product by product, whether the cell is shared or the
 * product's own: a spread (`...KUBERNETES`) handed K3s and managed Kubernetes the new cell silently (issue 20).
 */
const sameAs = <K extends CapabilityId>(base: Record<CapabilityId, Cell>, ids: readonly K[]) =>
  Object.fromEntries(ids.map((id) => [id, base[id]])) as Pick<Record<CapabilityId, Cell>, K>;

const MANAGED_KUBERNETES: Record<CapabilityId, Cell> = {
  ...sameAs(KUBERNETES, [
    "failover",
    "rolling-updates",
    "scale-to-zero-http",
    "batch-jobs",
    "non-container-workloads",
    "ecosystem",
    "custom-scheduling",
    "multi-tenancy",
    "advanced-networking",
    "fleet-rollout",
  ]),
  autoscaling: native(
    K8S_HPA,
    "Pods scale with the HorizontalPodAutoscaler; GKE and AKS enable node autoscaling per node pool, EKS needs Karpenter or Cluster Autoscaler unless it runs in Auto Mode.",
  ),
  "scale-to-zero-workers": addOn(
    "KEDA",
    AKS_KEDA,
    "AKS offers a Microsoft-supported KEDA add-on (preconfigured on AKS Automatic); on EKS and GKE you install KEDA yourself.",
  ),
  "event-driven-scaling": addOn(
    "KEDA",
    AKS_KEDA,
    "As for workers: the AKS KEDA add-on or KEDA installed on EKS and GKE.",
  ),
  "stateful-volumes": native(
    K8S_VOLUMES,
    "Cloud block and file volumes through CSI drivers; on EKS the Amazon EBS CSI driver is an EKS add-on you enable.",
  ),
  gpu: native(
    GKE_GPU_PLUGIN,
    "GPU node pools are sold on EKS, GKE and AKS; GKE deploys the NVIDIA device plugin itself, EKS and AKS may need it installed.",
  ),
  "policy-enforcement": native(
    K8S_ADMISSION,
    "Kubernetes admission is built in; Azure Policy for AKS and GKE Policy Controller are provider add-ons on top.",
  ),
  "http-ingress": native(
    K8S_SERVICE,
    "LoadBalancer Services get a cloud load balancer; layer-7 routing is built into GKE, while EKS needs the AWS Load Balancer Controller (built into Auto Mode) and AKS its application routing add-on.",
  ),
  "tcp-udp-ingress": native(K8S_SERVICE, "LoadBalancer Services get a cloud network load balancer for TCP and UDP."),
};

const K3S: Record<CapabilityId, Cell> = {
  ...sameAs(KUBERNETES, [
    "failover",
    "rolling-updates",
    "scale-to-zero-http",
    "scale-to-zero-workers",
    "event-driven-scaling",
    "batch-jobs",
    "non-container-workloads",
    "gpu",
    "ecosystem",
    "custom-scheduling",
    "policy-enforcement",
    "multi-tenancy",
    "advanced-networking",
  ]),
  autoscaling: native(
    K3S_COMPONENTS,
    "metrics-server is packaged, so the HorizontalPodAutoscaler works as installed; nodes do not autoscale.",
  ),
  "stateful-volumes": native(
    K3S_COMPONENTS,
    "The packaged local-path provisioner keeps data on one node's disk; replicated volumes need a CSI driver such as Longhorn.",
  ),
  "http-ingress": native(K3S_COMPONENTS, "Traefik is packaged as the Ingress controller."),
  "tcp-udp-ingress": native(
    K3S_COMPONENTS,
    "ServiceLB (Klipper) is packaged, so LoadBalancer Services take TCP and UDP on the nodes.",
  ),
  "fleet-rollout": addOn(
    "Rancher Fleet or Argo CD",
    FLEET,
    "K3s itself manages one cluster; Fleet rolls workloads out to many K3s clusters at sites or on devices.",
  ),
};

/** Every platform's level for every capability, with the vendor document it rests on. */
export const CAPABILITY_MATRIX: Record<PlatformId, Record<CapabilityId, Cell>> = {
  "docker-compose": SINGLE_HOST_DOCKER,
  "docker-engine": {
    ...sameAs(SINGLE_HOST_DOCKER, [
      "failover",
      "rolling-updates",
      "autoscaling",
      "scale-to-zero-http",
      "scale-to-zero-workers",
      "event-driven-scaling",
      "stateful-volumes",
      "non-container-workloads",
      "ecosystem",
      "custom-scheduling",
      "policy-enforcement",
      "multi-tenancy",
      "advanced-networking",
      "http-ingress",
      "fleet-rollout",
    ]),
    "batch-jobs": native(
      DOCKER_RESTART,
      "`docker run --rm` runs a task to completion; restart policy `on-failure` retries it.",
    ),
    gpu: native(DOCKER_GPU, "`docker run --gpus` with the NVIDIA Container Toolkit on the host."),
    "tcp-udp-ingress": native(DOCKER_PORTS, "`-p 53:53/udp` publishes TCP or UDP ports on the host."),
  },
  "docker-swarm": {
    failover: native(SWARM_CONCEPTS, "Managers reschedule a failed node's tasks on other nodes."),
    "rolling-updates": native(SWARM_ROLLING, "update_config sets parallelism, delay and rollback."),
    autoscaling: none(SEED_SUMMARY, "Replicas change by command or stack redeploy."),
    "scale-to-zero-http": none(SWARM_SERVICES),
    "scale-to-zero-workers": none(
      SWARM_SERVICES,
      "A service can be scaled to 0 by hand, but nothing starts it again on an event.",
    ),
    "event-driven-scaling": none(
      SWARM_SERVICES,
      "Replicated and global jobs start when you create them, not on events.",
    ),
    "batch-jobs": native(SWARM_SERVICES, "Replicated jobs and global jobs run to completion."),
    "stateful-volumes": native(
      SEED_SWARM_STACKS,
      "Named volumes are local to a node: pin the service to that node with a placement constraint, or use a volume plugin for shared storage.",
    ),
    "non-container-workloads": none(SWARM_SERVICES),
    gpu: native(
      SWARM_GPU,
      "Limited: GPUs are declared by hand as node-generic-resources in each node's daemon.json (with the NVIDIA runtime as default) and reserved with --generic-resource; services have no --gpus flag.",
    ),
    ecosystem: none(SEED_K8S_VS_SWARM, "No Helm charts, operators or service mesh."),
    "custom-scheduling": native(
      SWARM_SERVICES,
      "Placement constraints on node labels and placement preferences to spread tasks.",
    ),
    "policy-enforcement": addOn(
      "a Docker Engine access authorization plugin",
      DOCKER_AUTHZ,
      "Swarm has no admission policies; an authorization plugin on the managers can allow or deny API calls.",
    ),
    "multi-tenancy": none(DOCKER_AUTHZ, "No namespaces or quotas; access to a manager is access to the whole swarm."),
    "advanced-networking": none(SWARM_NETWORKING, "Overlay networks, optionally encrypted, but no network policies."),
    "http-ingress": addOn(
      "a reverse-proxy service (Traefik or NGINX)",
      SWARM_INGRESS,
      "The routing mesh balances TCP and UDP on published ports (layer 4); host and path routing and TLS need a proxy.",
    ),
    "tcp-udp-ingress": native(SWARM_INGRESS, "The routing mesh publishes TCP and UDP ports on every node."),
    "fleet-rollout": none(
      SEED_LIMITS,
      "One swarm is one cluster; Docker documents no way to manage many swarms as a fleet.",
    ),
  },
  kubernetes: KUBERNETES,
  "managed-kubernetes": MANAGED_KUBERNETES,
  k3s: K3S,
  "amazon-ecs": {
    failover: native(ECS_SERVICES, "The service scheduler replaces tasks from a failed instance on healthy ones."),
    "rolling-updates": native(
      ECS_SERVICES,
      "Rolling deployments with minimum and maximum healthy percent, or blue/green.",
    ),
    autoscaling: native(ECS_AUTOSCALING, "Service auto scaling for tasks; capacity providers scale the EC2 instances."),
    "scale-to-zero-http": none(
      ECS_LOAD_BALANCING,
      "A load balancer does not hold a request while a stopped service starts: HTTP services keep at least one task.",
    ),
    "scale-to-zero-workers": native(
      ECS_AUTOSCALING,
      "A service may have a minimum of 0 tasks and scale on queue depth, and EventBridge can start tasks per event; the EC2 instances under them are a separate cost.",
    ),
    "event-driven-scaling": native(
      ECS_SCHEDULED,
      "EventBridge rules and schedules run tasks; step scaling follows CloudWatch alarms such as queue depth.",
    ),
    "batch-jobs": native(ECS_STANDALONE),
    "stateful-volumes": native(ECS_EBS, "Amazon EBS volumes per task and Amazon EFS shared file systems."),
    "non-container-workloads": none(ECS_SERVICES, "ECS runs container tasks only."),
    gpu: native(
      ECS_GPU,
      "GPU instance types with the ECS GPU-optimized AMI; tasks reserve GPUs in the task definition.",
    ),
    ecosystem: none(SEED_PLATFORMS, "No Helm charts or operators; integrations are AWS services."),
    "custom-scheduling": native(
      ECS_PLACEMENT,
      "Task placement constraints and strategies (spread, binpack, attributes).",
    ),
    "policy-enforcement": none(
      ECS_SERVICES,
      "IAM decides who may register and run task definitions, but ECS has no admission policies on what a task contains.",
    ),
    "multi-tenancy": none(
      ECS_SERVICES,
      "No namespaces or quotas inside a cluster: teams get separate clusters or AWS accounts.",
    ),
    "advanced-networking": none(
      ECS_SERVICES,
      "awsvpc gives each task its own network interface and security groups; the networking is AWS's own, not pluggable.",
    ),
    "http-ingress": native(ECS_LOAD_BALANCING, "Application Load Balancer integration for HTTP/HTTPS."),
    "tcp-udp-ingress": native(ECS_LOAD_BALANCING, "Network Load Balancers route TCP or UDP to tasks."),
    "fleet-rollout": none(ECS_SERVICES, "ECS on EC2 runs in AWS regions, not on devices or sites."),
  },
  "aws-fargate": {
    failover: native(
      FARGATE,
      "Each task runs in its own isolated compute; a failed task is replaced elsewhere in the region.",
    ),
    "rolling-updates": native(FARGATE),
    autoscaling: native(
      ECS_AUTOSCALING,
      "ECS service auto scaling, or the HorizontalPodAutoscaler on EKS on Fargate; no instances to scale.",
    ),
    "scale-to-zero-http": none(
      ECS_LOAD_BALANCING,
      "Nothing wakes a stopped service on a request: HTTP services keep at least one task.",
    ),
    "scale-to-zero-workers": native(
      ECS_AUTOSCALING,
      "An ECS service may scale between 0 and N tasks on queue depth, and EventBridge can run a task per event or schedule: with no instances, nothing is left idle.",
    ),
    "event-driven-scaling": native(
      ECS_SCHEDULED,
      "EventBridge rules and schedules run Fargate tasks; step scaling follows queue-depth alarms.",
    ),
    "batch-jobs": native(ECS_STANDALONE),
    "stateful-volumes": native(
      ECS_EBS,
      "ECS on Fargate: one Amazon EBS volume per task (deleted with the task unless kept) or Amazon EFS; EKS on Fargate mounts EFS.",
    ),
    "non-container-workloads": none(FARGATE),
    gpu: none(
      FARGATE_TASK_DEFINITIONS,
      "The gpu task definition parameter is not valid on Fargate; GPU work needs ECS or EKS on EC2.",
    ),
    ecosystem: none(
      EKS_FARGATE,
      "EKS on Fargate installs Helm charts, but runs no DaemonSets, privileged Pods or host networking, so node agents, most operators' data planes, service-mesh CNI and CSI drivers do not run; ECS on Fargate has none of it. Run EKS on EC2 for the ecosystem.",
    ),
    "custom-scheduling": none(
      FARGATE_TASK_DEFINITIONS,
      "placementConstraints are not valid on Fargate; EKS Fargate profiles only choose which Pods run on Fargate.",
    ),
    "policy-enforcement": native(
      EKS_FARGATE,
      "EKS on Fargate keeps Kubernetes admission control (ValidatingAdmissionPolicy, Kyverno, Gatekeeper); ECS on Fargate has IAM only.",
    ),
    "multi-tenancy": native(
      EKS_FARGATE,
      "EKS on Fargate: Kubernetes namespaces and RBAC, with Fargate profiles per namespace and a separate compute boundary per Pod; ECS on Fargate has no namespaces.",
    ),
    "advanced-networking": none(
      EKS_FARGATE,
      "Networking is AWS's awsvpc with security groups per task or Pod; no DaemonSets means no CNI plugin of your choice.",
    ),
    "http-ingress": native(ECS_LOAD_BALANCING, "Application Load Balancers with IP targets."),
    "tcp-udp-ingress": native(
      ECS_LOAD_BALANCING,
      "ECS services on Fargate support Network Load Balancers, which route TCP or UDP.",
    ),
    "fleet-rollout": none(FARGATE, "Fargate runs in AWS regions only."),
  },
  "google-cloud-run": {
    failover: native(CLOUD_RUN_SCALING, "Google runs and replaces instances within the region."),
    "rolling-updates": native(
      CLOUD_RUN_SCALING,
      "Each deploy is a revision; traffic moves gradually or at once, and back.",
    ),
    autoscaling: native(CLOUD_RUN_SCALING),
    "scale-to-zero-http": native(
      CLOUD_RUN_SCALING,
      "Services scale to zero and start an instance on the next request.",
    ),
    "scale-to-zero-workers": native(
      CLOUD_RUN_EVENTS,
      "Eventarc and Pub/Sub push deliver events as requests to services that scale from zero; jobs run to completion.",
    ),
    "event-driven-scaling": native(CLOUD_RUN_EVENTS, "Eventarc triggers, Pub/Sub push and Cloud Scheduler."),
    "batch-jobs": native(CLOUD_RUN_JOBS),
    "stateful-volumes": none(
      CLOUD_RUN_NFS,
      "Cloud Storage and NFS (Filestore) volume mounts keep files, but NFS is mounted without locking: no volume a database can rely on.",
    ),
    "non-container-workloads": none(CLOUD_RUN_CONTRACT, "Source deploys are built into a container image first."),
    gpu: native(CLOUD_RUN_GPU, "NVIDIA L4 GPUs in some regions, with GPU quota."),
    ecosystem: none(CLOUD_RUN_CONTRACT, "Knative-style service YAML, but no Helm charts, operators or mesh."),
    "custom-scheduling": none(CLOUD_RUN_SCALING, "Google places instances; you choose only the region."),
    "policy-enforcement": native(
      CLOUD_RUN_BINAUTHZ,
      "Binary Authorization checks every new revision and job execution against a policy (signed images, allowed registries).",
    ),
    "multi-tenancy": none(
      CLOUD_RUN_SCALING,
      "Isolation is by Google Cloud project and IAM, not by namespaces or quotas inside one service.",
    ),
    "advanced-networking": none(
      CLOUD_RUN_CONTRACT,
      "Direct VPC egress and ingress settings, but no pluggable networking or network policies.",
    ),
    "http-ingress": native(CLOUD_RUN_CONTRACT, "HTTP/1.1, HTTP/2, gRPC and WebSockets on a managed HTTPS endpoint."),
    "tcp-udp-ingress": none(
      CLOUD_RUN_CONTRACT,
      "Services receive requests over HTTP only: no raw TCP or UDP from outside.",
    ),
    "fleet-rollout": none(CLOUD_RUN_SCALING, "Cloud Run runs in Google Cloud regions only."),
  },
  "azure-container-apps": {
    failover: native(
      ACA_SCALE,
      "Replicas run on Microsoft-managed infrastructure; run two or more so one can take over.",
    ),
    "rolling-updates": native(ACA_REVISIONS, "Revisions, with traffic split between them."),
    autoscaling: native(ACA_SCALE, "HTTP, TCP, CPU, memory and KEDA-based scale rules."),
    "scale-to-zero-http": native(ACA_SCALE, "Minimum replicas 0 with an HTTP scale rule; not on the Flex profile."),
    "scale-to-zero-workers": native(
      ACA_SCALE,
      "KEDA scale rules on queues and streams with minimum replicas 0, or event-driven jobs.",
    ),
    "event-driven-scaling": native(ACA_JOBS, "Event-driven jobs and KEDA scale rules; scheduled jobs for schedules."),
    "batch-jobs": native(ACA_JOBS, "Manual, scheduled and event-driven jobs."),
    "stateful-volumes": none(
      ACA_STORAGE,
      "Storage mounts are Azure Files shares or ephemeral storage: not a volume a database can rely on.",
    ),
    "non-container-workloads": none(ACA_SCALE),
    gpu: native(
      ACA_PROFILES,
      "Serverless GPUs (scale to zero) in the Consumption profile and dedicated GPU workload profiles, in some regions only.",
    ),
    ecosystem: none(
      ACA_SCALE,
      "Dapr and KEDA are built in, but there is no Kubernetes API: no Helm charts or operators.",
    ),
    "custom-scheduling": none(ACA_PROFILES, "Workload profiles choose the hardware; Azure places the replicas."),
    "policy-enforcement": native(
      ACA_POLICY,
      "Azure Policy built-in definitions can deny non-compliant container apps at deployment.",
    ),
    "multi-tenancy": none(
      ACA_SCALE,
      "Isolation is by environment, resource group and Azure RBAC, not namespaces or quotas.",
    ),
    "advanced-networking": none(
      ACA_INGRESS,
      "Custom VNets, IP restrictions and private endpoints, but no pluggable networking.",
    ),
    "http-ingress": native(ACA_INGRESS, "HTTP/1.1, HTTP/2, gRPC and WebSockets with TLS."),
    "tcp-udp-ingress": none(
      ACA_INGRESS,
      "TCP ingress only (in an environment on your own virtual network); no UDP, so VoIP and game servers do not fit.",
    ),
    "fleet-rollout": none(ACA_SCALE, "Container Apps run in Azure regions only."),
  },
  "azure-container-instances": {
    failover: none(
      ACI_ZONES,
      "A container group runs on one host; restart policies restart its containers, and surviving a host or zone loss means running several groups yourself.",
    ),
    "rolling-updates": none(ACI_OVERVIEW, "Redeploying a group replaces it."),
    autoscaling: none(ACI_OVERVIEW, "No autoscaling; Microsoft points scaling workloads to Container Apps or AKS."),
    "scale-to-zero-http": none(ACI_OVERVIEW),
    "scale-to-zero-workers": none(
      ACI_RESTART,
      "Run-once groups bill per second, but something outside ACI (Logic Apps, Functions) must start them.",
    ),
    "event-driven-scaling": none(ACI_RESTART, "ACI does not start groups on events itself."),
    "batch-jobs": native(ACI_RESTART, "Restart policy Never or OnFailure runs a task to completion."),
    "stateful-volumes": none(
      ACI_YAML,
      "Volumes are Azure Files shares, emptyDir or secrets: not a volume a database can rely on.",
    ),
    "non-container-workloads": none(ACI_OVERVIEW),
    gpu: none(
      ACI_YAML,
      "The container group API only names K80, P100 and V100 GPU SKUs, and GPU groups get no availability zones; this check found no current GPU offering, so GPU work belongs in Container Apps or AKS.",
    ),
    ecosystem: none(ACI_OVERVIEW),
    "custom-scheduling": none(ACI_ZONES, "You can pin a group to an availability zone; Azure picks the host."),
    "policy-enforcement": native(
      AZURE_POLICY_DENY,
      "Azure Policy deny assignments block non-compliant container groups at deployment.",
    ),
    "multi-tenancy": none(ACI_OVERVIEW, "Isolation is by resource group and Azure RBAC."),
    "advanced-networking": none(ACI_OVERVIEW, "A public IP or VNet injection per group; no network policies."),
    "http-ingress": addOn(
      "Azure Application Gateway (or a proxy container in the group)",
      ACI_OVERVIEW,
      "A group gets a public IP and DNS name; TLS termination and routing across groups need something in front.",
    ),
    "tcp-udp-ingress": native(ACI_YAML, "Group ports are TCP or UDP on the group's IP address."),
    "fleet-rollout": none(ACI_OVERVIEW, "ACI runs in Azure regions only."),
  },
  nomad: {
    failover: native(NOMAD, "Allocations from a lost client are rescheduled on other clients."),
    "rolling-updates": native(NOMAD_UPDATE),
    autoscaling: addOn(
      "Nomad Autoscaler",
      NOMAD_AUTOSCALER,
      "The Autoscaler is built and released separately and runs as its own agent; it scales task groups and clients.",
    ),
    "scale-to-zero-http": none(NOMAD_AUTOSCALER, "Nothing holds a request while a stopped job starts."),
    "scale-to-zero-workers": addOn(
      "Nomad Autoscaler",
      NOMAD_SCALING_BLOCK,
      "A task group's scaling block may set min = 0 and follow a metric such as queue depth from an APM plugin.",
    ),
    "event-driven-scaling": addOn(
      "Nomad Autoscaler",
      NOMAD_AUTOSCALER,
      "Periodic jobs (schedules) and parameterized dispatch jobs are native; scaling on queues needs the Autoscaler.",
    ),
    "batch-jobs": native(NOMAD, "batch and sysbatch jobs, periodic and parameterized jobs."),
    "stateful-volumes": native(NOMAD_STATEFUL, "Host volumes, dynamic host volumes and CSI volumes."),
    "non-container-workloads": native(NOMAD_DRIVERS, "exec, raw_exec, Java and QEMU drivers are bundled."),
    gpu: addOn(
      "Nomad NVIDIA device plugin (nomad-device-nvidia)",
      NOMAD_DEVICES,
      "The device plugin framework is native; the NVIDIA plugin is installed separately on each client.",
    ),
    ecosystem: none(
      doc(cite(Seed.whatIsOrchestration, "Orchestration Tools: Other Tools")),
      "Consul service mesh integrates, but there are no Helm charts or operators.",
    ),
    "custom-scheduling": native(NOMAD_SCHEDULING, "constraint, affinity and spread blocks, node pools."),
    "policy-enforcement": edition(
      "Nomad Enterprise (Sentinel)",
      NOMAD_SENTINEL,
      "Policies as code need Sentinel; the community edition only lets a namespace restrict task drivers and network modes at submission.",
    ),
    "multi-tenancy": native(
      NOMAD_NAMESPACES,
      "Namespaces (open source since Nomad 1.0) and ACL policies isolate teams; resource quotas per namespace need Nomad Enterprise.",
    ),
    "advanced-networking": native(
      NOMAD_CNI,
      "CNI plugins and bridge networking; Consul service mesh intentions for service-to-service rules.",
    ),
    "http-ingress": addOn(
      "a load balancer that reads Nomad or Consul service discovery (Traefik, NGINX, HAProxy)",
      NOMAD,
      "Nomad registers services; it does not route HTTP itself.",
    ),
    "tcp-udp-ingress": native(
      NOMAD,
      "Static or dynamic TCP and UDP ports on the client's network; there is no built-in external load balancer.",
    ),
    "fleet-rollout": edition(
      "Nomad Enterprise (multiregion deployments)",
      NOMAD_MULTIREGION,
      "One region's clients may sit at many sites (system jobs, disconnect block); rolling a job out region by region is Enterprise.",
    ),
  },
  paas: {
    failover: native(
      FLY_RESILIENCE,
      "Fly Machines stay on their host: run two or more (Fly Proxy routes around a failed one) or a standby Machine.",
    ),
    "rolling-updates": native(PAAS, "A Render service with a persistent disk deploys without zero downtime."),
    autoscaling: native(
      FLY_AUTOSTOP,
      "Fly starts and stops existing Machines with traffic; Render and Railway scale by plan.",
    ),
    "scale-to-zero-http": native(
      FLY_AUTOSTOP,
      "Fly Proxy stops idle Machines and starts one on the next request (min_machines_running = 0).",
    ),
    "scale-to-zero-workers": none(
      FLY_AUTOSTOP,
      "Fly Proxy wakes Machines only for network requests; a queue worker keeps running or must be started by the Machines API.",
    ),
    "event-driven-scaling": none(
      RENDER_CRON,
      "Schedules only (Render cron jobs); nothing starts containers on queue events.",
    ),
    "batch-jobs": native(RENDER_CRON, "Render cron jobs; one-off Fly Machines."),
    "stateful-volumes": native(
      FLY_VOLUMES,
      "A Fly volume is pinned to one Machine and region and not replicated; a Render service with a disk runs one instance.",
    ),
    "non-container-workloads": none(PAAS, "Code deploys are built into images first."),
    gpu: none(
      FLY_GPU,
      "Fly.io's own docs mark its GPUs deprecated and unavailable after August 1; Render and Railway sell no GPUs.",
    ),
    ecosystem: none(PAAS),
    "custom-scheduling": none(PAAS, "You pick regions; the provider places the instances."),
    "policy-enforcement": none(PAAS),
    "multi-tenancy": none(PAAS, "Isolation is by organization or project."),
    "advanced-networking": none(PAAS, "A managed private network between apps; nothing pluggable."),
    "http-ingress": native(PAAS),
    "tcp-udp-ingress": native(FLY_UDP_TCP, "Fly.io takes TCP and, with a dedicated IPv4 address, UDP."),
    "fleet-rollout": none(PAAS, "Runs in the provider's regions, not on your devices or sites."),
  },
  "iot-edge": {
    failover: none(SEED_EDGE, "The agent restarts modules on the device; work never moves to another device."),
    "rolling-updates": native(
      GREENGRASS_DEPLOY,
      "Deployments roll out across the fleet in stages; each device restarts its own module, with a short gap on that device.",
    ),
    autoscaling: none(IOT_EDGE, "A device runs what is deployed to it."),
    "scale-to-zero-http": none(IOT_EDGE),
    "scale-to-zero-workers": none(IOT_EDGE),
    "event-driven-scaling": native(
      IOT_EDGE_FUNCTIONS,
      "Functions run on the device when a message arrives: AWS Lambda components on Greengrass, Azure Functions modules on IoT Edge; nothing scales past the device.",
    ),
    "batch-jobs": none(IOT_EDGE, "Components and modules are long-running; there is no job scheduler."),
    "stateful-volumes": native(IOT_EDGE_CREATE_OPTIONS, "Docker volumes and bind mounts on the device's own storage."),
    "non-container-workloads": native(
      GREENGRASS_COMPONENTS,
      "Greengrass components run scripts and binaries from their recipe's lifecycle; Azure IoT Edge runs containers only.",
    ),
    gpu: native(
      IOT_EDGE_CREATE_OPTIONS,
      "The device's GPU through Docker create options, with the vendor's container toolkit on the device.",
    ),
    ecosystem: none(IOT_EDGE),
    "custom-scheduling": none(
      IOT_EDGE_AT_SCALE,
      "Deployments target devices by tags or thing groups; there is no placement within a fleet.",
    ),
    "policy-enforcement": none(IOT_EDGE),
    "multi-tenancy": none(IOT_EDGE),
    "advanced-networking": none(IOT_EDGE),
    "http-ingress": addOn(
      "a reverse-proxy module (NGINX or Traefik)",
      IOT_EDGE_CREATE_OPTIONS,
      "Modules publish ports on the device's network; routing by host or path and TLS need a proxy; no load balancing across devices.",
    ),
    "tcp-udp-ingress": native(IOT_EDGE_CREATE_OPTIONS, "PortBindings publish TCP or UDP ports on the device."),
    "fleet-rollout": native(IOT_EDGE_AT_SCALE, "Deployments to thing groups (Greengrass) or device tags (IoT Edge)."),
  },
  mesos: {
    failover: native(MESOS, `Marathon relaunches tasks from a lost agent elsewhere. ${RETIRED}`),
    "rolling-updates": native(MESOS, "Marathon deployments with an upgrade strategy."),
    autoscaling: none(MESOS, "Marathon scales by API call; autoscalers were separate community tools."),
    "scale-to-zero-http": none(MESOS),
    "scale-to-zero-workers": none(MESOS),
    "event-driven-scaling": none(MESOS),
    "batch-jobs": addOn(
      "Chronos or Metronome",
      MESOS,
      "Marathon runs long-running apps; batch and schedules were other Mesos frameworks.",
    ),
    "stateful-volumes": native(MESOS_VOLUMES, "Persistent volumes on reserved disk, which Marathon apps can use."),
    "non-container-workloads": native(MESOS, "The Mesos containerizer runs plain commands and binaries."),
    gpu: native(MESOS_GPU, "NVIDIA GPUs as a resource in the Mesos containerizer; quotas cover GPUs too."),
    ecosystem: none(MESOS, RETIRED),
    "custom-scheduling": native(
      MESOS_SCHEDULING,
      "Two-level scheduling: each framework decides placement; Marathon has constraints.",
    ),
    "policy-enforcement": none(MESOS),
    "multi-tenancy": native(MESOS_QUOTA, "Roles with quotas, weights and reservations share one cluster."),
    "advanced-networking": native(
      MESOS_CNI,
      "CNI support in the Mesos containerizer; policies depend on the CNI plugin.",
    ),
    "http-ingress": addOn("Marathon-LB", MESOS),
    "tcp-udp-ingress": native(MESOS, "Host ports on agents."),
    "fleet-rollout": none(MESOS, RETIRED),
  },
};

/** One platform's capability cells, in CAPABILITY_IDS order. */
export const capabilityCells = (platform: PlatformId): CapabilityCell[] => {
  const row = CAPABILITY_MATRIX[platform];
  if (!row)
    throw new Error(
      `Unknown platform "${String(platform)}": expected one of ${Object.keys(CAPABILITY_MATRIX).join(", ")}`,
    );
  return CAPABILITY_IDS.map((id) => ({ id, ...row[id] }));
};
