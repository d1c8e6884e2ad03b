import { z } from "zod";
import { Answers } from "./answers.ts";
import { AnyPlatformId, PlatformId } from "./platform-id.ts";
import { ProfileRef, Recommendation } from "./recommendation.ts";

/*
 * Saved assessments as the API stores and answers them: one definition for the API's OpenAPI document, its
 * storage and the web app that reads them.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Text that a store keeps as given: no NUL (PostgreSQL refuses it) and no lone UTF-16 surrogate (which
 * would be stored as U+FFFD, silently changing what was sent).
 */
export const PlainText = z
  .string()
  .refine((value) => !value.includes("\u0000"), "must not contain NUL (\\u0000)")
  .refine((value) => !LONE_SURROGATE.test(value), "must not contain a lone UTF-16 surrogate");

const WORKLOAD_ID = /^[A-Za-z0-9._-]{1,100}$/;
/** A workload's id in the portal's catalogue. */
export const WorkloadId = z
  .string()
  .regex(WORKLOAD_ID, "must be 1 to 100 letters, digits, '.', '_' or '-'")
  .describe("The workload's id in your catalogue (a Backstage component name): 1-100 of A-Z a-z 0-9 . _ -");
/** The owning team's name. */
export const TeamName = PlainText.trim().min(1).max(100).describe("The owning team, as your portal names it.");

export const WorkloadRef = z
  .strictObject({
    id: WorkloadId,
    name: PlainText.trim().min(1).max(200).optional().describe("A human name for the workload."),
    team: TeamName.optional(),
  })
  .meta({ id: "Workload", example: { id: "checkout-api", name: "Checkout API", team: "payments" } });

export const Assessment = z
  .object({
    id: z.string().describe("Opaque and unguessable."),
    workload: WorkloadRef,
    answers: Answers.describe("The answers as the team gave them."),
    note: z.string().nullable(),
    createdAt: z.iso.datetime(),
    rulesetVersion: z.string().describe("The ruleset that made the stored recommendation."),
    profile: ProfileRef.nullable().describe("The organisation profile in force when it was saved."),
    recommendation: Recommendation.describe("The full recommendation as it was answered."),
    createdBy: z
      .string()
      .optional()
      .describe(
        "Who saved it: the static token's name or the OIDC subject (sub); absent when the server has no authentication.",
      ),
  })
  .meta({ id: "Assessment" });

export const ReasonChange = z.object({
  platform: AnyPlatformId,
  text: z.string(),
  impact: z.number().nullable(),
  source: z.string(),
});

export const AssessmentChanges = z
  .object({
    recommended: z.object({ before: AnyPlatformId, after: AnyPlatformId }),
    rulesetVersion: z.object({ before: z.string(), after: z.string() }),
    profile: z.object({ before: ProfileRef.nullable(), after: ProfileRef.nullable() }),
    scores: z
      .array(
        z.object({
          platform: AnyPlatformId,
          before: z.number(),
          after: z.number(),
          eligibleBefore: z.boolean(),
          eligibleAfter: z.boolean(),
        }),
      )
      .describe("Platforms whose score or eligibility changed."),
    reasons: z.object({
      added: z.array(ReasonChange).describe("Reasons today's evaluation gives that the stored one did not."),
      removed: z.array(ReasonChange).describe("Reasons the stored evaluation gave that today's does not."),
    }),
  })
  .meta({ id: "AssessmentChanges" });

export const AssessmentDetail = Assessment.extend({
  current: Recommendation.nullable().describe(
    "The same answers evaluated today, with today's ruleset and profile; null when today's profile leaves no platform eligible.",
  ),
  changes: AssessmentChanges.optional().describe("Present when today's result differs from the stored one."),
}).meta({ id: "AssessmentDetail" });

export const AssessmentSummary = z
  .object({
    id: z.string(),
    workload: WorkloadRef,
    createdAt: z.iso.datetime(),
    rulesetVersion: z.string(),
    recommended: AnyPlatformId,
    score: z.number(),
    createdBy: z.string().optional().describe("Who saved it, when the server knows."),
  })
  .meta({ id: "AssessmentSummary" });

export const AssessmentList = z
  .object({
    items: z.array(AssessmentSummary).describe("Newest first."),
    next: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last page."),
  })
  .meta({ id: "AssessmentList" });

export const Portfolio = z
  .object({
    workloads: z.int().min(0).describe("Workloads with at least one saved assessment."),
    byRecommended: z.record(z.string(), z.int().min(1)).describe("Workloads per recommended platform."),
    drift: z
      .array(z.object({ workload: WorkloadRef, currentPlatform: PlatformId, recommended: AnyPlatformId }))
      .describe("Workloads whose answered current platform differs from their recommendation."),
    stale: z.int().min(0).describe("Latest assessments saved under another ruleset or profile than today's."),
  })
  .meta({ id: "Portfolio" });

export type WorkloadRef = z.infer<typeof WorkloadRef>;
export type Assessment = z.infer<typeof Assessment>;
export type ReasonChange = z.infer<typeof ReasonChange>;
export type AssessmentChanges = z.infer<typeof AssessmentChanges>;
export type AssessmentDetail = z.infer<typeof AssessmentDetail>;
export type AssessmentSummary = z.infer<typeof AssessmentSummary>;
export type AssessmentList = z.infer<typeof AssessmentList>;
export type Portfolio = z.infer<typeof Portfolio>;
