import { describe, expect, it } from "vitest";
import { recommend } from "./recommend.ts";
import { scoreOf } from "./scoring.ts";

describe("scoreOf", () => {
  it("rises with points without a step, and stays above 0 hundreds of points down", () => {
    const at = (points: number) => scoreOf(points);
    expect([at(90), at(60), at(0)]).toEqual([88.1, 73.1, 26.9]);
    // The tail meets the curve at -60 points.
    expect(Math.abs(at(-60) - at(-60.01))).toBeLessThanOrEqual(0.1);
    let previous = -1;
    for (let points = -3000; points <= 300; points += 10) {
      expect(at(points)).toBeGreaterThan(0);
      expect(at(points)).toBeGreaterThanOrEqual(previous);
      previous = at(points);
    }
    expect(at(-242)).toBeGreaterThan(at(-278));
  });

  it("shows a trade-off's pick above 0, and never below its runner-up", async () => {
    // An AWS team that wants no servers and needs Helm and operators: every platform leaves a requirement unmet.
    const result = await recommend({
      teamSize: 5,
      containerCount: 20,
      hosting: ["aws"],
      management: "serverless",
      needs: ["ecosystem"],
    });
    const [first, second] = result.ranking;
    expect(result.certainty.level).toBe("trade-off");
    expect(first?.score).toBeGreaterThan(0);
    expect(first?.score).toBeGreaterThanOrEqual(second?.score ?? Number.POSITIVE_INFINITY);
    expect(result.scoreMargin).toBeGreaterThanOrEqual(0);
    // A stack of Helm charts and operators cannot run without a Kubernetes API (blocking): EKS leads, and the
    // serverless wish is the requirement traded.
    expect(result.recommended).toBe("managed-kubernetes");
    expect(first?.unmet.map((unmet) => unmet.question)).toEqual(["management"]);
  });
});
