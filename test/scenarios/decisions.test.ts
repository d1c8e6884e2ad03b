import { recommend } from "@platform-advisor/rules";
import { describe, expect, it } from "vitest";
import { expectLeader } from "./recommend-for.ts";

describe("docs/decisions.md: where the source documents disagree", () => {
  it("D1: 10-19 containers on several hosts is orchestration (001, 004), not Compose (002's < 20)", async () => {
    await expectLeader({ teamSize: 5, containerCount: 15 }, "docker-swarm");
    await expectLeader({ teamSize: 5, containerCount: 15, hostCount: 4 }, "docker-swarm");
  });

  it("D1: 10-19 containers on one stated host stay on Compose (002's tree, 003's single-host skip)", async () => {
    await expectLeader({ teamSize: 5, containerCount: 15, hostCount: 1 }, "docker-compose");
  });

  it("D2: a small team with 100+ containers gets Kubernetes (001, 004), not the tree's Swarm", async () => {
    await expectLeader({ teamSize: 5, containerCount: 150 }, "managed-kubernetes");
    await expectLeader({ teamSize: 5, containerCount: 99 }, "docker-swarm");
  });

  it("D3: on-prem, a larger team without Docker-native skills gets Kubernetes (002); with them, Swarm (004)", async () => {
    const base = { teamSize: 15, containerCount: 60, hostCount: 6, hosting: ["on-prem" as const] };
    await expectLeader({ ...base, experience: "none" }, "kubernetes");
    await expectLeader({ ...base, experience: "kubernetes" }, "kubernetes");
    await expectLeader({ ...base, experience: "swarm" }, "docker-swarm");
  });

  it("D4: an unanswered host count follows the containers: one host below 10, about 20 a host, at least 3", async () => {
    const answered = (await recommend({ containerCount: 250 })).answers;
    expect(answered.hostCount).toBe(13);
    expect((await recommend({ containerCount: 30 })).answers.hostCount).toBe(3);
    expect((await recommend({ containerCount: 9 })).answers.hostCount).toBe(1);
    expect((await recommend({ containerCount: 300, environment: "development" })).answers.hostCount).toBe(1);
  });

  it("D5: with hosting unanswered, nothing tied to one provider is recommended", async () => {
    const result = await recommend({ teamSize: 30, containerCount: 400, management: "serverless" });
    const oneProvider = [
      "amazon-ecs",
      "aws-fargate",
      "google-cloud-run",
      "azure-container-apps",
      "azure-container-instances",
      "paas",
    ];
    for (const id of oneProvider) expect(result.ranking.find((entry) => entry.platform === id)!.eligible).toBe(false);
    expect(result.assumptions.find((a) => a.question === "hosting")?.value).toBeNull();
  });

  it("D6: scale to zero on-prem is Kubernetes with Knative, the engine under Cloud Run", async () => {
    await expectLeader(
      { teamSize: 20, containerCount: 60, hosting: ["on-prem"], scaling: "scale-to-zero" },
      "kubernetes",
    );
  });
});
