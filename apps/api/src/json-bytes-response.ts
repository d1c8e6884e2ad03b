import type { Context, TypedResponse } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { JSONParsed } from "hono/utils/types";
import type { JsonBytes } from "./recommendation-cache.ts";

/**
 * Sends JSON that was serialised earlier, typed as `c.json` would type it, so
 * typed clients still see the response's shape.
 */
export const jsonBytesResponse = <T, S extends ContentfulStatusCode>(c: Context, bytes: JsonBytes<T>, status: S) =>
  c.body(bytes, status, { "Content-Type": "application/json" }) as unknown as Response &
    TypedResponse<JSONParsed<T>, S, "json">;
