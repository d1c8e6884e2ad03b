import { z } from "zod";
import { HostingTarget } from "./answers.ts";
import { CapabilityCell } from "./capability.ts";
import { FEATURE_ROWS } from "./feature-rows.ts";
import { AnyPlatformId } from "./platform-id.ts";

/** A value with the document it comes from. */
const sourced = <T extends z.ZodType>(value: T) => z.object({ value, source: z.string().min(1) });

/**
 * What a platform is and can do, as flags the rules select platforms by
 * (rules name traits instead of listing ids where a property is what matters).
 */
export const Trait = z.enum([
  "single-host",
  "multi-host",
  "cloud-service",
  "provider-service",
  "one-provider",
  "serverless",
  "autoscaling",
  "scales-to-zero",
  "self-healing",
  "rolling-updates",
  "built-in-load-balancer",
  "kubernetes-api",
  "large-ecosystem",
  "mixed-workloads",
  "batch-jobs",
  "event-driven",
  "stateful-workloads",
  "edge-devices",
  "edge-fleet",
  "compose-files",
  "custom-scheduling",
  "policy-enforcement",
  "multi-tenancy",
  "advanced-networking",
  "inactive",
  "self-operated",
]);
export type Trait = z.infer<typeof Trait>;

export const FeatureRow = z.enum(FEATURE_ROWS);
export type FeatureRow = z.infer<typeof FeatureRow>;

export const Limit = z.object({
  text: z.string(),
  maxHosts: z.int().optional(),
  beyond: z
    .enum(["ineligible", "several-clusters"])
    .optional()
    .describe(
      "Past maxHosts: ineligible (the default), or the vendor's answer is to run several clusters, which costs points.",
    ),
  source: z.string().min(1),
});
export type Limit = z.infer<typeof Limit>;

export const Platform = z
  .object({
    id: AnyPlatformId,
    name: z.string(),
    vendor: z.string(),
    summary: z.string(),
    status: z.enum(["active", "inactive"]),
    runsOn: sourced(z.array(HostingTarget)),
    managedFrom: sourced(z.array(HostingTarget))
      .optional()
      .describe("For runtimes on edge devices: the clouds the device fleet is managed from."),
    serviceNames: z
      .partialRecord(HostingTarget, z.object({ name: z.string(), source: z.string().min(1) }))
      .optional()
      .describe("The provider's own service name where the hosting makes it clear (Amazon EKS on AWS)."),
    scope: sourced(z.enum(["single-host", "cluster"])),
    complexity: sourced(z.number().min(0).max(10)),
    capability: sourced(z.number().min(0).max(10)),
    traits: z.array(Trait),
    traitSources: z
      .record(z.string(), z.string().min(1))
      .describe("For every trait, the document that says the platform has it."),
    features: z.object(
      Object.fromEntries(FEATURE_ROWS.map((row) => [row, sourced(z.string())])) as {
        [K in FeatureRow]: ReturnType<typeof sourced<z.ZodString>>;
      },
    ),
    limits: z.array(Limit),
    cannot: z.array(z.object({ text: z.string(), source: z.string().min(1) })),
    capabilities: z
      .array(CapabilityCell)
      .describe("What the platform can do, capability by capability: native, add-on, edition or none (contract v3)."),
    sources: z
      .array(z.object({ title: z.string(), href: z.string().optional() }))
      .optional()
      .describe("For a platform an organisation profile adds: the documents the profile cites for it."),
  })
  .meta({ id: "Platform" });
export type Platform = z.infer<typeof Platform>;
