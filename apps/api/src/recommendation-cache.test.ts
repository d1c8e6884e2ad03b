import type { Answers, Recommendation } from "@platform-advisor/model";
import { describe, expect, it } from "vitest";
import { recommendationCache } from "./recommendation-cache.ts";
import { sampleRecommendation } from "./report/test-fixture.ts";

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
    expect(await cache.recommend({ teamSize: 5 })).toBe(first);
    await cache.recommendJson({ teamSize: 5 });
    expect(calls).toHaveLength(1);
  });

  it("serves the JSON of the same recommendation", async () => {
    const cache = recommendationCache(counting().recommend, 10);
    const bytes = await cache.recommendJson({ teamSize: 7 });
    expect(JSON.parse(new TextDecoder().decode(bytes))).toEqual(await cache.recommend({ teamSize: 7 }));
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

  it("decides every time when its size is 0", async () => {
    const { calls, recommend } = counting();
    const cache = recommendationCache(recommend, 0);
    await cache.recommend({ teamSize: 5 });
    await cache.recommendJson({ teamSize: 5 });
    expect(calls).toHaveLength(2);
  });
});
