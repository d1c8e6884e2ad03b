import { OrgProfile, Recommendation, summarise } from "@platform-advisor/model";
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { recommend, recommendSummary } from "./recommend.ts";
import { verificationSweep } from "./verify/answer-space.ts";
import { RULESET_VERSION } from "./version.ts";

const ANSWERS = {
  teamSize: 12,
  containerCount: 80,
  hosting: ["aws" as const, "on-prem" as const],
  highAvailability: true,
};

describe("recommendSummary", () => {
  const profile = OrgProfile.parse({
    apiVersion: "platform-advisor/v1",
    metadata: { name: "acme", revision: 1 },
    spec: { adjustments: [{ platform: "docker-swarm", points: 4, reason: "Our operations team runs Swarm" }] },
  });
  it("gives exactly the compact view of the full recommendation, with and without a profile", async () => {
    let compared = 0;
    for (const answers of verificationSweep(97)) {
      for (const options of [{}, { profile }]) {
        const full = await recommend(answers, options).catch((error: Error) => error);
        const summary = await recommendSummary(answers, options).catch((error: Error) => error);
        if (full instanceof Error) expect(summary).toEqual(full);
        else expect(summary).toEqual(summarise(full));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});

describe("recommend", () => {
  it("refuses answers to questions no organisation profile defines, naming each one", async () => {
    const refused = await recommend({ teamSize: 5, custom: { "pci-scope": "yes" } }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ZodError);
    expect((refused as ZodError).issues.map((issue) => issue.path.join("."))).toEqual(["custom.pci-scope"]);
    await expect(recommendSummary({ custom: { "eu-region": ["yes"] } })).rejects.toThrow(/eu-region/);
    expect((await recommend({ teamSize: 5, custom: {} })).recommended).toBe(
      (await recommend({ teamSize: 5 })).recommended,
    );
  });

  it("keeps the contract: every platform once, eligible first by points, recommended = first and eligible", async () => {
    const result = Recommendation.parse(await recommend(ANSWERS));
    expect(result.ranking).toHaveLength(15);
    expect(new Set(result.ranking.map((r) => r.platform)).size).toBe(15);
    expect(result.ranking.map((r) => r.rank)).toEqual([...Array(15).keys()].map((i) => i + 1));
    expect(result.recommended).toBe(result.ranking[0]!.platform);
    expect(result.ranking[0]!.eligible).toBe(true);
    const eligible = result.ranking.filter((r) => r.eligible);
    expect(result.ranking.slice(0, eligible.length)).toEqual(eligible);
    for (let i = 1; i < eligible.length; i++) {
      expect(eligible[i - 1]!.points).toBeGreaterThanOrEqual(eligible[i]!.points);
      expect(eligible[i - 1]!.score).toBeGreaterThanOrEqual(eligible[i]!.score);
    }
    for (const entry of result.ranking.filter((r) => !r.eligible)) {
      expect(entry.score).toBe(0);
      expect(entry.reasons.some((reason) => reason.impact === null)).toBe(true);
    }
    for (const entry of result.ranking)
      for (const reason of entry.reasons) expect(reason.source.length).toBeGreaterThan(0);
    expect(result.margin).toBeCloseTo(result.ranking[0]!.points - result.ranking[1]!.points, 5);
  });

  it("explains with the fact values that fired each rule", async () => {
    const result = await recommend(ANSWERS);
    const onPrem = result.ranking
      .find((r) => r.platform === "aws-fargate")!
      .reasons.find((r) => r.rule === "fit.on-prem")!;
    expect(onPrem.facts).toEqual({ hosting: ["aws", "on-prem"] });
    expect(onPrem.impact).toBeNull();
    expect(onPrem.criterion).toBe("fit");
    expect(onPrem.text).toBe("AWS Fargate (ECS/EKS) runs only in a provider's cloud, and you must run on-prem");
  });

  it("adds up: basePoints plus the impacts of an eligible platform's reasons are its points", async () => {
    const result = await recommend(ANSWERS);
    for (const entry of result.ranking.filter((r) => r.eligible)) {
      const sum = entry.reasons.reduce((total, reason) => total + (reason.impact ?? 0), result.basePoints);
      expect(sum).toBeCloseTo(entry.points, 1);
    }
  });

  it("names the cloud's own service where the hosting makes it clear", async () => {
    const onAws = await recommend({ teamSize: 40, containerCount: 300, hosting: ["aws"], needs: ["ecosystem"] });
    expect(onAws.ranking.find((r) => r.platform === "managed-kubernetes")!.name).toBe("Amazon EKS");
    const twoClouds = await recommend({ teamSize: 40, containerCount: 300, hosting: ["aws", "gcp"] });
    expect(twoClouds.ranking.find((r) => r.platform === "managed-kubernetes")!.name).toBe("Managed Kubernetes");
  });

  it("lists answers the path does not ask as ignored, and they change nothing else", async () => {
    const asked = { environment: "development" as const, containerCount: 4 };
    const extra = { ...asked, highAvailability: true, scaling: "automatic" as const, needs: ["ecosystem" as const] };
    const [plain, padded] = [await recommend(asked), await recommend(extra)];
    expect(padded.ignored.map((entry) => entry.question).sort()).toEqual(["highAvailability", "needs", "scaling"]);
    expect(padded.ignored[0]!.text).toContain("Local development");
    expect({ ...padded, ignored: [] }).toEqual(plain);
  });

  it("names a stated preference the winner does not honour, with the best option that does", async () => {
    const result = await recommend({
      teamSize: 6,
      containerCount: 12,
      hosting: ["aws"],
      management: "serverless",
      scaling: "scale-to-zero",
      traffic: ["http"],
    });
    expect(result.recommended).toBe("aws-fargate");
    const conflict = result.conflicts.find((c) => c.question === "scaling");
    expect(conflict?.text).toMatch(/scale HTTP services to zero/);
    // Amazon EKS with Knative would scale to zero, but is no answer to "operate no infrastructure".
    expect(conflict?.text).toMatch(/No platform that fits your other answers honours it/);
    expect(result.certainty.level).toBe("trade-off");
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
        "traffic",
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
