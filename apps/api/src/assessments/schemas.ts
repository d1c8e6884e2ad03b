import { Answers, PlatformId, ProfileRef, Recommendation } from "@platform-advisor/model";
import { z } from "zod";

const WORKLOAD_ID = /^[A-Za-z0-9._-]{1,100}$/;
const workloadId = z
  .string()
  .regex(WORKLOAD_ID, "must be 1 to 100 letters, digits, '.', '_' or '-'")
  .describe("The workload's id in your catalogue (a Backstage component name): 1-100 of A-Z a-z 0-9 . _ -");
const team = z.string().trim().min(1).max(100).describe("The owning team, as your portal names it.");

export const Workload = z
  .strictObject({
    id: workloadId,
    name: z.string().trim().min(1).max(200).optional().describe("A human name for the workload."),
    team: team.optional(),
  })
  .meta({ id: "Workload", example: { id: "checkout-api", name: "Checkout API", team: "payments" } });

export const AssessmentRequest = z
  .strictObject({
    workload: Workload,
    answers: Answers,
    note: z.string().max(2000).optional().describe("Free text kept with the assessment, at most 2,000 characters."),
  })
  .meta({
    id: "AssessmentRequest",
    example: {
      workload: { id: "checkout-api", name: "Checkout API", team: "payments" },
      answers: { teamSize: 8, containerCount: 40, hostCount: 3, hosting: ["aws"] },
      note: "Quarterly review",
    },
  });
export type AssessmentRequest = z.infer<typeof AssessmentRequest>;

export const Assessment = z
  .object({
    id: z.string().describe("Opaque and unguessable."),
    workload: Workload,
    answers: Answers.describe("The answers as the team gave them."),
    note: z.string().nullable(),
    createdAt: z.iso.datetime(),
    rulesetVersion: z.string().describe("The ruleset that made the stored recommendation."),
    profile: ProfileRef.nullable().describe("The organisation profile in force when it was saved."),
    recommendation: Recommendation.describe("The full recommendation as it was answered."),
  })
  .meta({ id: "Assessment" });

const ReasonChange = z.object({
  platform: PlatformId,
  text: z.string(),
  impact: z.number().nullable(),
  source: z.string(),
});

export const Changes = z
  .object({
    recommended: z.object({ before: PlatformId, after: PlatformId }),
    rulesetVersion: z.object({ before: z.string(), after: z.string() }),
    profile: z.object({ before: ProfileRef.nullable(), after: ProfileRef.nullable() }),
    scores: z
      .array(
        z.object({
          platform: PlatformId,
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
  changes: Changes.optional().describe("Present when today's result differs from the stored one."),
}).meta({ id: "AssessmentDetail" });

export const AssessmentSummary = z
  .object({
    id: z.string(),
    workload: Workload,
    createdAt: z.iso.datetime(),
    rulesetVersion: z.string(),
    recommended: PlatformId,
    score: z.number(),
  })
  .meta({ id: "AssessmentSummary" });

export const AssessmentList = z
  .object({
    items: z.array(AssessmentSummary).describe("Newest first."),
    next: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last page."),
  })
  .meta({ id: "AssessmentList" });

export const AssessmentQuery = z.strictObject({
  workload: workloadId.optional(),
  team: team.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20).describe("1 to 100, default 20."),
  cursor: z.string().min(1).max(200).optional().describe("The `next` of the previous page."),
});

export const AssessmentId = z.object({
  id: z.string().min(1).max(100).describe("The assessment's id, as the Location header of the save gave it."),
});

export const Portfolio = z
  .object({
    workloads: z.int().min(0).describe("Workloads with at least one saved assessment."),
    byRecommended: z.record(z.string(), z.int().min(1)).describe("Workloads per recommended platform."),
    drift: z
      .array(z.object({ workload: Workload, currentPlatform: PlatformId, recommended: PlatformId }))
      .describe("Workloads whose answered current platform differs from their recommendation."),
    stale: z.int().min(0).describe("Latest assessments saved under another ruleset or profile than today's."),
  })
  .meta({ id: "Portfolio" });

export const PortfolioQuery = z.strictObject({ team: team.optional() });
