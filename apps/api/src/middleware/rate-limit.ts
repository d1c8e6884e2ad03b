import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env.ts";
import { problemResponse, statusProblem } from "../problem-json.ts";

export type RateLimitOptions = {
  /** Requests each client may make per window; 0 turns the limiter off. */
  max: number;
  windowMs: number;
  /** Clients counted apart in one window; those past it share one budget, so memory stays bounded. */
  maxClients: number;
  /** Who the request counts against, usually the client address. */
  key: (c: Parameters<MiddlewareHandler<AppEnv>>[0]) => string;
  now?: () => number;
};

/** The key that clients past `maxClients` share; it cannot be an address. */
export const OVERFLOW_KEY = "(overflow)";

export type RateLimiter = MiddlewareHandler<AppEnv> & {
  /** Clients counted in the current window (at most `maxClients` + 1). */
  clients: () => number;
};

/**
 * Fixed-window rate limiting per client, in memory (one process). The counters
 * of a window are dropped when the next one starts, and one window counts at
 * most `maxClients` clients apart: a flood of new addresses shares one budget
 * instead of growing the table. Answers 429 problem+json with Retry-After, and
 * tells every client its budget in RateLimit-* headers (IETF draft).
 */
export const rateLimit = ({ max, windowMs, maxClients, key, now = Date.now }: RateLimitOptions): RateLimiter => {
  let windowStart = 0;
  let counts = new Map<string, number>();
  const limiter: MiddlewareHandler<AppEnv> = async (c, next) => {
    if (max === 0) return next();
    const time = now();
    const start = time - (time % windowMs);
    if (start !== windowStart) {
      windowStart = start;
      counts = new Map();
    }
    const address = key(c);
    const client = counts.has(address) || counts.size < maxClients ? address : OVERFLOW_KEY;
    const used = (counts.get(client) ?? 0) + 1;
    counts.set(client, used);
    const resetSeconds = Math.ceil((start + windowMs - time) / 1000);
    const headers = {
      "RateLimit-Limit": String(max),
      "RateLimit-Remaining": String(Math.max(0, max - used)),
      "RateLimit-Reset": String(resetSeconds),
    };
    if (used > max) {
      return problemResponse(
        c,
        statusProblem(
          429,
          `More than ${max} requests in ${windowMs / 1000} s from this client; retry in ${resetSeconds} s.`,
        ),
        { ...headers, "Retry-After": String(resetSeconds) },
      );
    }
    await next();
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  };
  return Object.assign(limiter, { clients: () => counts.size });
};
