import { describe, expect, it } from "vitest";
import { chartLayout, chartPoints, pointColour, ruledOutNames } from "./chart.ts";
import { sampleRecommendation } from "./test-fixture.ts";

describe("chartPoints", () => {
  it("has one point per ranked platform, in rank order, with the recommended one marked", () => {
    const recommendation = sampleRecommendation();
    const points = chartPoints(recommendation);
    expect(points.map((p) => p.platform)).toEqual(recommendation.ranking.map((entry) => entry.platform));
    expect(points.filter((p) => p.recommended).map((p) => p.platform)).toEqual([recommendation.recommended]);
  });
});

describe("chartLayout", () => {
  const recommendation = sampleRecommendation();
  const layout = chartLayout(chartPoints(recommendation), recommendation.requirements, 500, 400);

  it("maps 0..10 onto the plot, capability growing upwards", () => {
    const zero = layout.ticks[0];
    const ten = layout.ticks[10];
    expect(zero).toMatchObject({ value: 0, x: layout.plot.left, y: layout.plot.bottom });
    expect(ten).toMatchObject({ value: 10, x: layout.plot.right, y: layout.plot.top });
  });

  it("keeps every point inside the plot", () => {
    for (const point of layout.points) {
      expect(point.x).toBeGreaterThanOrEqual(layout.plot.left);
      expect(point.x).toBeLessThanOrEqual(layout.plot.right);
      expect(point.y).toBeGreaterThanOrEqual(layout.plot.top);
      expect(point.y).toBeLessThanOrEqual(layout.plot.bottom);
    }
  });

  it("places the team's guides at its complexity budget and needed capability", () => {
    const span = layout.plot.right - layout.plot.left;
    expect(layout.budgetX).toBeCloseTo(layout.plot.left + (recommendation.requirements.complexityBudget / 10) * span);
    const height = layout.plot.bottom - layout.plot.top;
    expect(layout.needY).toBeCloseTo(layout.plot.bottom - (recommendation.requirements.capability / 10) * height);
  });

  it("draws the recommended platform last, on top of the others", () => {
    expect(layout.points.at(-1)?.recommended).toBe(true);
  });

  it("places the eligible platforms only: a ruled-out one is never drawn, inside the shaded corner or out", () => {
    expect(layout.points.map((point) => point.rank).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5]);
    expect(ruledOutNames(chartPoints(recommendation))).toContain("AWS Fargate (ECS/EKS)");
  });

  it("colours the recommended platform apart from the other eligible ones", () => {
    const colours = new Set(layout.points.map(pointColour));
    expect(colours.size).toBe(2);
  });
});
