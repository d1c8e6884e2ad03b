import { createRoute, type RouteHandler } from "@hono/zod-openapi";
import { z } from "zod";
import type { AppDeps } from "../app-deps.ts";
import type { AppEnv } from "../app-env.ts";
import { PROBE_PROBLEMS } from "./problem-responses.ts";

/** How long one readiness check may take before it counts as failed: probes time out too. */
const CHECK_TIMEOUT_MS = 2000;

export const Readiness = z
  .object({
    status: z.enum(["ready", "draining", "unavailable"]),
    checks: z.array(z.object({ name: z.string(), ok: z.boolean(), error: z.string().optional() })),
  })
  .meta({ id: "Readiness", example: { status: "ready", checks: [] } });

export const readyRoute = createRoute({
  method: "get",
  path: "/ready",
  operationId: "getReadiness",
  tags: ["Service"],
  summary: "Whether to send this instance traffic",
  description:
    "200 when the instance can serve (every dependency it needs, such as a store, answers); 503 while it shuts down, so load balancers drain it, or while a dependency is unreachable.",
  responses: {
    200: { description: "Ready", content: { "application/json": { schema: Readiness } } },
    503: { description: "Draining or a dependency is down", content: { "application/json": { schema: Readiness } } },
    ...PROBE_PROBLEMS,
  },
});

const run = async ({ name, check }: AppDeps["readiness"][number]) => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([check(), timeout]);
    return { name, ok: true };
  } catch (error) {
    return { name, ok: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
};

export const ready =
  ({ lifecycle, readiness }: Pick<AppDeps, "lifecycle" | "readiness">): RouteHandler<typeof readyRoute, AppEnv> =>
  async (c) => {
    const headers = { "Cache-Control": "no-store" };
    if (lifecycle.draining) return c.json({ status: "draining" as const, checks: [] }, 503, headers);
    const checks = await Promise.all(readiness.map(run));
    return checks.every((check) => check.ok)
      ? c.json({ status: "ready" as const, checks }, 200, headers)
      : c.json({ status: "unavailable" as const, checks }, 503, headers);
  };
