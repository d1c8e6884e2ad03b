import { describe, expect, it } from "vitest";
import { expectLeader, leaderCites, leaderEntry } from "./recommend-for.ts";

const PATH = "004_d181c29a59f1c81b.txt: Summary: Choosing Your Path";

describe("seed 004 Summary: Choosing Your Path, every row", () => {
  it("local dev, small apps: Docker Compose", async () => {
    const result = await expectLeader({ environment: "development", teamSize: 3, containerCount: 4 }, "docker-compose");
    expect(leaderCites(result, PATH)).toBe(true);
  });

  it("on-prem, Docker-native team: Docker Swarm", async () => {
    const result = await expectLeader(
      { teamSize: 15, containerCount: 60, hostCount: 6, hosting: ["on-prem"], experience: "docker" },
      "docker-swarm",
    );
    expect(leaderCites(result, PATH)).toBe(true);
  });

  it("enterprise, cloud-native: Kubernetes", async () => {
    await expectLeader(
      {
        teamSize: 200,
        containerCount: 2000,
        hosting: ["aws", "azure"],
        highAvailability: true,
        scaling: "automatic",
        needs: ["policy-enforcement", "multi-tenancy"],
      },
      "managed-kubernetes",
    );
  });

  it.each([
    ["aws", "aws-fargate"],
    ["gcp", "google-cloud-run"],
  ] as const)("no infra management on %s: %s", async (cloud, platform) => {
    const result = await expectLeader(
      { teamSize: 8, containerCount: 30, hosting: [cloud], management: "serverless" },
      platform,
    );
    expect(leaderCites(result, PATH)).toBe(true);
  });

  it("edge/IoT, one device: lightweight Docker", async () => {
    const result = await expectLeader({ hosting: ["edge"], hostCount: 1, containerCount: 1 }, "docker-engine");
    expect(leaderCites(result, PATH)).toBe(true);
  });

  it("edge/IoT, a fleet of devices: K3s", async () => {
    const result = await expectLeader({ hosting: ["edge"], hostCount: 200, containerCount: 400 }, "k3s");
    expect(leaderCites(result, PATH)).toBe(true);
  });

  it("fast prototyping: Docker Desktop + Compose", async () => {
    const result = await expectLeader({ environment: "development", teamSize: 2, containerCount: 2 }, "docker-compose");
    expect(leaderCites(result, PATH)).toBe(true);
  });

  it("high-scale microservices: Kubernetes + Helm", async () => {
    const result = await expectLeader(
      { teamSize: 60, containerCount: 5000, scaling: "automatic", needs: ["ecosystem"] },
      "managed-kubernetes",
    );
    expect(leaderEntry(result).reasons.some((reason) => reason.text.includes("Helm"))).toBe(true);
  });
});
