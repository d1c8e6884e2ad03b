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
  "operated-for-you",
  "internal-kubernetes",
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

/** The hosting targets a limit or a drawback applies to; without it, it applies wherever the platform runs. */
const onlyOn = z
  .array(HostingTarget)
  .min(1)
  .optional()
  .describe("Applies only where the team hosts on one of these (an on-prem edition's drawback, say).");

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
  hosting: onlyOn,
});
export type Limit = z.infer<typeof Limit>;

const sourcedText = z.object({ text: z.string().min(1), source: z.string().min(1) });

const featureOverrides = z
  .object(
    Object.fromEntries(FEATURE_ROWS.map((row) => [row, sourced(z.string()).optional()])) as {
      [K in FeatureRow]: z.ZodOptional<ReturnType<typeof sourced<z.ZodString>>>;
    },
  )
  .describe("The rows that read differently on this hosting, each with the provider's own document.");

/**
 * The provider's own service on one hosting target (Amazon EKS on AWS, Azure IoT Edge on Azure): its name, and
 * what reads differently there than for the platform as a whole, each with that provider's document.
 */
export const HostedService = z
  .object({
    name: z.string(),
    source: z.string().min(1),
    vendor: z.string().optional().describe('Who provides it on this hosting ("Google Cloud" for GKE).'),
    operations: sourcedText.optional().describe("Who runs what on this hosting, in one sentence."),
    lockIn: sourcedText.optional().describe("What ties a deployment to this provider, and what leaving it takes."),
    features: featureOverrides.optional(),
  })
  .meta({ id: "HostedService" });
export type HostedService = z.infer<typeof HostedService>;

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
      .partialRecord(HostingTarget, HostedService)
      .optional()
      .describe(
        "The provider's own service where the hosting makes it clear (Amazon EKS on AWS): its name and, where they differ from the platform's, its vendor, who runs what, lock-in and features.",
      ),
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
    cannot: z.array(z.object({ text: z.string(), source: z.string().min(1), hosting: onlyOn })),
    operations: sourcedText
      .optional()
      .describe("Who runs what, in one sentence, where the platform's traits alone would say it wrong."),
    lockIn: sourcedText
      .optional()
      .describe("What ties a deployment to the platform's provider, where `runs only on` would not say it."),
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
