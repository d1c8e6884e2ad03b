import { z } from "zod";
import { PlatformId } from "./platform-id.ts";

const unique = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .refine((values) => new Set(values).size === values.length, { message: "must not list a value twice" })
    .meta({ uniqueItems: true });

export const Environment = z.enum(["production", "staging", "development"]);
export type Environment = z.infer<typeof Environment>;

export const HostingTarget = z.enum(["aws", "azure", "gcp", "other-cloud", "on-prem", "edge"]);
export type HostingTarget = z.infer<typeof HostingTarget>;

export const Management = z.enum(["serverless", "managed", "self-managed", "no-preference"]);
export type Management = z.infer<typeof Management>;

export const Scaling = z.enum(["fixed", "manual", "automatic", "scale-to-zero"]);
export type Scaling = z.infer<typeof Scaling>;

export const Experience = z.enum(["none", "docker", "swarm", "kubernetes", "nomad", "ecs"]);
export type Experience = z.infer<typeof Experience>;

export const Workload = z.enum(["stateless", "stateful", "batch", "non-container", "event-driven"]);
export type Workload = z.infer<typeof Workload>;

export const Need = z.enum([
  "ecosystem",
  "custom-scheduling",
  "policy-enforcement",
  "multi-tenancy",
  "advanced-networking",
  "gpu",
]);
export type Need = z.infer<typeof Need>;

export const Traffic = z.enum(["http", "tcp-udp", "none"]);
export type Traffic = z.infer<typeof Traffic>;

export const EdgeFootprint = z.enum(["devices", "site-servers"]);
export type EdgeFootprint = z.infer<typeof EdgeFootprint>;

/** Answers to an organisation profile's own questions: question id -> option value(s). */
export const CustomAnswers = z.record(
  z.string().regex(/^[a-z][a-z0-9-]*$/),
  z.union([z.string().min(1), z.array(z.string().min(1))]),
);
export type CustomAnswers = z.infer<typeof CustomAnswers>;

export const CurrentPlatform = z.union([PlatformId, z.literal("none")]);
export type CurrentPlatform = z.infer<typeof CurrentPlatform>;

/** The team's answers (contract v1). Every field is optional; unknown fields are an error. */
export const Answers = z
  .strictObject({
    environment: Environment.optional().describe("Where this deployment is for; assumed production."),
    teamSize: z.int().min(1).max(100_000).optional().describe("Engineers who build and run the workload."),
    containerCount: z
      .int()
      .min(1)
      .max(10_000_000)
      .optional()
      .describe("Containers running at peak, all services and replicas together."),
    hostCount: z
      .int()
      .min(1)
      .max(1_000_000)
      .optional()
      .describe("Machines (VMs, servers, devices) the workload needs; 1 = a single host."),
    hosting: unique(HostingTarget).min(1).optional().describe("Where it must run; two or more clouds = multi-cloud."),
    management: Management.optional().describe("How much infrastructure the team will operate."),
    highAvailability: z.boolean().optional().describe("Must survive the loss of a host without a person acting."),
    scaling: Scaling.optional().describe("How capacity follows load."),
    zeroDowntimeDeploys: z.boolean().optional().describe("Rolling updates with no downtime are required."),
    experience: Experience.optional().describe("The team's deepest hands-on orchestration experience."),
    workloads: unique(Workload).optional().describe("Kinds of work to run."),
    needs: unique(Need).optional().describe("Advanced platform needs."),
    currentPlatform: CurrentPlatform.optional().describe("What runs the workload today."),
    traffic: unique(Traffic).min(1).optional().describe("What reaches the workload from outside."),
    edgeFootprint: EdgeFootprint.optional().describe(
      "At the edge: constrained devices (one host each), or servers and small clusters at each site.",
    ),
    custom: CustomAnswers.optional().describe("Answers to the organisation profile's own questions."),
  })
  .meta({ id: "Answers" });
export type Answers = z.infer<typeof Answers>;

/** Answers with every question filled in: what the rules evaluate. */
export type ResolvedAnswers = Required<Answers>;

/** The built-in questions: every answer field but `custom`, which holds the organisation's own questions. */
export const QUESTION_IDS = Answers.keyof().options.filter(
  (id): id is Exclude<keyof Answers, "custom"> => id !== "custom",
) as [Exclude<keyof Answers, "custom">, ...Exclude<keyof Answers, "custom">[]];
export type QuestionId = (typeof QUESTION_IDS)[number];
