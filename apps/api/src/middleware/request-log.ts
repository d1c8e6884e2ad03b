import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env.ts";
import type { Logger } from "../logger.ts";

/**
 * The error, bounded: the first line of its message (a failed query's message goes on with its parameters,
 * which are request data) and the first frames of its stack.
 */
const describe = (failure: unknown) => {
  const firstLine = (text: string) => {
    const end = text.indexOf("\n");
    return text.slice(0, end === -1 ? 300 : Math.min(end, 300));
  };
  if (!(failure instanceof Error)) return { message: firstLine(String(failure)) };
  const frames = (failure.stack ?? "").split("\n").filter((frame) => frame.trimStart().startsWith("at "));
  return {
    name: failure.name,
    message: firstLine(failure.message),
    stack: frames.slice(0, 8).map((f) => f.trim().slice(0, 200)),
  };
};

/**
 * One JSON line per request, written when the response is ready: method, path,
 * status, duration, request id, and for a 500 the error with its stack (which
 * the client never sees).
 */
export const requestLog =
  (log: Logger, { started: announce = false } = {}): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const started = performance.now();
    // LOG_LEVEL=debug: a line as each request arrives, so a test (or a person) can see what is in flight.
    if (announce) {
      log({
        level: "debug",
        msg: "request started",
        requestId: c.get("requestId"),
        method: c.req.method,
        path: c.req.path,
      });
    }
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
