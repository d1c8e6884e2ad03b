import { recommend } from "@platform-advisor/rules";
import { describe, expect, it } from "vitest";
import { expectLeader, leaderCites } from "./recommend-for.ts";

const TREE = "002_4683bd5b26358492.txt: 4.5 Choosing the Right Platform (decision tree)";

describe("seed 002 §4.5 decision tree: every leaf", () => {
  it("small team (< 10 devs), < 20 containers: Docker Compose (single host)", async () => {
    const result = await expectLeader({ teamSize: 5, containerCount: 8 }, "docker-compose");
    expect(leaderCites(result, TREE)).toBe(true);
  });

  it("small team, 20 or more containers: Docker Swarm (small cluster)", async () => {
    const result = await expectLeader({ teamSize: 5, containerCount: 40 }, "docker-swarm");
    expect(leaderCites(result, TREE)).toBe(true);
  });

  it("larger team, on-prem needed: Kubernetes, self-hosted", async () => {
    // K3s is a certified Kubernetes: below 100 containers it shares the leaf (docs/decisions.md D23).
    const medium = await recommend({ teamSize: 25, containerCount: 60, hosting: ["on-prem"] });
    expect(["kubernetes", "k3s"]).toContain(medium.recommended);
    expect(leaderCites(medium, TREE)).toBe(true);
    const large = await expectLeader({ teamSize: 25, containerCount: 150, hosting: ["on-prem"] }, "kubernetes");
    expect(leaderCites(large, TREE)).toBe(true);
  });

  it("larger team, multi-cloud needed: Kubernetes, managed", async () => {
    const result = await expectLeader(
      { teamSize: 25, containerCount: 60, hosting: ["aws", "gcp"] },
      "managed-kubernetes",
    );
    expect(leaderCites(result, TREE)).toBe(true);
  });

  it("larger team, neither, AWS-only: ECS with Fargate", async () => {
    const result = await expectLeader({ teamSize: 25, containerCount: 60, hosting: ["aws"] }, "aws-fargate");
    expect(leaderCites(result, TREE)).toBe(true);
    expect(result.ranking[1]?.platform).toBe("amazon-ecs");
  });

  it("larger team, neither, AWS-only, running its own instances: ECS on EC2", async () => {
    await expectLeader(
      { teamSize: 25, containerCount: 60, hosting: ["aws"], management: "self-managed" },
      "amazon-ecs",
    );
  });

  it.each([["gcp"], ["azure"]] as const)(
    "larger team, neither, one cloud that is not AWS (%s): managed Kubernetes",
    async (cloud) => {
      const result = await expectLeader({ teamSize: 25, containerCount: 60, hosting: [cloud] }, "managed-kubernetes");
      expect(leaderCites(result, TREE)).toBe(true);
    },
  );
});
