import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env.ts";

/**
 * Sets Cache-Control on a successful response, chosen by path. (serveStatic's
 * onFound runs after the response is built, too late to add headers to it.)
 */
export const cacheControl =
  (policy: (path: string) => string): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    await next();
    if (c.res.ok) c.res.headers.set("Cache-Control", policy(c.req.path));
  };
