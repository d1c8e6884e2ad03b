import { brotliDecompressSync, gunzipSync } from "node:zlib";
import type { Answers, Recommendation } from "@platform-advisor/model";
import { sampleRecommendation } from "@platform-advisor/report/test-fixture";
import { describe, expect, it } from "vitest";
import { recommendationCache } from "./recommendation-cache.ts";

const counting = () => {
  const calls: Answers[] = [];
  const recommend = async (answers: Answers): Promise<Recommendation> => {
    calls.push(answers);
    if (answers.teamSize === 13) throw new Error("unlucky");
    return { ...sampleRecommendation(), answers };
  };
  return { calls, recommend };
};

describe("recommendationCache", () => {
  it("decides each answer set once and serves repeats from memory", async () => {
    const { calls, recommend } = counting();
    const cache = recommendationCache(recommend, 10);
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
    const cache = recommendationCache(counting().recommend, 10);
    const expected = await cache.recommend({ teamSize: 7 });
    const plain = await cache.recommendJson({ teamSize: 7 }, null);
    expect(plain.coding).toBeNull();
    expect(JSON.parse(new TextDecoder().decode(plain.bytes))).toEqual(expected);
    const zipped = await cache.recommendJson({ teamSize: 7 }, "gzip");
    expect(zipped.coding).toBe("gzip");
    expect(zipped.bytes.byteLength).toBeLessThan(plain.bytes.byteLength);
    expect(JSON.parse(gunzipSync(zipped.bytes).toString())).toEqual(expected);
    const brotli = await cache.recommendJson({ teamSize: 7 }, "br");
    expect(brotli.coding).toBe("br");
    expect(brotli.bytes.byteLength).toBeLessThan(plain.bytes.byteLength);
    expect(JSON.parse(brotliDecompressSync(brotli.bytes).toString())).toEqual(expected);
  });

  it("forgets the least recently used answers beyond its size", async () => {
    const { calls, recommend } = counting();
    const cache = recommendationCache(recommend, 2);
    await cache.recommend({ teamSize: 1 });
    await cache.recommend({ teamSize: 2 });
    await cache.recommend({ teamSize: 1 });
    await cache.recommend({ teamSize: 3 });
    await cache.recommend({ teamSize: 1 });
    await cache.recommend({ teamSize: 2 });
    expect(calls.map((answers) => answers.teamSize)).toEqual([1, 2, 3, 2]);
  });

  it("does not remember failures", async () => {
    const { calls, recommend } = counting();
    const cache = recommendationCache(recommend, 10);
    await expect(cache.recommend({ teamSize: 13 })).rejects.toThrow("unlucky");
    await expect(cache.recommend({ teamSize: 13 })).rejects.toThrow("unlucky");
    expect(calls).toHaveLength(2);
  });

  it("decides every time, uncompressed, when its size is 0", async () => {
    const { calls, recommend } = counting();
    const cache = recommendationCache(recommend, 0);
    await cache.recommend({ teamSize: 5 });
    const body = await cache.recommendJson({ teamSize: 5 }, "br");
    expect(calls).toHaveLength(2);
    // Compressing pays only when the result is kept.
    expect(body.coding).toBeNull();
  });
});
