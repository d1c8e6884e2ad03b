import { createRoute, type RouteHandler } from "@hono/zod-openapi";
import { Recommendation, RecommendationSummary } from "@platform-advisor/model";
import { NoEligiblePlatformError } from "@platform-advisor/rules";
import { ZodError, z } from "zod";
import { preferredCoding } from "../accept-encoding.ts";
import type { AppEnv } from "../app-env.ts";
import { jsonBytesResponse } from "../json-bytes-response.ts";
import { PROBLEM_TYPES, problemResponse, validationProblem } from "../problem-json.ts";
import type { RecommendationCache } from "../recommendation-cache.ts";
import { RecommendationRequest } from "../request-schemas.ts";
import { BODY_PROBLEMS, DECISION_PROBLEMS } from "./problem-responses.ts";

/** `?view=`: the whole recommendation, or the compact view for badges, scorecards and CI gates (contract v3). */
export const ViewQuery = z.object({
  view: z
    .enum(["full", "summary"])
    .default("full")
    .describe(
      "`full` (the default): the whole recommendation, every platform with its reasons. `summary`: the compact view (RecommendationSummary): the pick, its certainty and margins, conflicts, and the ranking without reasons.",
    ),
});
export type View = z.infer<typeof ViewQuery>["view"];

export const recommendationsRoute = createRoute({
  method: "post",
  path: "/v1/recommendations",
  operationId: "recommend",
  tags: ["Recommendations"],
  summary: "Recommend a platform for one set of answers",
  description:
    "Ranks every platform of the catalogue for the answers: eligible ones first by score, each with its reasons and their sources; the assumptions made for missing answers; the smallest changes that would change the recommendation; the growth path. The same answers and ruleset always give the same result. `view=summary` answers the compact view instead.",
  request: {
    query: ViewQuery,
    body: { required: true, content: { "application/json": { schema: RecommendationRequest } } },
  },
  responses: {
    200: {
      description: "The recommendation (`view=full`), or its compact view (`view=summary`)",
      content: { "application/json": { schema: z.union([Recommendation, RecommendationSummary]) } },
    },
    ...BODY_PROBLEMS,
    ...DECISION_PROBLEMS,
  },
});

/**
 * The decision core validates again and throws a ZodError on bad input; the
 * edge has validated already, so this only happens if the two disagree, and it
 * is still the client's input at fault: a 400, not a 500.
 */
export const rejectedByCore = (error: unknown) =>
  error instanceof ZodError
    ? validationProblem(error, "The decision core rejected the answers.", ["answers"])
    : undefined;

/** An organisation profile can leave no platform eligible: the answers are fine, the decision has no answer (422). */
export const noEligiblePlatform = (error: unknown) =>
  error instanceof NoEligiblePlatformError
    ? {
        type: PROBLEM_TYPES.noEligiblePlatform,
        title: "No eligible platform",
        status: 422 as const,
        detail:
          "The organisation profile in force leaves no platform eligible for these answers; see GET /api/v1/profile, or ask the platform team.",
      }
    : undefined;

export const recommendations =
  ({
    recommendJson,
    recommendSummaryJson,
  }: Pick<RecommendationCache, "recommendJson" | "recommendSummaryJson">): RouteHandler<
    typeof recommendationsRoute,
    AppEnv
  > =>
  async (c) => {
    const { answers } = c.req.valid("json");
    try {
      if (c.req.valid("query").view === "summary") {
        return jsonBytesResponse(c, await recommendSummaryJson(answers), 200);
      }
      return jsonBytesResponse(c, await recommendJson(answers, preferredCoding(c.req.header("accept-encoding"))), 200);
    } catch (error) {
      const problem = rejectedByCore(error) ?? noEligiblePlatform(error);
      if (problem) return problemResponse(c, problem);
      throw error;
    }
  };
