import type { MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import type { AppEnv } from "../app-env.ts";

const EXPOSED = [
  "X-Request-Id",
  "Content-Disposition",
  "RateLimit-Limit",
  "RateLimit-Remaining",
  "RateLimit-Reset",
  "Retry-After",
];

/**
 * CORS for the origins in the allowlist only; an empty list means same origin
 * only (no CORS headers at all). hono's middleware runs just for allowed
 * origins and preflights: it touches the response before the route makes it,
 * which costs @hono/node-server its fast response path on every request.
 */
export const corsAllowlist = (origins: string[]): MiddlewareHandler<AppEnv> => {
  const allowed = new Set(origins);
  const handle = cors({
    origin: (origin) => (allowed.has(origin) ? origin : null),
    exposeHeaders: EXPOSED,
    maxAge: 600,
  });
  return async (c, next) => {
    const origin = c.req.header("origin");
    if (c.req.method === "OPTIONS" || (origin !== undefined && allowed.has(origin))) return handle(c, next);
    await next();
    // Answers differ by Origin as soon as some origin is allowed: shared caches must keep them apart.
    if (allowed.size > 0) c.res.headers.append("Vary", "Origin");
  };
};
