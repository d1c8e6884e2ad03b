import { describe, expect, it } from "vitest";
import { RECOMMENDATION } from "../fixtures/recommendation.ts";
import { chartMessage, fitOf, shortName, toChartData } from "./chart-data.ts";

describe("toChartData", () => {
  const data = toChartData(RECOMMENDATION);

  it("puts every platform on the plane once, by rank, with its coordinates", () => {
    expect(data.points.map((point) => [point.id, point.complexity, point.capability, point.rank])).toEqual([
      ["docker-swarm", 3, 5, 1],
      ["docker-compose", 1, 2, 2],
      ["kubernetes", 9, 10, 3],
      ["aws-fargate", 3.5, 7, 4],
    ]);
  });

  it("separates the recommended, the other eligible, those missing a requirement and the excluded", () => {
    expect(data.series.recommended.map((point) => point.id)).toEqual(["docker-swarm"]);
    expect(data.series.eligible.map((point) => point.id)).toEqual(["docker-compose"]);
    expect(data.series.unmet.map((point) => point.id)).toEqual(["kubernetes"]);
    expect(data.series.excluded.map((point) => point.id)).toEqual(["aws-fargate"]);
  });

  it("draws only the platforms that can be chosen, and names the ruled-out ones apart", () => {
    expect(data.plotted.map((point) => point.id)).toEqual(["docker-swarm", "docker-compose", "kubernetes"]);
    expect(data.ruledOut.map((point) => point.label)).toEqual(["AWS Fargate"]);
    // Even one whose coordinates fall inside the shaded area stays off the plot.
    const inside = { ...RECOMMENDATION, requirements: { ...RECOMMENDATION.requirements, complexityBudget: 9 } };
    expect(toChartData(inside).plotted.some((point) => point.status === "excluded")).toBe(false);
  });

  it("reads a recommendation from before contract v3 (no unmet) as meeting everything", () => {
    const old = { ...RECOMMENDATION, ranking: RECOMMENDATION.ranking.map(({ unmet: _, ...entry }) => entry) };
    expect(toChartData(old as typeof RECOMMENDATION).series.unmet).toEqual([]);
  });

  it("draws the team's lines and the sweet spot between them", () => {
    expect(data.capabilityNeeded).toBe(4);
    expect(data.complexityBudget).toBe(5);
    expect(data.sweetSpot).toEqual({ x1: 0, x2: 5, y1: 4, y2: 10 });
    expect(data.domain).toEqual([0, 10]);
  });

  it("orders points by rank even when the ranking arrives shuffled", () => {
    const shuffled = { ...RECOMMENDATION, ranking: [...RECOMMENDATION.ranking].reverse() };
    expect(toChartData(shuffled).points.map((point) => point.rank)).toEqual([1, 2, 3, 4]);
  });

  it("has no sweet spot when the need is at the top of the scale or the budget is nothing", () => {
    const top = { ...RECOMMENDATION, requirements: { ...RECOMMENDATION.requirements, capability: 10 } };
    const none = { ...RECOMMENDATION, requirements: { ...RECOMMENDATION.requirements, complexityBudget: 0 } };
    expect(toChartData(top).sweetSpot).toBeUndefined();
    expect(toChartData(none).sweetSpot).toBeUndefined();
  });
});

describe("fitOf", () => {
  const data = toChartData(RECOMMENDATION);
  const fit = (id: string) => fitOf(data.points.find((point) => point.id === id)!, data);

  it("says where each platform sits, in words that follow the ranking", () => {
    expect(fit("docker-swarm")).toBe("Ranked 1st, in the sweet spot");
    expect(fit("docker-compose")).toBe(
      "Ranked 2nd; simple enough, below the capability line (other answers weigh more)",
    );
    const kubernetes = data.points.find((point) => point.id === "kubernetes")!;
    expect(fitOf({ ...kubernetes, unmet: [] }, data)).toBe(
      "Ranked 3rd; capable enough, more complex than the team carries comfortably",
    );
  });

  it("never calls a ruled-out platform or one that misses a requirement a fit", () => {
    expect(fit("aws-fargate")).toBe("Ruled out: AWS Fargate runs only on AWS, and you host on-prem");
    expect(fit("kubernetes")).toMatch(/^Ranked 3rd, but misses a requirement you stated: You asked for a managed/);
    const inside = { ...data.points.find((point) => point.id === "aws-fargate")!, complexity: 1, capability: 9 };
    expect(fitOf(inside, data)).toMatch(/^Ruled out/);
  });

  it("tells the chart's message from the ranking, naming what sits in the shaded area", () => {
    const message = chartMessage(data);
    expect(message).toMatch(/^Docker Swarm ranks first, Docker Compose second\./);
    expect(message).toContain("In the shaded area: Docker Swarm.");
    expect(message).not.toMatch(/choose the simplest/i);
  });
});

describe("shortName", () => {
  it("drops lists of examples but keeps what tells platforms apart", () => {
    expect(shortName("Managed Kubernetes (EKS, GKE, AKS)")).toBe("Managed Kubernetes");
    expect(shortName("AWS Fargate (ECS/EKS)")).toBe("AWS Fargate");
    expect(shortName("Kubernetes (self-managed)")).toBe("Kubernetes (self-managed)");
  });
});
