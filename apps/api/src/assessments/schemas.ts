import { Answers, PlainText, TeamName, WorkloadId, WorkloadRef } from "@platform-advisor/model";
import { z } from "zod";

// The response shapes (Assessment, AssessmentChanges, AssessmentDetail, AssessmentSummary, AssessmentList,
// Portfolio, WorkloadRef) live in @platform-advisor/model, which the web app reads them from too.
export {
  Assessment,
  AssessmentChanges as Changes,
  AssessmentDetail,
  AssessmentList,
  AssessmentSummary,
  Portfolio,
  WorkloadRef as Workload,
} from "@platform-advisor/model";

export const AssessmentRequest = z
  .strictObject({
    workload: WorkloadRef,
    answers: Answers,
    note: PlainText.max(2000).optional().describe("Free text kept with the assessment, at most 2,000 characters."),
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

export const AssessmentQuery = z.strictObject({
  workload: WorkloadId.optional(),
  team: TeamName.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20).describe("1 to 100, default 20."),
  cursor: z.string().min(1).max(200).optional().describe("The `next` of the previous page."),
});

export const AssessmentId = z.object({
  id: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,100}$/, "must be an id this server handed out (letters, digits, '_' and '-')")
    .describe("The assessment's id, as the Location header of the save gave it."),
});

export const PortfolioQuery = z.strictObject({ team: TeamName.optional() });
