import { z } from "zod";
import { Answers, QUESTION_IDS } from "./answers.ts";
import { AnyPlatformId } from "./platform-id.ts";

export const Reason = z
  .object({
    text: z.string().describe("One sentence a manager can read."),
    impact: z
      .number()
      .nullable()
      .describe("Score points this reason adds or removes; null when it excludes the platform."),
    source: z.string().min(1).describe("Seed document and section, or a public document's title."),
    href: z
      .string()
      .optional()
      .describe(
        "Where the source can be read: a vendor page, or the app's rendering of a source document at the section.",
      ),
    rule: z.string().optional().describe("The rule that produced this reason."),
    criterion: z
      .enum(["fit", "operability", "capability", "preference", "migration", "guidance", "profile"])
      .optional()
      .describe("The criterion of the value model this reason counts under (see docs/decisions.md)."),
    facts: z
      .record(z.string(), z.unknown())
      .optional()
      .describe("The fact values that made the rule fire, as the engine evaluated them."),
  })
  .meta({ id: "Reason" });
export type Reason = z.infer<typeof Reason>;

/** A built-in question, or an organisation profile's own as `custom.<id>` (the path of its answer). */
export const RequirementQuestion = z
  .union([z.enum(QUESTION_IDS), z.templateLiteral(["custom.", z.string().regex(/^[a-z][a-z0-9-]*$/)])])
  .meta({ id: "RequirementQuestion" });
export type RequirementQuestion = z.infer<typeof RequirementQuestion>;

export const Unmet = z
  .object({
    question: RequirementQuestion,
    text: z.string().describe("The requirement, and what the platform offers instead."),
  })
  .meta({ id: "Unmet" });
export type Unmet = z.infer<typeof Unmet>;

export const RankedPlatform = z
  .object({
    platform: AnyPlatformId,
    name: z.string(),
    rank: z.int().min(1),
    score: z
      .number()
      .min(0)
      .max(100)
      .describe("0-100, a strictly increasing function of points (see docs/decisions.md); 0 when ineligible."),
    points: z
      .number()
      .describe("basePoints plus the sum of the reasons' impacts (to 0.1); ranking and margin follow points."),
    eligible: z.boolean(),
    complexity: z.number().min(0).max(10),
    capability: z.number().min(0).max(10),
    unmet: z
      .array(Unmet)
      .describe("The team's explicit requirements this platform does not meet; empty when it meets all."),
    reasons: z.array(Reason),
  })
  .meta({ id: "RankedPlatform" });
export type RankedPlatform = z.infer<typeof RankedPlatform>;

export const Assumption = z
  .object({
    question: z.enum(QUESTION_IDS),
    value: z.unknown(),
    text: z.string(),
    source: z.string().optional(),
  })
  .meta({ id: "Assumption" });
export type Assumption = z.infer<typeof Assumption>;

export const WhatIf = z
  .object({
    change: Answers.describe("The answers to change, with their new values."),
    recommended: AnyPlatformId,
    text: z.string(),
  })
  .meta({ id: "WhatIf" });
export type WhatIf = z.infer<typeof WhatIf>;

export const GrowthStep = z
  .object({
    dimension: z.enum(["containerCount", "hostCount", "teamSize"]),
    factor: z.int().min(1),
    value: z.int().min(1),
    recommended: AnyPlatformId,
    text: z.string(),
  })
  .meta({ id: "GrowthStep" });
export type GrowthStep = z.infer<typeof GrowthStep>;

export const Requirements = z
  .object({
    capability: z.number().min(0).max(10).describe("The capability these answers need, on the catalogue's 0-10 scale."),
    complexityBudget: z
      .number()
      .min(0)
      .max(10)
      .describe("The complexity this team can carry comfortably, on the same scale."),
    complexityWeight: z.number().min(0).describe("Score points one unit of complexity costs this team."),
  })
  .meta({ id: "Requirements" });
export type Requirements = z.infer<typeof Requirements>;

export const Conflict = z
  .object({
    question: RequirementQuestion,
    text: z
      .string()
      .describe("What was asked, what the recommended platform does instead, and the best option that honours it."),
  })
  .meta({ id: "Conflict" });
export type Conflict = z.infer<typeof Conflict>;

export const IgnoredAnswer = z
  .object({
    question: z.enum(QUESTION_IDS),
    text: z.string().describe("Why this answer was not used: the questionnaire does not ask it on this path."),
  })
  .meta({ id: "IgnoredAnswer" });
export type IgnoredAnswer = z.infer<typeof IgnoredAnswer>;

export const ProfileRef = z
  .object({
    name: z.string(),
    revision: z.union([z.string(), z.number()]),
    hash: z.string(),
  })
  .meta({ id: "ProfileRef" });
export type ProfileRef = z.infer<typeof ProfileRef>;

export const Certainty = z
  .object({
    level: z.enum(["clear", "close", "trade-off", "provisional"]),
    text: z.string().describe("One sentence: how sure the answer is and why."),
  })
  .meta({ id: "Certainty" });
export type Certainty = z.infer<typeof Certainty>;

/** The advisor's answer (contract v1, with additions). */
export const Recommendation = z
  .object({
    recommended: AnyPlatformId,
    ranking: z.array(RankedPlatform),
    assumptions: z.array(Assumption),
    whatIf: z.array(WhatIf),
    growthPath: z.array(GrowthStep).describe("Only the steps where the leader changes, in order of growth."),
    growthSummary: z
      .string()
      .describe("The growth path in one sentence, e.g. that the leader stays best up to 10x on every axis."),
    basePoints: z.number().describe("The points every eligible platform starts from."),
    margin: z.number().min(0).describe("Points between the first and the second platform."),
    scoreMargin: z
      .number()
      .min(0)
      .describe("The score difference between the first and the second eligible platform (what a reader subtracts)."),
    certainty: Certainty,
    conflicts: z.array(Conflict).describe("Explicit answers that the recommended platform does not honour."),
    ignored: z.array(IgnoredAnswer).describe("Answers to questions the questionnaire does not ask on this path."),
    profile: ProfileRef.optional().describe("The organisation profile in force, when there is one."),
    requirements: Requirements,
    answers: Answers.describe("The answers as evaluated: given ones and assumed ones."),
    rulesetVersion: z.string(),
  })
  .meta({ id: "Recommendation" });
export type Recommendation = z.infer<typeof Recommendation>;
