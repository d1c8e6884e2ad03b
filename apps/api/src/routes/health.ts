import { createRoute, type RouteHandler } from "@hono/zod-openapi";
import { RULESET_VERSION } from "@platform-advisor/rules";
import { z } from "zod";
import type { AppEnv } from "../app-env.ts";
import { PROBE_PROBLEMS } from "./problem-responses.ts";

export const Health = z
  .object({ status: z.literal("ok"), rulesetVersion: z.string() })
  .meta({ id: "Health", example: { status: "ok", rulesetVersion: RULESET_VERSION } });

export const healthRoute = createRoute({
  method: "get",
  path: "/health",
  operationId: "getHealth",
  tags: ["Service"],
  summary: "Whether the service is up",
  description: "200 with status ok when the API can answer requests.",
  responses: {
    200: { description: "Ready", content: { "application/json": { schema: Health } } },
    ...PROBE_PROBLEMS,
  },
});

export const health: RouteHandler<typeof healthRoute, AppEnv> = (c) =>
  c.json({ status: "ok" as const, rulesetVersion: RULESET_VERSION }, 200, { "Cache-Control": "no-store" });
