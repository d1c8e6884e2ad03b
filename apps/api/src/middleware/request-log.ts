import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env.ts";
import type { Logger } from "../logger.ts";

const describe = (failure: unknown) =>
  failure instanceof Error
    ? { name: failure.name, message: failure.message, stack: failure.stack }
    : { message: String(failure) };

/**
 * One JSON line per request, written when the response is ready: method, path,
 * status, duration, request id, and for a 500 the error with its stack (which
 * the client never sees).
 */
export const requestLog =
  (log: Logger): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const started = performance.now();
    await next();
    const failure = c.get("failure");
    log({
      level: failure === undefined ? "info" : "error",
      msg: "request",
      requestId: c.get("requestId"),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 100) / 100,
      ...(failure === undefined ? {} : { error: describe(failure) }),
    });
  };
