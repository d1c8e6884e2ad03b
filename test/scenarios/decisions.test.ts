import type { Answers, PlatformId, Recommendation } from "@platform-advisor/model";
import { recommend } from "@platform-advisor/rules";
import { describe, expect, it } from "vitest";
import { expectLeader, leaderEntry, platformEntry } from "./recommend-for.ts";

/** Kubernetes you run yourself: upstream, or K3s, a certified distribution (D23). */
const SELF_HOSTED_KUBERNETES: PlatformId[] = ["kubernetes", "k3s"];

/** Recommends for the answers and checks that the leader is one of the platforms given. */
const expectLeaderIn = async (answers: Answers, accepted: PlatformId[]): Promise<Recommendation> => {
  const result = await recommend(answers);
  expect(accepted, `leader ${result.recommended}`).toContain(result.recommended);
  return result;
};

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
    // Below 100 containers K3s, a certified Kubernetes, shares the tree's leaf (D23); from 100, upstream Kubernetes.
    await expectLeaderIn({ ...base, experience: "none" }, SELF_HOSTED_KUBERNETES);
    await expectLeaderIn({ ...base, experience: "kubernetes" }, SELF_HOSTED_KUBERNETES);
    await expectLeader({ ...base, containerCount: 150, experience: "none" }, "kubernetes");
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
    const oneProvider: PlatformId[] = [
      "amazon-ecs",
      "aws-fargate",
      "google-cloud-run",
      "azure-container-apps",
      "azure-container-instances",
      "paas",
    ];
    for (const id of oneProvider) expect(platformEntry(result, id).eligible).toBe(false);
    expect(result.assumptions.find((a) => a.question === "hosting")?.value).toBeNull();
  });

  it("D6: scale to zero on-prem is Kubernetes with Knative, the engine under Cloud Run", async () => {
    const base = { teamSize: 20, hosting: ["on-prem" as const], scaling: "scale-to-zero" as const };
    await expectLeaderIn({ ...base, containerCount: 60 }, SELF_HOSTED_KUBERNETES);
    await expectLeader({ ...base, containerCount: 150 }, "kubernetes");
  });
  it("D7: on AWS, Fargate leads; a team that runs its own servers gets ECS on EC2", async () => {
    const base = { teamSize: 25, containerCount: 60, hosting: ["aws" as const] };
    await expectLeader(base, "aws-fargate");
    await expectLeader({ ...base, management: "self-managed" }, "amazon-ecs");
  });

  it("D8: on-prem, managed Kubernetes is eligible (EKS Anywhere, AKS Arc, GDC) but self-managed leads", async () => {
    for (const containerCount of [60, 150]) {
      const result = await expectLeaderIn(
        { teamSize: 25, containerCount, hosting: ["on-prem"] },
        SELF_HOSTED_KUBERNETES,
      );
      const managed = platformEntry(result, "managed-kubernetes");
      expect(managed.eligible).toBe(true);
      expect(managed.reasons.some((r) => r.rule === "fit.on-prem-distribution")).toBe(true);
    }
  });

  it("D9: edge devices managed from AWS get Greengrass; one device gets Docker", async () => {
    const fleet = await expectLeader(
      { teamSize: 12, containerCount: 4000, hostCount: 2000, hosting: ["edge", "aws"], management: "managed" },
      "iot-edge",
    );
    expect(leaderEntry(fleet).name).toBe("AWS IoT Greengrass");
    await expectLeader({ hosting: ["edge"], hostCount: 1, containerCount: 1 }, "docker-engine");
    await expectLeader({ hosting: ["edge"], hostCount: 1, containerCount: 4 }, "docker-compose");
  });

  it("D10: one engineer more or less changes the complexity cost by a few percent, not twofold", async () => {
    const answers = {
      containerCount: 300,
      hostCount: 120,
      hosting: ["on-prem" as const],
      experience: "kubernetes" as const,
    };
    const cost = async (teamSize: number) => {
      const kubernetes = platformEntry(await recommend({ ...answers, teamSize }), "kubernetes");
      const impact = kubernetes.reasons.find((r) => r.criterion === "operability")?.impact;
      if (typeof impact !== "number") throw new Error(`Kubernetes has no complexity cost for a team of ${teamSize}`);
      return impact;
    };
    const [nine, ten] = [await cost(9), await cost(10)];
    expect(Math.abs(nine / ten - 1)).toBeLessThan(0.1);
    const bank = await recommend({ ...answers, teamSize: 60 });
    expect(bank.whatIf.some((w) => w.change.teamSize !== undefined && w.change.teamSize < 30)).toBe(false);
  });

  it("D12: a staging copy stays on the production platform; a Kubernetes shop develops on kind or minikube", async () => {
    const staging = await expectLeader(
      {
        environment: "staging",
        teamSize: 10,
        containerCount: 40,
        hosting: ["aws"],
        currentPlatform: "managed-kubernetes",
      },
      "managed-kubernetes",
    );
    expect(leaderEntry(staging).name).toBe("Amazon EKS");
    const dev = await expectLeader({ environment: "development", teamSize: 6, experience: "kubernetes" }, "kubernetes");
    expect(leaderEntry(dev).reasons.some((r) => r.text.includes("kind or minikube"))).toBe(true);
    await expectLeader({ environment: "development", teamSize: 6, experience: "docker" }, "docker-compose");
  });

  it("D22: high availability on 2 hosts needs a provider-run control plane; a quorum of your own needs 3", async () => {
    const onPrem = {
      teamSize: 3,
      containerCount: 8,
      hostCount: 2,
      hosting: ["on-prem" as const],
      management: "self-managed" as const,
      highAvailability: true,
      scaling: "fixed" as const,
      zeroDowntimeDeploys: true,
      experience: "docker" as const,
      workloads: ["stateless" as const],
    };
    const two = await expectLeader(onPrem, "docker-swarm");
    const unmet = (id: PlatformId) => platformEntry(two, id).unmet?.map((u) => u.question) ?? [];
    for (const id of ["docker-swarm", "k3s", "nomad", "kubernetes", "managed-kubernetes"] as const)
      expect(unmet(id), id).toContain("highAvailability");
    expect(leaderEntry(two).unmet?.[0]?.text).toContain("needs 3 to survive losing one");
    expect(two.certainty?.level).toBe("trade-off");
    expect(two.conflicts.map((c) => c.question)).toContain("highAvailability");

    const three = await expectLeader({ ...onPrem, hostCount: 3 }, "docker-swarm");
    expect(leaderEntry(three).unmet).toEqual([]);

    const aws = await recommend({
      teamSize: 4,
      containerCount: 10,
      hostCount: 2,
      hosting: ["aws"],
      highAvailability: true,
    });
    for (const id of ["aws-fargate", "amazon-ecs", "managed-kubernetes"] as const)
      expect(platformEntry(aws, id).unmet, id).toEqual([]);
    for (const id of ["docker-swarm", "k3s", "nomad"] as const)
      expect(
        platformEntry(aws, id).unmet?.map((u) => u.question),
        id,
      ).toContain("highAvailability");
  });

  it("D23: K3s shares the tree's self-hosted Kubernetes leaf below 100 containers, so one engineer is no cliff", async () => {
    const answers = {
      containerCount: 30,
      hostCount: 4,
      hosting: ["on-prem" as const],
      management: "self-managed" as const,
      highAvailability: true,
      scaling: "scale-to-zero" as const,
      experience: "docker" as const,
      workloads: ["event-driven" as const],
    };
    await expectLeader({ ...answers, teamSize: 9 }, "k3s");
    const ten = await expectLeader({ ...answers, teamSize: 10 }, "k3s");
    expect(leaderEntry(ten).reasons.some((r) => r.rule === "guidance.tree-on-prem-or-multi-cloud-k3s")).toBe(true);
    expect(
      platformEntry(ten, "kubernetes").reasons.some((r) => r.rule === "guidance.tree-on-prem-or-multi-cloud"),
    ).toBe(true);
    await expectLeader({ ...answers, teamSize: 10, containerCount: 150, hostCount: 8 }, "kubernetes");
  });

  it("D24: on-prem, managed Kubernetes is a distribution you operate: it meets self-managed, not managed", async () => {
    const answers = {
      teamSize: 5,
      containerCount: 30,
      hostCount: 4,
      hosting: ["on-prem" as const],
      highAvailability: true,
      scaling: "scale-to-zero" as const,
      experience: "docker" as const,
      workloads: ["event-driven" as const],
    };
    const provider = (result: Recommendation) =>
      result.ranking.flatMap((entry) => entry.reasons).filter((r) => r.text.startsWith("The provider runs"));
    const own = await expectLeader({ ...answers, management: "self-managed" }, "k3s");
    expect(platformEntry(own, "managed-kubernetes").unmet).toEqual([]);
    expect(own.conflicts).toEqual([]);
    const managed = await recommend({ ...answers, management: "managed" });
    expect(platformEntry(managed, "managed-kubernetes").unmet?.map((u) => u.question)).toContain("management");
    expect(provider(managed)).toEqual([]);
    expect(managed.conflicts.map((c) => c.question)).toContain("management");
    const aws = await recommend({ ...answers, hosting: ["aws"], management: "self-managed" });
    expect(platformEntry(aws, "managed-kubernetes").unmet?.map((u) => u.question)).toContain("management");
  });

  it("D25: serverless is not met by EKS, and the sentence says what it still leaves you with EKS Auto Mode", async () => {
    const result = await recommend({
      teamSize: 5,
      containerCount: 20,
      hosting: ["aws"],
      management: "serverless",
      needs: ["ecosystem"],
    });
    const eks = platformEntry(result, "managed-kubernetes");
    expect(eks.unmet?.map((u) => u.question)).toEqual(["management"]);
    expect(eks.unmet?.[0]?.text).toBe(
      "Amazon EKS still leaves you a cluster, servers or capacity to run (versions, add-ons, sizing), and you asked to operate none",
    );
  });
});
