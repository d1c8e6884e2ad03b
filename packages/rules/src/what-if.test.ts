import { describe, expect, it } from "vitest";
import { leaderOf } from "./leader.ts";
import { recommend } from "./recommend.ts";

describe("what-if tipping points", () => {
  it("finds the exact container count at which the leader changes", async () => {
    const answers = { teamSize: 5, containerCount: 40 };
    const result = await recommend(answers);
    const up = result.whatIf.find((w) => (w.change.containerCount ?? 0) > 40);
    expect(up).toBeDefined();
    const tip = up!.change.containerCount!;
    expect(leaderOf({ ...answers, containerCount: tip })).toBe(up!.recommended);
    expect(leaderOf({ ...answers, containerCount: tip - 1 })).toBe(result.recommended);
    expect(up!.text).toContain(`${tip.toLocaleString("en-US")} containers`);
  });

  it("names only changes that really change the winner", async () => {
    const answers = { teamSize: 25, containerCount: 60, hosting: ["aws" as const] };
    const result = await recommend(answers);
    expect(result.whatIf.length).toBeGreaterThan(0);
    for (const whatIf of result.whatIf) {
      expect(whatIf.recommended).not.toBe(result.recommended);
      expect(leaderOf({ ...answers, ...whatIf.change })).toBe(whatIf.recommended);
    }
  });

  it("suggests no change to a question the team's path skips", async () => {
    const onPrem = await recommend({
      teamSize: 25,
      containerCount: 60,
      hosting: ["on-prem"],
      environment: "production",
    });
    expect(onPrem.whatIf.some((w) => "management" in w.change)).toBe(false);
    const development = await recommend({ environment: "development", containerCount: 4 });
    expect(development.whatIf.some((w) => "highAvailability" in w.change || "zeroDowntimeDeploys" in w.change)).toBe(
      false,
    );
    const cloud = await recommend({ teamSize: 25, containerCount: 60, hosting: ["aws"] });
    expect(cloud.whatIf.some((w) => "management" in w.change)).toBe(true);
  });

  it("says past 100 containers Kubernetes leads for a small cluster team", async () => {
    const result = await recommend({ containerCount: 50 });
    expect(result.whatIf).toContainEqual(
      expect.objectContaining({ change: { containerCount: 100 }, recommended: "managed-kubernetes" }),
    );
  });
});

describe("growth path", () => {
  it("tells who leads as containers, hosts and the team grow 2x, 5x and 10x", async () => {
    const result = await recommend({ teamSize: 5, containerCount: 8 });
    expect(result.growthPath.map((step) => `${step.dimension}x${step.factor}`)).toEqual([
      "containerCountx2",
      "containerCountx5",
      "containerCountx10",
      "hostCountx2",
      "hostCountx5",
      "hostCountx10",
      "teamSizex2",
      "teamSizex5",
      "teamSizex10",
    ]);
    expect(result.growthPath[0]).toMatchObject({ value: 16, recommended: "docker-swarm" });
    expect(result.growthPath[2]).toMatchObject({ value: 80, recommended: "docker-swarm" });
    expect(result.growthPath[6]).toMatchObject({ value: 10, recommended: "docker-compose" });
  });
});
