import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { HOST_PROBLEMS } from "./problem-responses.ts";

export const metricsRoute = createRoute({
  method: "get",
  path: "/metrics",
  operationId: "getMetrics",
  tags: ["Service"],
  summary: "Prometheus metrics",
  description:
    "Prometheus text format: http_requests_total and http_request_duration_seconds by method, route and status; platform_advisor_recommendations_total by recommended platform; platform_advisor_ruleset_info with the ruleset version; process metrics. Served unless METRICS=false.",
  responses: {
    200: {
      description: "The metrics",
      content: { "text/plain; version=0.0.4; charset=utf-8": { schema: z.string() } },
    },
    ...HOST_PROBLEMS,
  },
});
