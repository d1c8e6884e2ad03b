import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit as streamingBodyLimit } from "hono/body-limit";
import type { AppEnv } from "../app-env.ts";

/**
 * Refuses bodies over `maxSize` bytes. A declared Content-Length is checked
 * from the header alone: Node's parser never hands over more bytes than it
 * declares, and not touching the body keeps @hono/node-server's fast path
 * (reading the body directly instead of through a web stream), which hono's
 * own middleware gives up. Chunked bodies are counted as they stream, by
 * hono's middleware.
 */
export const bodyLimit = (
  maxSize: number,
  onError: (c: Context<AppEnv>) => Response | Promise<Response>,
): MiddlewareHandler<AppEnv> => {
  const streaming = streamingBodyLimit({ maxSize, onError });
  return async (c, next) => {
    const declared = c.req.header("content-length");
    if (declared !== undefined && c.req.header("transfer-encoding") === undefined) {
      return Number(declared) > maxSize ? onError(c) : next();
    }
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    return streaming(c, next);
  };
};
