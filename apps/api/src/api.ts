import { OpenAPIHono } from "@hono/zod-openapi";
import type { OrgProfile } from "@platform-advisor/model";
import { profileRef } from "@platform-advisor/rules";
import type { AppDeps } from "./app-deps.ts";
import type { AppEnv } from "./app-env.ts";
import { problemResponse, validationProblem } from "./problem-json.ts";
import type { RecommendationCache } from "./recommendation-cache.ts";
import { BatchItem } from "./request-schemas.ts";
import {
  deleteAssessment,
  deleteAssessmentRoute,
  getAssessment,
  getAssessmentRoute,
  listAssessments,
  listAssessmentsRoute,
  saveAssessment,
  saveAssessmentRoute,
} from "./routes/assessments.ts";
import { batch, batchRoute } from "./routes/batch.ts";
import { platforms, platformsRoute, questions, questionsRoute } from "./routes/catalogue.ts";
import { health, healthRoute } from "./routes/health.ts";
import { portfolio, portfolioRoute } from "./routes/portfolio.ts";
import { profile, profileRoute, profileSchema, profileSchemaRoute } from "./routes/profile.ts";
import { ready, readyRoute } from "./routes/ready.ts";
import { recommendations, recommendationsRoute } from "./routes/recommendations.ts";
import { reports, reportsRoute } from "./routes/reports.ts";

/**
 * The documented API, mounted at /api. Routes are chained so their types add
 * up: `hc<typeof api>` gives a portal a typed client.
 */
export const createApi = (deps: AppDeps, cache: RecommendationCache, orgProfile?: OrgProfile) => {
  const api = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const where = result.target === "query" ? "query string" : "body";
        return problemResponse(
          c,
          validationProblem(result.error, `The request's ${where} does not match the API contract.`),
        );
      }
    },
  })
    .openapi(healthRoute, health)
    .openapi(readyRoute, ready(deps))
    .openapi(questionsRoute, questions(orgProfile))
    .openapi(platformsRoute, platforms(orgProfile))
    .openapi(recommendationsRoute, recommendations(cache))
    .openapi(batchRoute, batch(cache))
    .openapi(reportsRoute, reports(cache, deps.clock, deps.publicUrl, orgProfile))
    .openapi(saveAssessmentRoute, saveAssessment(deps, cache))
    .openapi(listAssessmentsRoute, listAssessments(deps))
    .openapi(getAssessmentRoute, getAssessment(deps, cache))
    .openapi(deleteAssessmentRoute, deleteAssessment(deps))
    .openapi(portfolioRoute, portfolio(deps.store, orgProfile ? profileRef(orgProfile).hash : null))
    .openapi(profileRoute, profile(orgProfile))
    .openapi(profileSchemaRoute, profileSchema);
  // Batch items are validated one by one, so the envelope only points at this schema: register it for the document.
  api.openAPIRegistry.register("BatchItem", BatchItem);
  api.openAPIRegistry.registerComponent("securitySchemes", "bearerAuth", {
    type: "http",
    scheme: "bearer",
    description:
      "A static token from API_TOKENS, or an OpenID Connect access token from OIDC_ISSUER for OIDC_AUDIENCE (RS/ES-signed JWT). `read` for GET, `write` for saving and deleting, `admin` for every team; a caller with teams sees only its teams' assessments. Needed only when the server has tokens or OIDC configured.",
  });
  return api;
};

export type Api = ReturnType<typeof createApi>;
