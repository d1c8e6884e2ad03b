import type { Context, TypedResponse } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { JSONParsed } from "hono/utils/types";
import type { EncodedJson } from "./recommendation-cache.ts";

/**
 * Sends JSON that was serialised (and maybe compressed) earlier, typed as
 * `c.json` would type it, so typed clients still see the response's shape.
 */
export const jsonBytesResponse = <T, S extends ContentfulStatusCode>(c: Context, body: EncodedJson<T>, status: S) =>
  c.body(body.bytes, status, {
    "Content-Type": "application/json",
    // The same URL answers compressed or not depending on Accept-Encoding: caches must keep them apart.
    Vary: "Accept-Encoding",
    ...(body.coding ? { "Content-Encoding": body.coding } : {}),
  }) as unknown as Response & TypedResponse<JSONParsed<T>, S, "json">;
