import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { createRoute, type RouteHandler, z } from "@hono/zod-openapi";
import { RecommendationSummary } from "@platform-advisor/model";
import type { TypedResponse } from "hono";
import type { JSONParsed } from "hono/utils/types";
import type { AppEnv } from "../app-env.ts";
import { type Problem, statusProblem, validationProblem } from "../problem-json.ts";
import type { RecommendationCache } from "../recommendation-cache.ts";
import { BATCH_MAX, BatchItem, BatchRequest, BatchResponse, BatchResult } from "../request-schemas.ts";
import { BODY_PROBLEMS } from "./problem-responses.ts";
import { noEligiblePlatform, rejectedByCore, ViewQuery } from "./recommendations.ts";

/**
 * Milliseconds of work between two turns of the event loop, so one big batch cannot starve other requests. A turn
 * can also carry a young-generation collection of the slice's strings (6 to 12 ms measured in a 1,000-item batch):
 * at 10 ms the longest turns measured 23 to 34 ms in-process, at 5 ms 15 to 21 ms, for the same items per second.
 */
const SLICE_MS = 5;

const [answered, rejected] = BatchResult.options;

/** The batch response of `view=summary`: each answered item carries the compact view. */
export const BatchSummaryResponse = z
  .object({
    results: z
      .array(
        z
          .discriminatedUnion("status", [answered.extend({ recommendation: RecommendationSummary }), rejected])
          .meta({ id: "BatchSummaryResult" }),
      )
      .describe("One result per item, in request order."),
    succeeded: BatchResponse.shape.succeeded,
    failed: BatchResponse.shape.failed,
  })
  .meta({ id: "BatchSummaryResponse" });

export const batchRoute = createRoute({
  method: "post",
  path: "/v1/recommendations/batch",
  operationId: "recommendBatch",
  tags: ["Recommendations"],
  summary: `Recommend for up to ${BATCH_MAX} answer sets at once`,
  description:
    "Each item is answered or rejected on its own: a bad item gets a 400 problem in its result and the others still get their recommendation. The response is 200 whenever the envelope is valid; check each result's `status`. `view=summary` gives each answered item the compact view.",
  request: { query: ViewQuery, body: { required: true, content: { "application/json": { schema: BatchRequest } } } },
  responses: {
    200: {
      description: "One result per item, in order (BatchSummaryResponse for `view=summary`)",
      content: { "application/json": { schema: z.union([BatchResponse, BatchSummaryResponse]) } },
    },
    ...BODY_PROBLEMS,
  },
});

const echoedId = (item: unknown): { id?: string } => {
  if (typeof item !== "object" || item === null || !("id" in item)) return {};
  return typeof item.id === "string" ? { id: item.id } : {};
};

const encoder = new TextEncoder();

/** A body sent piece by piece, each encoded when the connection asks for more. */
const streamed = (parts: readonly string[]) => {
  let next = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (next < parts.length) controller.enqueue(encoder.encode(parts[next++]));
      else controller.close();
    },
  });
};

export const batch =
  ({
    recommend,
    recommendSummary,
  }: Pick<RecommendationCache, "recommend" | "recommendSummary">): RouteHandler<typeof batchRoute, AppEnv> =>
  async (c) => {
    const { items } = c.req.valid("json");
    const summary = c.req.valid("query").view === "summary";
    const instance = c.req.path;
    // Each slice is decided and serialised between two turns of the event loop, and the body is sent slice by
    // slice: one JSON.stringify of 1,000 recommendations (about 19 MB) would block other requests for 100 ms.
    const chunks: string[] = [];
    let slice: string[] = [];
    let sliceStarted = performance.now();
    let succeeded = 0;
    const add = (result: BatchResult | z.infer<typeof BatchSummaryResponse>["results"][number]) => {
      if (result.status === 200) succeeded++;
      slice.push(JSON.stringify(result));
    };
    for (const [index, item] of items.entries()) {
      if (slice.length > 0 && performance.now() - sliceStarted > SLICE_MS) {
        chunks.push(slice.join(","));
        slice = [];
        await yieldToEventLoop();
        sliceStarted = performance.now();
      }
      const id = echoedId(item);
      const failed = (status: 400 | 422 | 500, problem: Problem): BatchResult => ({
        index,
        ...id,
        status,
        problem: { ...problem, instance: `${instance}#/items/${index}`, requestId: c.get("requestId") },
      });
      const parsed = BatchItem.safeParse(item);
      if (!parsed.success) {
        add(failed(400, validationProblem(parsed.error, `Item ${index} does not match the contract.`)));
        continue;
      }
      try {
        const { answers } = parsed.data;
        add(
          summary
            ? { index, ...id, status: 200, recommendation: await recommendSummary(answers) }
            : { index, ...id, status: 200, recommendation: await recommend(answers) },
        );
      } catch (error) {
        const rejected = rejectedByCore(error) ?? noEligiblePlatform(error);
        if (rejected) {
          add(failed(rejected.status, rejected));
          continue;
        }
        // The request's log line reports the first such bug with its stack.
        if (c.get("failure") === undefined) c.set("failure", error);
        add(failed(500, statusProblem(500, "This item hit a bug on our side; the others are unaffected.")));
      }
    }
    if (slice.length > 0) chunks.push(slice.join(","));
    // The same bytes as c.json({ results, succeeded, failed }).
    const parts = [
      '{"results":[',
      ...chunks.flatMap((chunk, k) => (k > 0 ? [",", chunk] : [chunk])),
      `],"succeeded":${succeeded},"failed":${items.length - succeeded}}`,
    ];
    // Typed as c.json would type it, so typed clients still see the response's shape.
    return c.body(streamed(parts), 200, { "Content-Type": "application/json" }) as unknown as Response &
      TypedResponse<JSONParsed<BatchResponse | z.infer<typeof BatchSummaryResponse>>, 200, "json">;
  };
