import { describe, expect, it } from "vitest";
import { RECOMMENDATION } from "../fixtures/recommendation.ts";
import { fitOf, shortName, toChartData } from "./chart-data.ts";

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

  it("separates the recommended, the other eligible and the excluded platforms", () => {
    expect(data.series.recommended.map((point) => point.id)).toEqual(["docker-swarm"]);
    expect(data.series.eligible.map((point) => point.id)).toEqual(["docker-compose", "kubernetes"]);
    expect(data.series.excluded.map((point) => point.id)).toEqual(["aws-fargate"]);
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

  it("says where each platform sits against the team's lines", () => {
    expect(fit("docker-swarm")).toBe("In the sweet spot");
    expect(fit("docker-compose")).toBe("Simple enough, less capable than you need");
    expect(fit("kubernetes")).toBe("Capable enough, more complex than you can afford");
    expect(fitOf({ ...data.points[2]!, capability: 1 }, data)).toBe("Too complex and not capable enough");
  });
});

describe("shortName", () => {
  it("drops lists of examples but keeps what tells platforms apart", () => {
    expect(shortName("Managed Kubernetes (EKS, GKE, AKS)")).toBe("Managed Kubernetes");
    expect(shortName("AWS Fargate (ECS/EKS)")).toBe("AWS Fargate");
    expect(shortName("Kubernetes (self-managed)")).toBe("Kubernetes (self-managed)");
  });
});
