import { describe, expect, it } from "vitest";
import { expectLeader, platformEntry } from "./recommend-for.ts";

describe("seed 003 When You Need Orchestration: every 'skip for' case", () => {
  it("single-host deployments: Docker Compose", async () => {
    await expectLeader({ teamSize: 12, containerCount: 30, hostCount: 1 }, "docker-compose");
  });

  it("simple applications with no scaling needs: Docker Compose", async () => {
    await expectLeader({ containerCount: 3, scaling: "fixed", highAvailability: false }, "docker-compose");
  });

  it("development environments: Docker Compose", async () => {
    const result = await expectLeader(
      { environment: "development", teamSize: 8, containerCount: 25 },
      "docker-compose",
    );
    expect(platformEntry(result, "docker-swarm").reasons.map((r) => r.source)).toContain(
      "003_f0ae5b987c050a3a.txt: When You Need Orchestration: Skip for",
    );
  });

  it("learning Docker basics: Docker Compose", async () => {
    await expectLeader(
      { environment: "development", teamSize: 1, containerCount: 2, experience: "none" },
      "docker-compose",
    );
  });
});

describe("seed 003 When You Need Orchestration: 'use for' cases leave single-host tools", () => {
  it.each([
    [{ highAvailability: true }],
    [{ hostCount: 3 }],
    [{ scaling: "automatic" as const }],
    [{ zeroDowntimeDeploys: true }],
  ])("%j", async (answers) => {
    const result = await import("@platform-advisor/rules").then(({ recommend }) => recommend(answers));
    expect(["docker-compose", "docker-engine"]).not.toContain(result.recommended);
  });
});
