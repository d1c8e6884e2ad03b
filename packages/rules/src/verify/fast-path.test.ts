import { OrgProfile } from "@platform-advisor/model";
import { describe, expect, it } from "vitest";
import { recommend } from "../recommend.ts";
import { proveFastPath } from "./fast-path.ts";

const PROFILE = OrgProfile.parse({
  apiVersion: "platform-advisor/v1",
  metadata: { name: "acme", revision: 3 },
  spec: {
    platforms: { forbidden: [{ id: "docker-swarm", reason: "Not supported here" }] },
    defaults: { environment: "production" },
    adjustments: [
      { platform: "aws-fargate", points: 4.25, reason: "Our platform team runs Fargate for you" },
      { platform: "kubernetes", points: -3, reason: "One more cluster to run" },
      { platform: "kubernetes", points: 3, reason: "One more cluster to run" },
      { platform: "docker-compose", points: 0.05, reason: "Docker Desktop licences" },
    ],
  },
});

describe("the incremental leader search (a sample; npm run verify checks the whole sweep)", () => {
  it("gives recommend() results byte-identical to the unoptimised reference", async () => {
    const report = await proveFastPath(37);
    expect(report.examples).toEqual([]);
    expect(report.checked).toBeGreaterThan(2000);
  }, 600_000);

  it("does so under an organisation profile too (exclusions, defaults, adjustments of one key)", async () => {
    const report = await proveFastPath(151, PROFILE);
    expect(report.examples).toEqual([]);
    expect(report.checked).toBeGreaterThan(500);
  }, 600_000);

  it("keeps a rule that reads no fact (the retired platform's exclusion) firing on every candidate", async () => {
    const answers = {
      teamSize: 40,
      hostCount: 1,
      experience: "kubernetes" as const,
      workloads: ["non-container" as const],
      currentPlatform: "mesos" as const,
    };
    const fast = await recommend(answers);
    expect(fast.growthPath.map((step) => step.recommended)).not.toContain("mesos");
    expect(JSON.stringify(fast)).toBe(JSON.stringify(await recommend(answers, { leaderSearch: "reference" })));
  });
});
