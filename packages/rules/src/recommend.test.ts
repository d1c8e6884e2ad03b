import { Recommendation } from "@platform-advisor/model";
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { recommend } from "./recommend.ts";
import { RULESET_VERSION } from "./version.ts";

const ANSWERS = {
  teamSize: 12,
  containerCount: 80,
  hosting: ["aws" as const, "on-prem" as const],
  highAvailability: true,
};

describe("recommend", () => {
  it("keeps the contract: every platform once, eligible first by score, recommended = first and eligible", async () => {
    const result = Recommendation.parse(await recommend(ANSWERS));
    expect(result.ranking).toHaveLength(15);
    expect(new Set(result.ranking.map((r) => r.platform)).size).toBe(15);
    expect(result.ranking.map((r) => r.rank)).toEqual([...Array(15).keys()].map((i) => i + 1));
    expect(result.recommended).toBe(result.ranking[0]!.platform);
    expect(result.ranking[0]!.eligible).toBe(true);
    const eligible = result.ranking.filter((r) => r.eligible);
    expect(result.ranking.slice(0, eligible.length)).toEqual(eligible);
    for (let i = 1; i < eligible.length; i++) expect(eligible[i - 1]!.score).toBeGreaterThanOrEqual(eligible[i]!.score);
    for (const entry of result.ranking.filter((r) => !r.eligible)) {
      expect(entry.score).toBe(0);
      expect(entry.reasons.some((reason) => reason.impact === null)).toBe(true);
    }
    for (const entry of result.ranking)
      for (const reason of entry.reasons) expect(reason.source.length).toBeGreaterThan(0);
    expect(result.margin).toBe(result.ranking[0]!.score - result.ranking[1]!.score);
  });

  it("explains with the fact values that fired each rule", async () => {
    const result = await recommend(ANSWERS);
    const onPrem = result.ranking
      .find((r) => r.platform === "aws-fargate")!
      .reasons.find((r) => r.rule === "hosting.on-prem")!;
    expect(onPrem.facts).toEqual({ hosting: ["aws", "on-prem"] });
    expect(onPrem.text).toBe("AWS Fargate (ECS/EKS) is a cloud service, and you must run on-prem");
  });

  it("reports an assumption for every unanswered question, and none for answered ones", async () => {
    const result = await recommend(ANSWERS);
    expect(result.assumptions.map((a) => a.question).sort()).toEqual(
      [
        "environment",
        "scaling",
        "zeroDowntimeDeploys",
        "experience",
        "workloads",
        "needs",
        "currentPlatform",
        "management",
        "hostCount",
      ].sort(),
    );
  });

  it("gives the same result byte for byte, with either evaluator", async () => {
    const first = JSON.stringify(await recommend(ANSWERS));
    expect(JSON.stringify(await recommend(ANSWERS))).toBe(first);
    expect(JSON.stringify(await recommend(ANSWERS, { engine: "json-rules-engine" }))).toBe(first);
  });

  it("carries a ruleset version of semver plus content hash", async () => {
    expect((await recommend({})).rulesetVersion).toBe(RULESET_VERSION);
    expect(RULESET_VERSION).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{12}$/);
  });

  it.each([{ teamSize: 0 }, { nope: 1 }, { hosting: [] }, null, "x"])("throws a ZodError on %j", async (input) => {
    await expect(recommend(input)).rejects.toBeInstanceOf(ZodError);
  });
});
