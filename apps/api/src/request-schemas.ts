import { Answers, Recommendation } from "@platform-advisor/model";
import { ADR_STATUSES } from "@platform-advisor/report";
import { z } from "zod";
import { Problem } from "./problem-json.ts";

/** The body of a recommendation or report request. */
export const RecommendationRequest = z
  .strictObject({ answers: Answers })
  .meta({ id: "RecommendationRequest", example: { answers: { teamSize: 8, containerCount: 40, hostCount: 3 } } });
export type RecommendationRequest = z.infer<typeof RecommendationRequest>;

const People = z.array(z.string().trim().min(1).max(200)).max(50).optional();

/** A report request: the answers, and for a decision record (format=adr) who decides, is consulted and is informed. */
export const ReportRequest = z
  .strictObject({
    answers: Answers,
    decisionRecord: z
      .strictObject({
        status: z.enum(ADR_STATUSES).optional().describe("The record's MADR status; proposed when not given."),
        number: z
          .int()
          .min(1)
          .max(9999)
          .optional()
          .describe(
            "The record's number in the team's decision log: the title and file name (0007-...); 1 when not given.",
          ),
        supersedes: z
          .array(z.int().min(1).max(9999))
          .max(20)
          .optional()
          .describe("Numbers of the records this one supersedes (mark those superseded in your log)."),
        decisionMakers: People.describe("Who makes the decision: the ADR's front matter `decision-makers`."),
        consulted: People.describe("Whose opinion is sought (MADR `consulted`)."),
        informed: People.describe("Who is kept up to date (MADR `informed`)."),
      })
      .optional()
      .describe(
        "A decision record's (format=adr) status, number, superseded records and people; other formats ignore it.",
      ),
  })
  .meta({
    id: "ReportRequest",
    example: {
      answers: { teamSize: 8, containerCount: 40, hostCount: 3 },
      decisionRecord: {
        status: "proposed",
        number: 7,
        decisionMakers: ["Platform team lead"],
        consulted: ["SRE"],
        informed: ["Engineering"],
      },
    },
  });
export type ReportRequest = z.infer<typeof ReportRequest>;

export const BATCH_MAX = 1000;

/** One answer set of a batch; `id` is the caller's own label, echoed back. */
export const BatchItem = z
  .strictObject({
    id: z.string().max(200).optional().describe("Your own label for this item (a team id), echoed in its result."),
    answers: Answers,
  })
  .meta({ id: "BatchItem" });
export type BatchItem = z.infer<typeof BatchItem>;

/**
 * The batch envelope. Items are checked one by one after the envelope, so a
 * bad item is rejected on its own instead of failing the whole batch.
 */
export const BatchRequest = z
  .strictObject({
    items: z
      .array(z.unknown().meta({ $ref: "#/components/schemas/BatchItem" }))
      .min(1)
      .max(BATCH_MAX)
      .describe(`1 to ${BATCH_MAX} items, each { id?, answers }.`),
  })
  .meta({ id: "BatchRequest" });

export const BatchResult = z
  .discriminatedUnion("status", [
    z.object({
      index: z.int().min(0).describe("The item's position in the request."),
      id: z.string().optional(),
      status: z.literal(200),
      recommendation: Recommendation,
    }),
    z.object({
      index: z.int().min(0),
      id: z.string().optional(),
      status: z.union([z.literal(400), z.literal(422), z.literal(500)]),
      problem: Problem,
    }),
  ])
  .meta({ id: "BatchResult" });
export type BatchResult = z.infer<typeof BatchResult>;

export const BatchResponse = z
  .object({
    results: z.array(BatchResult).describe("One result per item, in request order."),
    succeeded: z.int().min(0),
    failed: z.int().min(0),
  })
  .meta({ id: "BatchResponse" });
export type BatchResponse = z.infer<typeof BatchResponse>;
