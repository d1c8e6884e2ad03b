import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppDeps } from "../app-deps.ts";
import type { AppEnv } from "../app-env.ts";
import { compareRecommendations } from "../assessments/changes.ts";
import {
  AssessmentDetail,
  AssessmentId,
  AssessmentList,
  AssessmentQuery,
  AssessmentRequest,
  Assessment as AssessmentSchema,
} from "../assessments/schemas.ts";
import { canSee, visibleTeams } from "../auth/caller.ts";
import { PROBLEM_TYPES, Problem, problemResponse, statusProblem } from "../problem-json.ts";
import type { RecommendationCache } from "../recommendation-cache.ts";
import { type AssessmentStore, InvalidCursorError } from "../storage/assessments.ts";
import {
  AUTH_PROBLEMS,
  BEARER_SECURITY,
  BODY_PROBLEMS,
  COMMON_PROBLEMS,
  DECISION_PROBLEMS,
} from "./problem-responses.ts";
import { noEligiblePlatform, rejectedByCore } from "./recommendations.ts";

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: Problem } },
});
const NOT_FOUND = { 404: problem("No assessment has this id (or it was deleted).") };
const NO_STORAGE = { 503: problem("This server was started without storage.") };
const QUERY_PROBLEMS = {
  400: problem("A query parameter is out of range (limit 1-100) or the cursor is not one of ours."),
};

export const saveAssessmentRoute = createRoute({
  method: "post",
  path: "/v1/assessments",
  operationId: "saveAssessment",
  tags: ["Assessments"],
  summary: "Save an assessment of a workload",
  description:
    "Evaluates the answers, stores them with the full recommendation, the ruleset version and the organisation profile in force, and answers 201 once it is on disk.",
  security: BEARER_SECURITY,
  request: { body: { required: true, content: { "application/json": { schema: AssessmentRequest } } } },
  responses: {
    201: {
      description: "Saved; `Location` is its URL",
      headers: z.object({ Location: z.string().describe("/api/v1/assessments/{id}") }),
      content: { "application/json": { schema: AssessmentSchema } },
    },
    ...BODY_PROBLEMS,
    ...AUTH_PROBLEMS,
    ...DECISION_PROBLEMS,
    ...NO_STORAGE,
  },
});

export const getAssessmentRoute = createRoute({
  method: "get",
  path: "/v1/assessments/{id}",
  operationId: "getAssessment",
  tags: ["Assessments"],
  summary: "Read a saved assessment, re-evaluated today",
  description:
    "The stored assessment, plus `current`: the same answers evaluated with today's ruleset and profile. When the result differs, `changes` gives the recommended platform before and after, score changes per platform, the reasons added and removed, and the ruleset versions on each side.",
  security: BEARER_SECURITY,
  request: { params: AssessmentId },
  responses: {
    200: { description: "The assessment", content: { "application/json": { schema: AssessmentDetail } } },
    ...NOT_FOUND,
    ...AUTH_PROBLEMS,
    ...COMMON_PROBLEMS,
    ...NO_STORAGE,
  },
});

export const listAssessmentsRoute = createRoute({
  method: "get",
  path: "/v1/assessments",
  operationId: "listAssessments",
  tags: ["Assessments"],
  summary: "List saved assessments, newest first",
  description: "Filter by workload id or team; page with `limit` (1-100, default 20) and the `next` cursor.",
  security: BEARER_SECURITY,
  request: { query: AssessmentQuery },
  responses: {
    200: { description: "One page", content: { "application/json": { schema: AssessmentList } } },
    ...QUERY_PROBLEMS,
    ...AUTH_PROBLEMS,
    ...COMMON_PROBLEMS,
    ...NO_STORAGE,
  },
});

export const deleteAssessmentRoute = createRoute({
  method: "delete",
  path: "/v1/assessments/{id}",
  operationId: "deleteAssessment",
  tags: ["Assessments"],
  summary: "Delete a saved assessment",
  security: BEARER_SECURITY,
  request: { params: AssessmentId },
  responses: {
    204: { description: "Deleted" },
    ...NOT_FOUND,
    ...AUTH_PROBLEMS,
    ...COMMON_PROBLEMS,
    ...NO_STORAGE,
  },
});

