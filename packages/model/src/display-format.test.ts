import { describe, expect, it } from "vitest";
import {
  confidenceInWords,
  countOf,
  formatAnswer,
  formatChangeShort,
  formatChangeShortOf,
  formatImpact,
  formatNumber,
  formatPoints,
  pointsOf,
} from "./display-format.ts";
import type { Recommendation } from "./recommendation.ts";

const ranking = (margin: number, runnerUpEligible = true) =>
  ({
    margin,
    ranking: [
      { platform: "amazon-ecs", name: "Amazon ECS", eligible: true },
      { platform: "aws-fargate", name: "AWS Fargate", eligible: runnerUpEligible },
    ],
  }) as unknown as Recommendation;

describe("display formatters", () => {
  it("counts with singular and plural nouns", () => {
    expect(countOf(1, "containers")).toBe("1 container");
    expect(countOf(1200, "containers")).toBe("1,200 containers");
    expect(pointsOf(1)).toBe("1 point");
    expect(pointsOf(3.25)).toBe("3.3 points");
  });

  it("writes impacts with a sign, and exclusions in words", () => {
    expect(formatImpact(12)).toBe("+12");
    expect(formatImpact(-4.5)).toBe("-4.5");
    expect(formatImpact(null)).toBe("rules out");
  });

  it("writes answers with their option labels and units", () => {
    expect(formatAnswer("containerCount", 1)).toBe("1 container");
    expect(formatAnswer("hosting", ["aws"])).toBe("AWS");
    expect(formatAnswer("needs", [])).toBe("none");
    expect(formatChangeShort({ containerCount: 120 })).toBe("120 containers");
  });

  it("says how sure the recommendation is in words", () => {
    expect(confidenceInWords(ranking(3))).toBe("close call: AWS Fargate is 3 points behind");
    expect(confidenceInWords(ranking(12))).toBe("clear choice: AWS Fargate is 12 points behind");
    expect(confidenceInWords(ranking(12, false))).toBe("the only platform that fits these answers");
  });
});

describe("formatNumber", () => {
  it("writes exactly what toLocaleString('en-US') writes, for counts and points", () => {
    const values = [0, -0, 1, 9, 999, 1000, 1400, 12_345.67, 1_000_000, 10_000_000, 0.05, 0.15, 0.25, 1.05, 2.25];
    for (let k = 0; k < 4000; k++) values.push(Math.round((k * 7.31 - 9000) * 1000) / 1000, (k - 2000) / 10, k * 13);
    for (const value of values) {
      for (const decimals of [1, 3]) {
        const intl = value.toLocaleString("en-US", { maximumFractionDigits: decimals });
        expect(formatNumber(value, decimals), `${value} to ${decimals}`).toBe(intl);
      }
    }
    expect([formatPoints(26.4), formatPoints(-300), formatPoints(1400.04), countOf(1400, "hosts")]).toEqual([
      "26.4",
      "-300",
      "1,400",
      "1,400 hosts",
    ]);
  });
});

describe("formatChangeShortOf", () => {
  it("names the question when it does not know the unit", () => {
    expect(formatChangeShortOf([], { containerCount: 120 })).toBe("Containers at peak: 120");
    expect(formatChangeShort({ hosting: ["aws"], containerCount: 120 })).toBe("Where it runs: AWS, 120 containers");
  });
});
