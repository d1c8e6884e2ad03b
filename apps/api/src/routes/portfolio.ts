import { createRoute, type RouteHandler } from "@hono/zod-openapi";
import { RULESET_VERSION } from "@platform-advisor/rules";
import type { AppEnv } from "../app-env.ts";
import { portfolioOf } from "../assessments/portfolio.ts";
import { Portfolio, PortfolioQuery } from "../assessments/schemas.ts";
import { visibleTeams } from "../auth/caller.ts";
import { Problem, problemResponse, statusProblem } from "../problem-json.ts";
import type { AssessmentStore } from "../storage/assessments.ts";
import { AUTH_PROBLEMS, BEARER_SECURITY, COMMON_PROBLEMS } from "./problem-responses.ts";

export const portfolioRoute = createRoute({
  method: "get",
  path: "/v1/portfolio",
  operationId: "getPortfolio",
  tags: ["Assessments"],
  summary: "The portfolio over each workload's latest assessment",
  description:
    "How many workloads recommend each platform (the platforms a platform team must support), which run today on another platform than recommended (`drift`: the teams to talk to), and how many were saved under an older ruleset or profile (`stale`).",
  security: BEARER_SECURITY,
  request: { query: PortfolioQuery },
  responses: {
    200: { description: "The portfolio", content: { "application/json": { schema: Portfolio } } },
    400: { description: "A bad team filter", content: { "application/problem+json": { schema: Problem } } },
    503: { description: "No storage", content: { "application/problem+json": { schema: Problem } } },
    ...AUTH_PROBLEMS,
    ...COMMON_PROBLEMS,
  },
});

export const portfolio =
  (store: AssessmentStore | undefined, profileHash: string | null): RouteHandler<typeof portfolioRoute, AppEnv> =>
  async (c) => {
    if (!store) return problemResponse(c, statusProblem(503, "The portfolio needs storage, and this server has none."));
    const { team } = c.req.valid("query");
    const teams = visibleTeams(c.get("caller"), team);
    const latest = await store.latestPerWorkload(team, { teams });
    return c.json(portfolioOf(latest, { rulesetVersion: RULESET_VERSION, profileHash }), 200, {
      "Cache-Control": "no-store",
    });
  };
