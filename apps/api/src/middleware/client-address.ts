import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

/**
 * The address a request came from. Behind a proxy that sets X-Forwarded-For
 * (`trustProxy`), its first entry; otherwise the socket's peer. Requests that
 * never crossed a socket (`app.request()` in tests) share the key "local".
 */
export const clientAddress = (c: Context, trustProxy: boolean): string => {
  if (trustProxy) {
    const forwarded = c.req.header("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
  }
  if (!c.env || typeof c.env !== "object" || !("incoming" in c.env || "server" in c.env)) return "local";
  return getConnInfo(c).remote.address ?? "local";
};
