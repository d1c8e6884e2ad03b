import { OpenAPIHono } from "@hono/zod-openapi";
import { HTTPException } from "hono/http-exception";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { createApi } from "./api.ts";
import { type AppDeps, defaultDeps, withDeps } from "./app-deps.ts";
import type { AppEnv } from "./app-env.ts";
import type { Config } from "./env.ts";
import { createMetrics } from "./metrics.ts";
import { allowedHosts } from "./middleware/allowed-hosts.ts";
import { allowedMethods } from "./middleware/allowed-methods.ts";
import { bearerAuth } from "./middleware/bearer-auth.ts";
import { bodyLimit } from "./middleware/body-limit.ts";
import { clientAddress, rateLimitKey } from "./middleware/client-address.ts";
import { corsAllowlist } from "./middleware/cors-allowlist.ts";
import { rateLimit } from "./middleware/rate-limit.ts";
import { requestLog } from "./middleware/request-log.ts";
import { openApiDocument } from "./openapi-document.ts";
import { PROBLEM_TYPES, problemResponse, statusProblem, statusTitle, storeUnavailable } from "./problem-json.ts";
import { recommendationCache } from "./recommendation-cache.ts";
import { apiDocs } from "./routes/api-docs.ts";
import { metricsRoute } from "./routes/metrics.ts";
import { sources } from "./routes/sources.ts";
import { webApp } from "./routes/web-app.ts";
import { StoreUnavailableError } from "./storage/errors.ts";

const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  // swagger-ui and chart libraries set style attributes.
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", "data:"],
  fontSrc: ["'self'", "data:"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * Builds the whole HTTP application: the API under /api, its OpenAPI document
 * and reference page, and the web app at `/`. Pure of process state: all it
 * knows comes from `config` and `deps`, so tests build as many as they like.
 */
export const createApp = (config: Config, overrides: Partial<AppDeps> = {}) => {
  const deps = withDeps(defaultDeps(config), overrides);
  const metrics = config.metrics ? createMetrics() : undefined;
  const api = createApi(
    deps,
    recommendationCache(deps, config.recommendationCacheSize, metrics?.recommended),
    config.profile,
  );
  const app = new OpenAPIHono<AppEnv>();

  app.use(requestId());
  app.use(requestLog(deps.logger, { started: config.logLevel === "debug" }));
  if (metrics) app.use(metrics.middleware);
  app.use(secureHeaders({ contentSecurityPolicy: CONTENT_SECURITY_POLICY, overwrite: false }));
  app.use("/api/*", corsAllowlist(config.corsOrigins));

  const addressOf = clientAddress(config.trustProxy);
  const limiter = rateLimit({ ...config.rateLimit, key: (c) => rateLimitKey(addressOf(c)) });
  // Health and readiness checks come from the platform's probes, which must never be throttled.
  const probes = new Set(["/api/health", "/api/ready"]);
  app.use(allowedHosts(config.allowedHosts, probes));
  app.use("/api/*", (c, next) => (probes.has(c.req.path) ? next() : limiter(c, next)));
  app.use(
    "/api/*",
    bodyLimit(config.bodyLimitBytes, (c) =>
      problemResponse(c, statusProblem(413, `The body is over the limit of ${config.bodyLimitBytes} bytes.`)),
    ),
  );

  const auth = bearerAuth(config.apiTokens, config.oidc);
  for (const path of ["/api/v1/assessments", "/api/v1/assessments/*", "/api/v1/portfolio"]) app.use(path, auth);

  const routed = app.route("/api", api);

  let document: ReturnType<typeof openApiDocument> | undefined;
  app.get("/api/v1/openapi.json", (c) => {
    document ??= openApiDocument(app, config.publicUrl);
    return c.json(document, 200, { "Cache-Control": "no-cache" });
  });
  app.route(
    "/api/docs",
    apiDocs(() => (document ??= openApiDocument(app, config.publicUrl))),
  );
  app.route("/sources", sources());
  if (metrics) app.openapi(metricsRoute, metrics.scrape);
  app.route("/", webApp(config.webRoot));

  const allowed = allowedMethods(app);
  app.notFound((c) => {
    const methods = allowed(c.req.path);
    if (methods.length > 0) {
      return problemResponse(
        c,
        statusProblem(405, `${c.req.method} is not allowed on ${c.req.path}; use ${methods.join(" or ")}.`),
        { Allow: methods.join(", ") },
      );
    }
    return problemResponse(c, statusProblem(404, `Nothing at ${c.req.method} ${c.req.path}.`));
  });

  app.onError((error, c) => {
    if (error instanceof HTTPException && error.status < 500) {
      const status = error.status as ContentfulStatusCode;
      if (status === 400) {
        return problemResponse(c, {
          type: PROBLEM_TYPES.malformedJson,
          title: "Malformed JSON",
          status,
          detail: "The body is not valid JSON.",
        });
      }
      const detail = status === 415 ? "Send the body as application/json." : error.message || statusTitle(status);
      return problemResponse(c, statusProblem(status, detail));
    }
    // The store logged the cause once when it went away; every request in the outage answers 503.
    if (error instanceof StoreUnavailableError) return storeUnavailable(c);
    c.set("failure", error);
    return problemResponse(
      c,
      statusProblem(500, "Something went wrong on our side. Quote the requestId if you report it; it is in our logs."),
    );
  });

  return routed;
};

export type App = ReturnType<typeof createApp>;
