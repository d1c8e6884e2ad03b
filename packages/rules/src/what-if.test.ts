import { describe, expect, it } from "vitest";
import { leaderOf } from "./leader.ts";
import { recommend } from "./recommend.ts";

describe("what-if tipping points", () => {
  it("finds the exact container count at which the leader changes", async () => {
    const answers = { teamSize: 5, containerCount: 60 };
    const result = await recommend(answers);
    const up = result.whatIf.find((w) => (w.change.containerCount ?? 0) > 60);
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
    const serverless = await recommend({
      teamSize: 25,
      containerCount: 60,
      hosting: ["aws"],
      management: "serverless",
      environment: "production",
    });
    expect(serverless.whatIf.length).toBeGreaterThan(0);
    // A serverless team is not asked for hosts: the provider's hosts are no answer to change.
    expect(serverless.whatIf.some((w) => "hostCount" in w.change)).toBe(false);
    const development = await recommend({ environment: "development", containerCount: 4 });
    expect(development.whatIf.length).toBeGreaterThan(0);
    expect(development.whatIf.some((w) => "highAvailability" in w.change || "zeroDowntimeDeploys" in w.change)).toBe(
      false,
    );
    expect(development.whatIf.some((w) => "environment" in w.change)).toBe(false);
  });

  it("says at 100 containers Kubernetes leads for a small cluster team", async () => {
    const result = await recommend({ containerCount: 60 });
    expect(result.whatIf).toContainEqual(
      expect.objectContaining({ change: { containerCount: 100 }, recommended: "managed-kubernetes" }),
    );
  });

  it("offers at most six, smallest first, numbers within half to twice today's value, none won by a tie-break", async () => {
    const answers = { teamSize: 60, containerCount: 300, hostCount: 120, hosting: ["on-prem" as const] };
    const result = await recommend(answers);
    expect(result.whatIf.length).toBeLessThanOrEqual(6);
    for (const whatIf of result.whatIf) {
      const { teamSize, containerCount, hostCount } = whatIf.change;
      if (teamSize !== undefined) expect(teamSize).toBeGreaterThanOrEqual(30);
      if (containerCount !== undefined) expect(containerCount).toBeLessThanOrEqual(600);
      if (hostCount !== undefined) expect(hostCount).toBeGreaterThanOrEqual(60);
      expect(leaderOf({ ...answers, ...whatIf.change })).toBe(whatIf.recommended);
    }
  });
});

describe("growth path", () => {
  it("names only changes of leader, in order of growth, and says so in one line", async () => {
    const result = await recommend({ teamSize: 5, containerCount: 8 });
    expect(result.growthPath.length).toBeGreaterThan(0);
    let previous = result.recommended;
    for (const step of result.growthPath.filter((s) => s.dimension === "containerCount")) {
      expect(step.recommended).not.toBe(previous);
      previous = step.recommended;
    }
    expect(result.growthPath[0]).toMatchObject({ dimension: "containerCount", factor: 2, value: 16 });
    expect(result.growthSummary).toContain(result.growthPath[0]!.text);
  });

  it("says the leader stays best when growth changes nothing", async () => {
    const result = await recommend({
      teamSize: 300,
      containerCount: 3000,
      hosting: ["aws", "gcp"],
      needs: ["ecosystem"],
    });
    expect(result.growthPath).toEqual([]);
    // The hosts were not given: only the numbers the team gave grow.
    expect(result.growthSummary).toBe("Managed Kubernetes stays best up to 10× on containers and team size.");
  });
});