const noStorage = (c: Context) =>
  problemResponse(c, statusProblem(503, "Saved assessments need storage, and this server was started without it."));
const notFound = (c: Context, id: string) =>
  problemResponse(c, statusProblem(404, `No assessment has the id ${JSON.stringify(id)}.`));

type Deps = { store?: AssessmentStore | undefined; clock: AppDeps["clock"] };

export const saveAssessment =
  (
    { store, clock }: Deps,
    { recommend }: Pick<RecommendationCache, "recommend">,
  ): RouteHandler<typeof saveAssessmentRoute, AppEnv> =>
  async (c) => {
    if (!store) return noStorage(c);
    const body = c.req.valid("json");
    const caller = c.get("caller");
    if (caller && caller.teams !== "all" && !canSee(caller, body.workload.team)) {
      const yours =
        caller.teams.length > 0 ? `one of yours: ${caller.teams.join(", ")}` : "but your token names no team";
      return problemResponse(
        c,
        statusProblem(
          403,
          body.workload.team === undefined
            ? `Name the workload's team (workload.team), ${yours}.`
            : `You may not save for the team ${JSON.stringify(body.workload.team)}; workload.team must be ${yours}.`,
        ),
      );
    }
    let recommendation: Awaited<ReturnType<typeof recommend>>;
    try {
      recommendation = await recommend(body.answers);
    } catch (error) {
      const rejected = rejectedByCore(error) ?? noEligiblePlatform(error);
      if (rejected) return problemResponse(c, rejected);
      throw error;
    }
    const saved = await store.save({ ...body, createdBy: caller?.id }, recommendation, clock());
    return c.json(saved, 201, { Location: `/api/v1/assessments/${saved.id}` });
  };

export const getAssessment =
  (
    { store }: Deps,
    { recommend }: Pick<RecommendationCache, "recommend">,
  ): RouteHandler<typeof getAssessmentRoute, AppEnv> =>
  async (c) => {
    if (!store) return noStorage(c);
    const { id } = c.req.valid("param");
    const stored = await store.get(id);
    // Another team's assessment is answered as if it did not exist, so ids say nothing to outsiders.
    if (!stored || !canSee(c.get("caller"), stored.workload.team)) return notFound(c, id);
    let current: Awaited<ReturnType<typeof recommend>> | null = null;
    try {
      current = await recommend(stored.answers);
    } catch (error) {
      // Today's rules may refuse what was saved (answers to questions no profile defines any more): the saved
      // assessment is still served, with no current evaluation.
      if (!noEligiblePlatform(error) && !rejectedByCore(error)) throw error;
    }
    const changes = current ? compareRecommendations(stored.recommendation, current) : undefined;
    return c.json({ ...stored, current, ...(changes ? { changes } : {}) }, 200, { "Cache-Control": "no-store" });
  };

export const listAssessments =
  ({ store }: Deps): RouteHandler<typeof listAssessmentsRoute, AppEnv> =>
  async (c) => {
    if (!store) return noStorage(c);
    const query = c.req.valid("query");
    const teams = visibleTeams(c.get("caller"), query.team);
    try {
      return c.json(await store.list({ ...query, teams }), 200, { "Cache-Control": "no-store" });
    } catch (error) {
      if (!(error instanceof InvalidCursorError)) throw error;
      return problemResponse(c, {
        type: PROBLEM_TYPES.validation,
        title: "Invalid request",
        status: 400,
        detail: error.message,
        errors: [{ path: "cursor", message: error.message }],
      });
    }
  };

export const deleteAssessment =
  ({ store }: Deps): RouteHandler<typeof deleteAssessmentRoute, AppEnv> =>
  async (c) => {
    if (!store) return noStorage(c);
    const { id } = c.req.valid("param");
    const caller = c.get("caller");
    if (caller && caller.teams !== "all") {
      const stored = await store.get(id);
      if (!stored || !canSee(caller, stored.workload.team)) return notFound(c, id);
    }
    if (!(await store.remove(id))) return notFound(c, id);
    return c.body(null, 204);
  };
