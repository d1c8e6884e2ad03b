import { z } from "zod";
import type { Need, Scaling, Traffic, Workload } from "./answers.ts";
import { CustomCapabilityId } from "./platform-id.ts";

/**
 * What a platform can do for a stated requirement, as an expert checks it (contract v3): each capability is a
 * level per platform, never a yes/no trait. Requirements name one of these ids; the matrix
 * (capability-matrix.ts) gives every platform's level with the vendor document and the date it was checked.
 */
export const CAPABILITY_IDS = [
  "failover",
  "rolling-updates",
  "autoscaling",
  "scale-to-zero-http",
  "scale-to-zero-workers",
  "event-driven-scaling",
  "batch-jobs",
  "stateful-volumes",
  "non-container-workloads",
  "gpu",
  "ecosystem",
  "custom-scheduling",
  "policy-enforcement",
  "multi-tenancy",
  "advanced-networking",
  "http-ingress",
  "tcp-udp-ingress",
  "fleet-rollout",
] as const;
export const CapabilityId = z.enum(CAPABILITY_IDS);
export type CapabilityId = z.infer<typeof CapabilityId>;

/**
 * `native`: the platform does it as installed or as the service is sold; `add-on`: a named project or component
 * you install and run (KEDA, Knative, Karpenter, Fleet); `edition`: only in a named paid edition (Nomad
 * Enterprise); `none`: not possible on this platform.
 */
export const CapabilityLevel = z.enum(["native", "add-on", "edition", "none"]);
export type CapabilityLevel = z.infer<typeof CapabilityLevel>;

export const CapabilityCell = z
  .object({
    id: z.union([CapabilityId, CustomCapabilityId]),
    level: CapabilityLevel,
    via: z.string().min(1).optional().describe("The add-on or edition that provides it (add-on and edition only)."),
    note: z.string().optional().describe("One sentence an expert would add: what it takes, or what it cannot do."),
    source: z.string().min(1).describe("The vendor document (title) or seed section the level rests on."),
    href: z.string().optional().describe("Where that document can be read."),
    checked: z.iso.date().describe("The date the level was checked against the source."),
  })
  .meta({ id: "CapabilityCell" });
export type CapabilityCell = z.infer<typeof CapabilityCell>;

/** What each capability means, in words a reason can use ("scales HTTP services to zero"). */
export const CAPABILITIES: Record<CapabilityId, { label: string; does: string }> = {
  failover: { label: "Failover", does: "reschedules containers on another host when a host fails" },
  "rolling-updates": { label: "Rolling updates", does: "rolls out new versions with no downtime" },
  autoscaling: { label: "Autoscaling", does: "adds and removes capacity as load changes" },
  "scale-to-zero-http": { label: "Scale to zero (HTTP)", does: "scales HTTP services to zero when idle" },
  "scale-to-zero-workers": {
    label: "Scale to zero (workers)",
    does: "scales queue or event workers to zero when idle",
  },
  "event-driven-scaling": {
    label: "Event-driven scaling",
    does: "starts and scales containers on events (queues, streams, schedules)",
  },
  "batch-jobs": { label: "Batch jobs", does: "runs jobs to completion, on demand or on a schedule" },
  "stateful-volumes": {
    label: "Stateful volumes",
    does: "attaches persistent volumes a database or queue can rely on",
  },
  "non-container-workloads": {
    label: "Non-container workloads",
    does: "runs work that is not a container (VMs, binaries, Java archives) next to containers",
  },
  gpu: { label: "GPUs", does: "schedules containers onto GPUs" },
  ecosystem: { label: "Ecosystem", does: "runs Helm charts, operators and a service mesh" },
  "custom-scheduling": {
    label: "Custom scheduling",
    does: "lets you steer placement (affinity, constraints, custom schedulers)",
  },
  "policy-enforcement": { label: "Policy enforcement", does: "enforces rules at deploy time (admission policies)" },
  "multi-tenancy": { label: "Multi-tenancy", does: "isolates teams within one platform (namespaces, quotas)" },
  "advanced-networking": {
    label: "Advanced networking",
    does: "offers pluggable networking and network policies",
  },
  "http-ingress": { label: "HTTP ingress", does: "routes HTTP, gRPC and WebSocket traffic to services" },
  "tcp-udp-ingress": { label: "TCP/UDP ingress", does: "accepts raw TCP and UDP traffic from outside" },
  "fleet-rollout": { label: "Fleet rollout", does: "rolls containers out to a fleet of devices or sites" },
};

/**
 * The capability each answer value asks for: one table per answer, keyed by every value, so a value added to
 * the answers without saying what it requires is a type error (CONTRIBUTING.md). `null`: nothing is required.
 * The rules (packages/rules/src/rules/capability.json) turn each into a requirement; a test checks they agree.
 */
export const NEED_CAPABILITY: Record<Need, CapabilityId> = {
  ecosystem: "ecosystem",
  "custom-scheduling": "custom-scheduling",
  "policy-enforcement": "policy-enforcement",
  "multi-tenancy": "multi-tenancy",
  "advanced-networking": "advanced-networking",
  gpu: "gpu",
};
export const WORKLOAD_CAPABILITY: Record<Workload, CapabilityId | null> = {
  stateless: null,
  stateful: "stateful-volumes",
  batch: "batch-jobs",
  "non-container": "non-container-workloads",
  "event-driven": "event-driven-scaling",
};
export const TRAFFIC_CAPABILITY: Record<Traffic, CapabilityId | null> = {
  http: "http-ingress",
  "tcp-udp": "tcp-udp-ingress",
  none: null,
};
export const SCALING_CAPABILITY: Record<Scaling, CapabilityId | null> = {
  fixed: null,
  manual: null,
  automatic: "autoscaling",
  "scale-to-zero": "autoscaling",
};
