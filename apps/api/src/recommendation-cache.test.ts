import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { type Answers, type Recommendation, summarise } from "@platform-advisor/model";
import { sampleRecommendation } from "@platform-advisor/report/test-fixture";
import { describe, expect, it } from "vitest";
import { recommendationCache } from "./recommendation-cache.ts";

/** A decision that records which view was decided for which answers, and fails for a team of 13. */
const counting = () => {
  const calls: Answers[] = [];
  const summaryCalls: Answers[] = [];
  const recommend = async (answers: Answers): Promise<Recommendation> => {
    calls.push(answers);
    if (answers.teamSize === 13) throw new Error("unlucky");
    return { ...sampleRecommendation(), answers };
  };
  const recommendSummary = async (answers: Answers) => {
    summaryCalls.push(answers);
    if (answers.teamSize === 13) throw new Error("unlucky");
    return summarise(sampleRecommendation());
  };
  return { calls, summaryCalls, decide: { recommend, recommendSummary } };
};

const parsed = (bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(bytes));

describe("recommendationCache", () => {
  it("decides each answer set once and serves repeats from memory", async () => {
    const { calls, decide } = counting();
    const cache = recommendationCache(decide, 10);
    const first = await cache.recommend({ teamSize: 5 });
    const again = await cache.recommend({ teamSize: 5 });
    // Kept as bytes: a repeat is an equal, fresh copy, so no caller can change what another one gets.
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
    await cache.recommendJson({ teamSize: 5 }, null);
    await cache.recommendJson({ teamSize: 5 }, "gzip");
    await cache.recommendJson({ teamSize: 5 }, "br");
    expect(calls).toHaveLength(1);
  });

  it("serves the JSON of the same recommendation, plain, gzipped or in brotli", async () => {
    const cache = recommendationCache(counting().decide, 10);
    const expected = await cache.recommend({ teamSize: 7 });
    const plain = await cache.recommendJson({ teamSize: 7 }, null);
    expect(plain.coding).toBeNull();
    expect(parsed(plain.bytes)).toEqual(expected);
    const zipped = await cache.recommendJson({ teamSize: 7 }, "gzip");
    expect(zipped.coding).toBe("gzip");
    expect(zipped.bytes.byteLength).toBeLessThan(plain.bytes.byteLength);
    expect(JSON.parse(gunzipSync(zipped.bytes).toString())).toEqual(expected);
    const brotli = await cache.recommendJson({ teamSize: 7 }, "br");
    expect(brotli.coding).toBe("br");
    expect(brotli.bytes.byteLength).toBeLessThan(plain.bytes.byteLength);
    expect(JSON.parse(brotliDecompressSync(brotli.bytes).toString())).toEqual(expected);
  });

  it("decides the compact view with its own function, once per answer set, apart from the full view", async () => {
    const { calls, summaryCalls, decide } = counting();
    const cache = recommendationCache(decide, 10);
    const summary = await cache.recommendSummary({ teamSize: 5 });
    expect(summary).toEqual(summarise(sampleRecommendation()));
    const again = await cache.recommendSummary({ teamSize: 5 });
    expect(again).toEqual(summary);
    expect(again).not.toBe(summary);
    const json = await cache.recommendSummaryJson({ teamSize: 5 });
    expect(json.coding).toBeNull();
    expect(parsed(json.bytes)).toEqual(summary);
    expect(summaryCalls).toHaveLength(1);
    // The full view is not cut from the summary, nor the summary from the full view: each is decided once.
    expect(calls).toHaveLength(0);
    await cache.recommendJson({ teamSize: 5 }, null);
    await cache.recommendJson({ teamSize: 5 }, "br");
    await cache.recommendSummaryJson({ teamSize: 5 });
    expect(calls).toHaveLength(1);
    expect(summaryCalls).toHaveLength(1);
  });

  it("forgets the least recently used answers beyond its size, whichever view was asked", async () => {
    const { calls, summaryCalls, decide } = counting();
    const cache = recommendationCache(decide, 2);
    await cache.recommend({ teamSize: 1 });
    await cache.recommend({ teamSize: 2 });
    await cache.recommend({ teamSize: 1 });
    await cache.recommendSummary({ teamSize: 3 });
    await cache.recommend({ teamSize: 1 });
    await cache.recommend({ teamSize: 2 });
    await cache.recommendSummary({ teamSize: 3 });
    expect(calls.map((answers) => answers.teamSize)).toEqual([1, 2, 2]);
    expect(summaryCalls.map((answers) => answers.teamSize)).toEqual([3, 3]);
  });

  it("does not remember failures, in either view", async () => {
    const { calls, summaryCalls, decide } = counting();
    const cache = recommendationCache(decide, 10);
    await expect(cache.recommend({ teamSize: 13 })).rejects.toThrow("unlucky");
    await expect(cache.recommend({ teamSize: 13 })).rejects.toThrow("unlucky");
    await expect(cache.recommendSummaryJson({ teamSize: 13 })).rejects.toThrow("unlucky");
    await expect(cache.recommendSummary({ teamSize: 13 })).rejects.toThrow("unlucky");
    expect(calls).toHaveLength(2);
    expect(summaryCalls).toHaveLength(2);
  });

  it("tells `served` of every recommendation handed out, in either view, kept or not", async () => {
    const served: string[] = [];
    const cache = recommendationCache(counting().decide, 10, ({ recommended }) => served.push(recommended));
    await cache.recommend({ teamSize: 5 });
    await cache.recommendJson({ teamSize: 5 }, "gzip");
    await cache.recommendSummary({ teamSize: 5 });
    await cache.recommendSummaryJson({ teamSize: 5 });
    expect(served).toEqual(Array(4).fill(sampleRecommendation().recommended));
  });

  it("decides every time, uncompressed, when its size is 0", async () => {
    const { calls, summaryCalls, decide } = counting();
    const cache = recommendationCache(decide, 0);
    await cache.recommend({ teamSize: 5 });
    const body = await cache.recommendJson({ teamSize: 5 }, "br");
    await cache.recommendSummary({ teamSize: 5 });
    await cache.recommendSummaryJson({ teamSize: 5 });
    expect(calls).toHaveLength(2);
    expect(summaryCalls).toHaveLength(2);
    // Compressing pays only when the result is kept.
    expect(body.coding).toBeNull();
  });
});
